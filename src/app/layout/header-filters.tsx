import { Button, Group, Select, Skeleton, Stack } from '@mantine/core';
import { IconBuildingCommunity, IconCalendarMonth } from '@tabler/icons-react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PeriodPicker } from '../../components/period-picker';
import { UnitPicker } from '../../components/unit-picker';
import { isMonth, type Period } from '../../domain/period';
import { ALL_UNITS } from '../../lib/filters/resolve-filters';
import { useDashboardFilters, type DashboardFiltersState } from '../../lib/filters/use-dashboard-filters';
import { rememberedPeriods, rememberPeriods } from './remembered-periods';

/** The period and unit of the screen, read from and written to the URL. */
export function HeaderFilters({ stacked = false }: { stacked?: boolean }) {
  const state = useDashboardFilters();
  const Layout = stacked ? Stack : Group;
  // /meta or /units failed (offline, server error): the pickers stay, working on the URL alone; the page says what failed.
  if (state.status === 'error') return <FallbackFilters stacked={stacked} />;
  if (state.status === 'loading') {
    return (
      <Layout gap="sm" wrap="nowrap" aria-hidden>
        <Skeleton height={36} width={150} />
        <Skeleton height={36} width={stacked ? '100%' : 240} />
      </Layout>
    );
  }
  return <ReadyFilters state={state} stacked={stacked} />;
}

function ReadyFilters({ state, stacked }: { state: Extract<DashboardFiltersState, { status: 'ready' }>; stacked: boolean }) {
  const Layout = stacked ? Stack : Group;
  const { filters, meta, units, setFilters } = state;
  useEffect(() => rememberPeriods(meta), [meta]);
  return (
    <Layout gap="sm" wrap="nowrap">
      <PeriodPicker value={filters.period} coverage={meta.coverage} onChange={(period) => setFilters({ period })} />
      <UnitPicker
        value={filters.unit}
        meta={meta}
        units={units}
        onChange={(unit) => setFilters({ unit })}
        {...(stacked ? { width: '100%' } : {})}
      />
    </Layout>
  );
}

/** The URL's period when it reads as one (months, in order). */
function urlPeriod(params: URLSearchParams): Period | null {
  const from = params.get('from');
  const to = params.get('to');
  return from && to && isMonth(from) && isMonth(to) && from <= to ? { from, to } : null;
}

/**
 * Without /meta and /units: the period picker on the URL's period (or the last default read here) over the last
 * coverage read here (or the period's whole years), and the unit picker with
 * every unit together and the URL's unit. Choosing writes the URL, so the page asks again for the new filters.
 */
function FallbackFilters({ stacked }: { stacked: boolean }) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const Layout = stacked ? Stack : Group;
  const remembered = rememberedPeriods();
  const period = urlPeriod(params) ?? remembered?.defaultPeriod ?? null;
  const unit = params.get('unit') ?? ALL_UNITS;
  const set = (next: Record<string, string>) =>
    setParams((current) => {
      const p = new URLSearchParams(current);
      for (const [k, v] of Object.entries(next)) p.set(k, v);
      return p;
    });
  const units = [{ value: ALL_UNITS, label: t('filters.allUnitsFallback') }];
  if (unit !== ALL_UNITS) units.push({ value: unit, label: unit.length > 40 ? `${unit.slice(0, 40)}…` : unit });

  return (
    <Layout gap="sm" wrap="nowrap">
      {period ? (
        <PeriodPicker
          value={period}
          coverage={remembered?.coverage ?? { from: `${period.from.slice(0, 4)}-01`, to: `${period.to.slice(0, 4)}-12` }}
          onChange={(p) => set({ from: p.from, to: p.to })}
        />
      ) : (
        // No period in the URL and no /meta ever read here: the button stays, without choices.
        <Button variant="default" leftSection={<IconCalendarMonth size={18} aria-hidden />} disabled>
          {t('filters.period')}
        </Button>
      )}
      <Select
        aria-label={t('filters.unit')}
        data={units}
        value={unit}
        onChange={(v) => v && set({ unit: v })}
        allowDeselect={false}
        leftSection={<IconBuildingCommunity size={18} aria-hidden />}
        w={stacked ? '100%' : { base: 200, md: 240, lg: 300 }}
      />
    </Layout>
  );
}
