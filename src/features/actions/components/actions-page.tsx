import { Alert, Group, Pagination, Stack, Text, Title } from '@mantine/core';
import { IconEye } from '@tabler/icons-react';
import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Action } from '../../../api/actions';
import type { User } from '../../../api/auth';
import { PageLoader } from '../../../components/page-loader';
import { QueryError } from '../../../components/errors';
import { formatDate, formatNumber } from '../../../domain/format';
import type { Actor } from '../../../domain/status-transitions';
import { actorFor as memberActor } from '../../../domain/team-membership';
import { unitName, useLocale } from '../../../i18n';
import { useActions } from '../../../lib/queries/actions';
import { useInspections } from '../../../lib/queries/inspections';
import { useMeta } from '../../../lib/queries/meta';
import { useTeams } from '../../../lib/queries/teams';
import { useUnits } from '../../../lib/queries/units';
import { matchesAllButStatus, PAGE_SIZE, statusCounts, trackerOrder } from '../action-filters';
import { useActionFilters } from '../hooks/use-action-filters';
import { ActionFiltersBar } from './action-filters-bar';
import { ActionsTable } from './actions-table';
import { MoveDialog, type MoveDraft } from './move-dialog';
import { StatusCounts } from './status-counts';
import classes from './actions.module.css';

/** Who is signed in, as the tracker needs it: the role, the teams (an inspector moves their teams' actions) and the post. */
export type TrackerUser = Pick<User, 'id' | 'name' | 'role' | 'teamIds'>;

const emptyDraft: MoveDraft = { to: null, note: '' };

/**
 * Khắc phục: every remediation action of every inspection, filtered in the URL, counted by status, with each
 * action's history and, for those who may, the move dialog. Overdue is judged on the data's day (meta.asOf).
 */
export function ActionsPage({ user }: { user: TrackerUser | null }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const meta = useMeta();
  const actions = useActions();
  const units = useUnits();
  const inspections = useInspections();
  const { filters, setFilters, setPage, clear, active } = useActionFilters();
  const [moving, setMoving] = useState<Action | null>(null);
  // What was typed per action, kept while the page lives (closing the dialog does not throw a note away).
  const drafts = useRef(new Map<string, MoveDraft>());

  const unitById = useMemo(() => new Map((units.data ?? []).map((u) => [u.id, u])), [units.data]);
  const unitLabel = useCallback(
    (id: string) => {
      const u = unitById.get(id);
      return u ? unitName(u) : id;
    },
    [unitById],
  );
  const inspectionById = useMemo(() => new Map((inspections.data ?? []).map((i) => [i.id, i])), [inspections.data]);

  const teams = useTeams();
  const actorFor = useCallback(
    (a: Action): Actor | null => {
      if (!user || user.role === 'leader') return null;
      if (user.role === 'secretariat') return { role: 'secretariat', ownTeam: true };
      // An inspector moves only the actions of their own team's inspections, membership read from GET /teams as
      // the API reads it (the session's teamIds until the teams are in); no inspection known yet, no move.
      const teamId = inspectionById.get(a.inspectionId)?.teamId;
      if (teamId === undefined) return { role: 'inspector', ownTeam: false };
      return teams.data ? memberActor(user, teams.data, teamId) : { role: 'inspector', ownTeam: user.teamIds.includes(teamId) };
    },
    [user, inspectionById, teams.data],
  );

  // Who made a move, by post: the teams' members, and the signed-in user.
  const postById = useMemo(() => new Map((teams.data ?? []).flatMap((team) => team.members.map((m) => [m.userId, m.post] as const))), [teams.data]);
  const postOf = useCallback(
    (userId: string) => (user && userId === user.id ? t('actions.history.you', { post: user.name }) : postById.get(userId)),
    [user, t, postById],
  );

  const asOf = meta.data?.asOf;
  const view = useMemo(() => {
    if (!asOf || !actions.data) return null;
    const base = actions.data.filter((a) => matchesAllButStatus(a, filters, asOf));
    const rows = (filters.status ? base.filter((a) => a.status === filters.status) : base).sort(trackerOrder(asOf));
    const byLabel = (ids: Iterable<string>) =>
      [...new Set(ids)].map((id) => ({ value: id, label: unitLabel(id) })).sort((a, b) => a.label.localeCompare(b.label, 'vi'));
    return {
      counts: statusCounts(base, asOf),
      rows,
      communes: byLabel(actions.data.map((a) => a.unitId)),
      owners: byLabel(actions.data.map((a) => a.ownerUnitId)),
    };
  }, [asOf, actions.data, filters, unitLabel]);

  const heading = (
    <Title order={1} mb="xs">
      {t('actions.title')}
    </Title>
  );

  if (meta.isError || actions.isError)
    return (
      <Stack>
        {heading}
        <QueryError
          error={meta.error ?? actions.error}
          onRetry={() => {
            if (meta.isError) void meta.refetch();
            if (actions.isError) void actions.refetch();
          }}
        />
      </Stack>
    );
  if (!view || !asOf) return (
    <Stack>
      {heading}
      <PageLoader />
    </Stack>
  );

  const pages = Math.max(1, Math.ceil(view.rows.length / PAGE_SIZE));
  const page = Math.min(filters.page, pages);
  const shown = view.rows.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
  const n = (x: number) => formatNumber(x, locale);

  return (
    <Stack gap="md" className={classes.readableErrors}>
      <div>
        {heading}
        <Text size="sm" c="dimmed">
          {t('actions.intro', { date: formatDate(asOf) })}
        </Text>
      </div>
      {(!user || user.role === 'leader') && (
        <Alert variant="light" color="gray" icon={<IconEye aria-hidden />}>
          {t('actions.readOnly')}
        </Alert>
      )}
      <StatusCounts
        counts={view.counts}
        status={filters.status}
        overdueOnly={filters.overdueOnly}
        onStatus={(status) => setFilters({ status })}
        onOverdue={(overdueOnly) => setFilters({ overdueOnly })}
      />
      <ActionFiltersBar filters={filters} communes={view.communes} owners={view.owners} onChange={setFilters} onClear={clear} active={active} />
      {view.rows.length === 0 ? (
        <Text py="lg">{t('actions.table.empty')}</Text>
      ) : (
        <>
          <ActionsTable
            rows={shown}
            asOf={asOf}
            caption={t('actions.table.caption', { shown: n(shown.length), count: n(view.rows.length), page: n(page), pages: n(pages) })}
            unitLabel={unitLabel}
            inspectionTitle={(id) => inspectionById.get(id)?.title}
            actorFor={actorFor}
            postOf={postOf}
            onMove={setMoving}
          />
          <Group justify="space-between" wrap="wrap" gap="sm">
            <Text size="sm">
              {t('actions.table.shownCount', {
                from: n((page - 1) * PAGE_SIZE + 1),
                to: n((page - 1) * PAGE_SIZE + shown.length),
                count: n(view.rows.length),
              })}
            </Text>
            {pages > 1 && (
              <Pagination
                total={pages}
                value={page}
                onChange={setPage}
                size="xl"
                getControlProps={(control) => ({ 'aria-label': t(`actions.pager.${control}`) })}
                getItemProps={(p) => ({ 'aria-label': t('actions.pager.page', { page: p }), 'aria-current': p === page ? 'page' : undefined })}
                aria-label={t('actions.table.pages')}
              />
            )}
          </Group>
        </>
      )}
      <MoveDialog
        action={moving}
        actor={moving ? actorFor(moving) : null}
        onClose={() => setMoving(null)}
        draft={(id) => drafts.current.get(id) ?? emptyDraft}
        saveDraft={(id, d) => {
          if (d) drafts.current.set(id, d);
          else drafts.current.delete(id);
        }}
      />
    </Stack>
  );
}
