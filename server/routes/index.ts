import fastifyMultipart from '@fastify/multipart';
import type { Api, Deps } from '../http/types';
import { UPLOAD_LIMIT } from '../http/upload';
import { actionRoutes } from './actions';
import { authRoutes } from './auth';
import { digitalRoutes } from './digital';
import { evidenceRoutes } from './evidence';
import { dossierRoutes } from './dossiers';
import { feedbackRoutes } from './feedback';
import { importRoutes } from './imports';
import { inspectionRoutes } from './inspections';
import { referenceRoutes } from './reference';
import { targetsRoutes } from './targets';
import { teamRoutes } from './teams';

/** Every endpoint of src/api/contract.ts, one module per resource, and the server's own upload endpoints (report import, evidence files). */
export async function registerRoutes(api: Api, deps: Deps): Promise<void> {
  authRoutes(api, deps);
  referenceRoutes(api, deps);
  dossierRoutes(api, deps);
  digitalRoutes(api, deps);
  feedbackRoutes(api, deps);
  targetsRoutes(api, deps);
  inspectionRoutes(api, deps);
  actionRoutes(api, deps);
  teamRoutes(api, deps);
  await api.register(fastifyMultipart, { limits: { fileSize: UPLOAD_LIMIT, files: 1, fields: 10, parts: 12 } });
  importRoutes(api, deps);
  evidenceRoutes(api, deps);
}
