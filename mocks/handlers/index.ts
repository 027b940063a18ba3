import { http } from 'msw';
import { apiAnyPattern, clip, notFound } from '../http-helpers';
import { actionsHandlers } from './actions';
import { authHandlers } from './auth';
import { digitalHandlers } from './digital';
import { dossiersHandlers } from './dossiers';
import { evidenceHandlers } from './evidence';
import { feedbackHandlers } from './feedback';
import { fieldsHandlers } from './fields';
import { inspectionTemplateHandlers } from './inspection-template';
import { inspectionsHandlers } from './inspections';
import { metaHandlers } from './meta';
import { parIndexHandlers } from './par-index';
import { targetsHandlers } from './targets';
import { teamsHandlers } from './teams';
import { unitsHandlers } from './units';

/** Every endpoint of src/api/contract.ts, then a JSON 404 for any other path under the API base. */
export const handlers = [
  ...authHandlers,
  ...metaHandlers,
  ...unitsHandlers,
  ...fieldsHandlers,
  ...dossiersHandlers,
  ...digitalHandlers,
  ...targetsHandlers,
  ...feedbackHandlers,
  ...parIndexHandlers,
  ...inspectionTemplateHandlers,
  ...inspectionsHandlers,
  ...actionsHandlers,
  ...teamsHandlers,
  ...evidenceHandlers,
  http.all(apiAnyPattern, ({ request }) =>
    notFound(`Không có API ${request.method} ${clip(new URL(request.url).pathname)}`),
  ),
];
