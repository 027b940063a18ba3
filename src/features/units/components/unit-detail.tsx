import { Alert, Anchor, Group, List, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconGitMerge, IconInfoCircle, IconMapPinOff } from '@tabler/icons-react';
import { Fragment, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Unit } from '../../../api/units';
import { FilterProblems } from '../../../components/filter-problems';
import { formatDate } from '../../../domain/format';
import { dayAfter, unitEventsInPeriod, unitPresence, type UnitEvent } from '../../../domain/unit-lineage';
import { useDashboardFilters, type DashboardFiltersState } from '../../../lib/filters/use-dashboard-filters';
import { formatPeriod, useLocale } from '../../../i18n';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useHeaderUnitNavigation } from '../hooks/use-header-unit-navigation';
import { useUnitLinks } from '../hooks/use-unit-link';
import { UnitDigital } from './unit-digital';
import { useEventText } from './unit-event-notes';
import { UnitInspections } from './unit-inspections';
import { UnitKpis } from './unit-kpis';
import { useNameInSentence, useRowLabel } from './unit-names';
import { UnitOpenActions } from './unit-open-actions';
import { UnitTrendCharts } from './unit-trend-charts';
import { UnitsPagePending } from './units-page-pending';

type Ready = Extract<DashboardFiltersState, { status: 'ready' }>;

/** One unit's page: its measures and trends for the period, rank, digital indicators, inspections and open actions. */
export function UnitDetail({ unitId }: { unitId: string }) {
  const state = useDashboardFilters();
  const known = state.status === 'ready' && state.units.some((u) => u.id === unitId);
  useHeaderUnitNavigation(known ? unitId : null);

  if (state.status !== 'ready') {
    return (
      <UnitsPagePending
        state={state}
        placeholder={
          <>
            <Skeleton height={32} width={320} />
            <Skeleton height={14} width={240} />
            <Skeleton height={300} />
          </>
        }
      />
    );
  }
  const unit = state.units.find((u) => u.id === unitId);
  if (!unit) return <UnknownUnit unitId={unitId} />;
  return <UnitPage key={unit.id} unit={unit} state={state} />;
}

function BackLink() {
  const { t } = useTranslation();
  const { toList } = useUnitLinks();
  return (
    <Anchor component={Link} to={toList()} size="sm">
      <Group gap={4} component="span" wrap="nowrap">
        <IconArrowLeft size={16} aria-hidden />
        {t('units.detail.back')}
      </Group>
    </Anchor>
  );
}

function UnknownUnit({ unitId }: { unitId: string }) {
  const { t } = useTranslation();
  const { toList } = useUnitLinks();
  useDocumentTitle(t('units.detail.unknownTitle'), t('app.name'));
  const shown = unitId.length > 40 ? `${unitId.slice(0, 40)}…` : unitId;
  return (
    <Stack gap="lg">
      <BackLink />
      <Title order={1} size="h2">
        {t('units.detail.unknownTitle')}
      </Title>
      <Alert color="orange" variant="light" icon={<IconMapPinOff aria-hidden />} role="alert" title={t('units.detail.unknownAlert', { id: shown })}>
        <Text size="sm">
          {t('units.detail.unknownHelp')}{' '}
          <Anchor component={Link} to={toList()}>
            {t('units.detail.toList')}
          </Anchor>
        </Text>
      </Alert>
    </Stack>
  );
}

function UnitPage({ unit, state }: { unit: Unit; state: Ready }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { filters, meta, units, problems } = state;
  const { period } = filters;
  const label = useRowLabel(meta, units);
  const name = label(unit.id);
  const periodText = formatPeriod(period, locale);
  const presence = unitPresence(unit, period);
  const events = unitEventsInPeriod(unit, units, period);
  const fileBase = `${unit.id}-${period.from}-${period.to}`;
  useDocumentTitle(name, t('units.title'), t('app.name'));

  return (
    <Stack gap="lg">
      <div>
        <BackLink />
        <Title order={1} size="h2" mt="xs">
          {name}
        </Title>
        <Text c="dimmed" size="sm" mt={4}>
          {t('units.detail.periodLine', { period: periodText })} · {meta.name} · {t('units.asOf', { date: formatDate(meta.asOf) })}
        </Text>
      </div>
      <FilterProblems problems={problems.filter((p) => p.kind === 'period')} filters={{ ...filters, unit: 'all' }} meta={meta} units={units} />

      {presence === 'ended' || presence === 'not-yet' ? (
        <OutsideLife unit={unit} units={units} presence={presence} periodText={periodText} />
      ) : (
        <>
          {events.length > 0 && <MergerNotes events={events} units={units} />}
          <UnitKpis unit={unit} units={units} period={period} meta={meta} />
          <UnitTrendCharts unit={unit} period={period} name={name} periodText={periodText} fileBase={fileBase} />
          <UnitDigital unitId={unit.id} period={period} name={name} periodText={periodText} fileBase={fileBase} meta={meta} />
        </>
      )}
      <UnitInspections unitId={unit.id} />
      <UnitOpenActions unitId={unit.id} asOf={meta.asOf} ownerLabel={label} />
    </Stack>
  );
}

/** Links to other units, keeping the period: "xã Vạn Điểm và xã Thống Nhất". */
function UnitLinks({ ids, units }: { ids: readonly string[]; units: readonly Unit[] }) {
  const { t } = useTranslation();
  const { toUnit } = useUnitLinks();
  const name = useNameInSentence(units);
  return (
    <>
      {ids.map((id, i) => (
        <Fragment key={id}>
          {i > 0 && (i === ids.length - 1 ? ` ${t('units.and')} ` : ', ')}
          <Anchor component={Link} to={toUnit(id)} inherit>
            {name(id)}
          </Anchor>
        </Fragment>
      ))}
    </>
  );
}

/** The period lies wholly after the unit ended, or before it was formed: say so and point to the unit that holds the figures. */
function OutsideLife({
  unit,
  units,
  presence,
  periodText,
}: {
  unit: Unit;
  units: readonly Unit[];
  presence: 'ended' | 'not-yet';
  periodText: string;
}) {
  const { t } = useTranslation();
  const name = useNameInSentence(units);
  let body: ReactNode;
  if (presence === 'ended') {
    const date = unit.validTo ? formatDate(dayAfter(unit.validTo)) : '';
    body = (
      <>
        {t('units.detail.ended', { unit: name(unit.id), date, period: periodText })}{' '}
        {unit.successorId && (
          <>
            {t('units.detail.successor')} <UnitLinks ids={[unit.successorId]} units={units} />.
          </>
        )}
      </>
    );
  } else {
    body = (
      <>
        {t('units.detail.notYet', { unit: name(unit.id), date: formatDate(unit.validFrom), period: periodText })}{' '}
        {unit.predecessorIds.length > 0 && (
          <>
            {t('units.detail.predecessors')} <UnitLinks ids={unit.predecessorIds} units={units} />.
          </>
        )}
      </>
    );
  }
  return (
    <Alert color="orange" variant="light" icon={<IconInfoCircle aria-hidden />} title={t('units.detail.outsideTitle')} role="status">
      <Text size="sm">{body}</Text>
      <Text size="sm" mt="xs">
        {t('units.detail.historyBelow')}
      </Text>
    </Alert>
  );
}

/** Mergers inside the period, with links to the units named (keeping the period). */
function MergerNotes({ events, units }: { events: readonly UnitEvent[]; units: readonly Unit[] }) {
  const { t } = useTranslation();
  const text = useEventText(units);
  const named = (e: UnitEvent) => (e.kind === 'merged-into' || e.kind === 'consolidated-into' ? [e.successorId] : e.predecessorIds);
  return (
    <Alert color="cchc" variant="light" icon={<IconGitMerge aria-hidden />} title={t('units.detail.mergerTitle')}>
      <List size="sm" spacing={4}>
        {events.map((e) => (
          <List.Item key={`${e.kind}-${e.date}`}>
            {text(e)}. {t('units.detail.see')} <UnitLinks ids={named(e)} units={units} />.
          </List.Item>
        ))}
        <List.Item>{t('units.detail.mergerFigures')}</List.Item>
      </List>
    </Alert>
  );
}
