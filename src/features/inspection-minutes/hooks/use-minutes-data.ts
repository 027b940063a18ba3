import { useQuery } from '@tanstack/react-query';
import { ApiError } from '../../../api/api-error';
import { actionQueries } from '../../../lib/queries/actions';
import { inspectionTemplateQueries } from '../../../lib/queries/inspection-template';
import { inspectionQueries } from '../../../lib/queries/inspections';
import { metaQueries } from '../../../lib/queries/meta';
import { teamQueries } from '../../../lib/queries/teams';
import { unitQueries } from '../../../lib/queries/units';

/** Everything the minutes of one inspection are built from, and the state of loading it. */
export function useMinutesData(inspectionId: string) {
  const inspection = useQuery(inspectionQueries.detail(inspectionId));
  const actions = useQuery(actionQueries.list({ inspectionId }));
  const template = useQuery(inspectionTemplateQueries.current());
  const units = useQuery(unitQueries.all());
  const meta = useQuery(metaQueries.current());
  const teams = useQuery(teamQueries.list());

  const notFound = inspection.error instanceof ApiError && inspection.error.kind === 'not_found';
  const all = [inspection, actions, template, units, meta, teams];
  const failed = all.filter((q) => q.isError);
  const error = notFound ? null : (failed[0]?.error ?? null);
  const retry = () => {
    for (const q of failed) void q.refetch();
  };

  if (inspection.data && actions.data && template.data && units.data && meta.data && teams.data) {
    return {
      status: 'ready' as const,
      inspection: inspection.data,
      actions: actions.data,
      template: template.data,
      units: units.data,
      meta: meta.data,
      teams: teams.data,
    };
  }
  if (notFound) return { status: 'not-found' as const };
  if (error) return { status: 'error' as const, error, retry };
  return { status: 'loading' as const };
}
