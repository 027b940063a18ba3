import { Button, CloseButton, Group, SegmentedControl, Select, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { User } from '../../../api/auth';
import type { Inspection, InspectionStatus } from '../../../api/inspections';
import type { Meta } from '../../../api/meta';
import type { Unit } from '../../../api/units';
import { QueryError } from '../../../components/errors';
import { FilterProblems } from '../../../components/filter-problems';
import { useUnitLabel } from '../../../components/unit-picker';
import { communeCoverage } from '../../../domain/inspection-coverage';
import { ALL_UNITS, type DashboardFilters, type FilterProblem } from '../../../lib/filters/resolve-filters';
import { useDashboardFilters } from '../../../lib/filters/use-dashboard-filters';
import { useInspectionTemplate } from '../../../lib/queries/inspection-template';
import { useInspections } from '../../../lib/queries/inspections';
import { inspectionViews, useInspectionParams, type InspectionView } from '../hooks/use-inspection-params';
import { usePlanActions } from '../hooks/use-plan-actions';
import { useTeams } from '../../../lib/queries/teams';
import { canEditPlan, planTeams } from '../permissions';
import { CoverageAlert, CoverageSection } from './coverage-section';
import { InspectionsCalendar } from './inspections-calendar';
import { InspectionsList } from './inspections-list';
import { PlanFormModal } from './plan-form';
import classes from './inspections.module.css';

const STATUSES: readonly InspectionStatus[] = ['planned', 'in_progress', 'finalised', 'cancelled'];

/**
 * Kiểm tra: the inspections by year, commune (the header's unit), status and team, as a list, a month calendar or
 * the communes' coverage; and, for inspectors (their own teams) and the secretariat, planning: create, edit,
 * cancel and delete while planned. A leader sees the same screen with no edit control.
 */
export function InspectionsPage({ user }: { user: User | null }) {
  const { t } = useTranslation();
  const state = useDashboardFilters();
  if (state.status === 'error') {
    return (
      <Stack gap="lg">
        <Title order={1}>{t('inspections.title')}</Title>
        <QueryError error={state.error} onRetry={state.retry} />
      </Stack>
    );
  }
  if (state.status === 'loading') {
    return (
      <Stack gap="lg">
        <Title order={1}>{t('inspections.title')}</Title>
        <Skeleton height={420} />
      </Stack>
    );
  }
  return <InspectionsScreen user={user} meta={state.meta} units={state.units} filters={state.filters} problems={state.problems} setUnit={(unit) => state.setFilters({ unit })} />;
}

interface ScreenProps {
  user: User | null;
  meta: Meta;
  units: Unit[];
  filters: DashboardFilters;
  problems: FilterProblem[];
  setUnit: (unit: string) => void;
}

function InspectionsScreen({ user, meta, units, filters, problems, setUnit }: ScreenProps) {
  const { t } = useTranslation();
  const [params, setParams] = useInspectionParams(meta.asOf);
  const unitLabel = useUnitLabel(meta, units);
  const unit = filters.unit === ALL_UNITS ? undefined : filters.unit;
  const teams = useTeams();
  const template = useInspectionTemplate();
  const actions = usePlanActions();

  const calendarYear = Number(params.month.slice(0, 4));
  const listQuery = { unit, year: params.year ?? undefined, status: params.status ?? undefined };
  const list = useInspections(listQuery, { enabled: params.view === 'list' });
  const calendar = useInspections({ unit, year: calendarYear, status: params.status ?? undefined }, { enabled: params.view === 'calendar' });
  // Coverage reads every inspection: the last visit may be years back, and the rule is not the filters'.
  const all = useInspections({});

  const byTeam = useCallback((rows: readonly Inspection[] | undefined) => (rows ?? []).filter((i) => params.team === null || i.teamId === params.team), [params.team]);
  const coverage = useMemo(() => {
    const rows = all.data ? communeCoverage(units, all.data, meta.asOf) : [];
    return unit ? rows.filter((r) => r.unitId === unit) : rows;
  }, [all.data, units, meta.asOf, unit]);

  const teamList = teams.data ?? [];
  const writable = planTeams(user, teamList);
  const mayPlan = user?.role === 'secretariat' || (user?.role === 'inspector' && writable.length > 0);
  const teamName = (id: string) => teamList.find((x) => x.id === id)?.name ?? id;

  const [editing, setEditing] = useState<{ record: Inspection | null } | null>(null);

  const firstYear = Number(meta.coverage.from.slice(0, 4));
  const lastYear = Number(meta.asOf.slice(0, 4)) + 1;
  const years = Array.from({ length: lastYear - firstYear + 1 }, (_, i) => String(lastYear - i));
  if (params.year !== null && !years.includes(String(params.year))) years.push(String(params.year));

  const setMonth = (month: string) => {
    const y = Number(month.slice(0, 4));
    setParams({ month, ...(params.year !== null && params.year !== y ? { year: y } : {}) });
  };
  const unitProblems = problems.filter((p) => p.kind === 'unit');

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end" gap="md">
        <Stack gap={4}>
          <Title order={1}>{t('inspections.title')}</Title>
          <Text c="dimmed" size="sm">
            {t('inspections.description')}
          </Text>
        </Stack>
        {mayPlan && (
          <Button leftSection={<IconPlus size={18} aria-hidden />} className={classes.touch} onClick={() => setEditing({ record: null })} disabled={teams.isPending}>
            {t('inspections.plan.create')}
          </Button>
        )}
      </Group>

      {unitProblems.length > 0 && <FilterProblems problems={unitProblems} filters={filters} meta={meta} units={units} />}
      <CoverageAlert rows={coverage} asOf={meta.asOf} unitLabel={unitLabel} onShow={params.view === 'coverage' ? null : () => setParams({ view: 'coverage' })} />

      <Group gap="sm" align="flex-end" role="group" aria-label={t('inspections.filters.label')} wrap="wrap">
        <SegmentedControl
          aria-label={t('inspections.filters.view')}
          value={params.view}
          onChange={(v) => setParams({ view: v as InspectionView })}
          data={inspectionViews.map((v) => ({ value: v, label: t(`inspections.filters.views.${v}`) }))}
          size="md"
        />
        {params.view === 'list' && (
          <Select
            label={t('inspections.filters.year')}
            data={[{ value: 'all', label: t('inspections.filters.allYears') }, ...years.map((y) => ({ value: y, label: y }))]}
            value={params.year === null ? 'all' : String(params.year)}
            onChange={(v) => setParams({ year: v === null || v === 'all' ? null : Number(v), month: null })}
            allowDeselect={false}
            w={150}
            size="md"
            classNames={{ input: classes.touchInput }}
          />
        )}
        {params.view !== 'coverage' && (
          <>
            <Select
              label={t('inspections.filters.status')}
              data={[{ value: 'all', label: t('inspections.filters.allStatuses') }, ...STATUSES.map((s) => ({ value: s, label: t(`inspections.statuses.${s}`) }))]}
              value={params.status ?? 'all'}
              onChange={(v) => setParams({ status: v === null || v === 'all' ? null : (v as InspectionStatus) })}
              allowDeselect={false}
              w={190}
              size="md"
              classNames={{ input: classes.touchInput }}
            />
            <Select
              label={t('inspections.filters.team')}
              data={[{ value: 'all', label: t('inspections.filters.allTeams') }, ...teamList.map((x) => ({ value: x.id, label: x.name }))]}
              value={params.team ?? 'all'}
              onChange={(v) => setParams({ team: v === null || v === 'all' ? null : v })}
              allowDeselect={false}
              w={240}
              size="md"
              classNames={{ input: classes.touchInput }}
            />
          </>
        )}
        {unit && (
          <Group gap={4} wrap="nowrap" className={classes.touch}>
            <Text size="sm" fw={500}>
              {t('inspections.filters.unit', { unit: unitLabel(unit) })}
            </Text>
            <CloseButton aria-label={t('inspections.filters.clearUnit')} onClick={() => setUnit(ALL_UNITS)} className={classes.touchIcon} />
          </Group>
        )}
      </Group>
      {!unit && (
        <Text size="xs" c="dimmed" mt={-8}>
          {t('inspections.filters.unitHint')}
        </Text>
      )}

      {params.view === 'list' && (
        <InspectionsList
          rows={byTeam(list.data)}
          loading={list.isPending || template.isPending}
          error={list.error ?? template.error}
          onRetry={() => {
            void list.refetch();
            if (template.isError) void template.refetch();
          }}
          template={template.data}
          unitLabel={unitLabel}
          teamName={teamName}
          canEdit={mayPlan ? (insp) => canEditPlan(user, teamList, insp) : null}
          onEdit={(record) => setEditing({ record })}
          onCancel={actions.cancel}
          onDelete={actions.remove}
        />
      )}
      {params.view === 'calendar' && (
        <InspectionsCalendar
          month={params.month}
          onMonth={setMonth}
          rows={byTeam(calendar.data)}
          loading={calendar.isPending}
          error={calendar.error}
          onRetry={() => void calendar.refetch()}
          asOf={meta.asOf}
          unitLabel={unitLabel}
        />
      )}
      {params.view === 'coverage' && (
        <CoverageSection rows={coverage} loading={all.isPending} error={all.error} onRetry={() => void all.refetch()} asOf={meta.asOf} unitLabel={unitLabel} />
      )}

      {mayPlan && (
        <PlanFormModal
          opened={editing !== null}
          onClose={() => setEditing(null)}
          record={editing?.record ?? null}
          teams={writable}
          units={units}
          asOf={meta.asOf}
        />
      )}
    </Stack>
  );
}
