import { Button, Group, Skeleton, Stack, Text } from '@mantine/core';
import { IconPrinter } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../../../components/errors';
import { FilterProblems } from '../../../components/filter-problems';
import { useUnitLabel } from '../../../components/unit-picker';
import { formatDate } from '../../../domain/format';
import { formatPeriod, useLocale } from '../../../i18n';
import { useDashboardFilters } from '../../../lib/filters/use-dashboard-filters';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { usePeriodReportData as useReportData, type PeriodReportContext as ReportContext } from '../../../lib/queries/period-report-data';
import { ReportDocument } from './report-document';
import { classes } from './report-classes';

/**
 * Báo cáo: the period's report for the URL's period and unit, as the A4 document it prints to (a sheet of paper on
 * screen), with "In / Lưu PDF".
 */
export function ReportPage() {
  const state = useDashboardFilters();
  const filters = state.status === 'ready' ? state.filters : null;
  const meta = state.status === 'ready' ? state.meta : null;
  const units = state.status === 'ready' ? state.units : null;
  const ctx = useMemo<ReportContext | null>(() => (filters && meta && units ? { filters, meta, units } : null), [filters, meta, units]);
  if (state.status === 'error') return <QueryError error={state.error} onRetry={state.retry} />;
  if (!ctx || state.status !== 'ready') return <Loading printable={false} />;
  return (
    <Stack gap="lg">
      <div className={classes.noPrint}>
        <FilterProblems problems={state.problems} filters={state.filters} meta={state.meta} units={state.units} />
      </div>
      <Ready ctx={ctx} />
    </Stack>
  );
}

function Loading({ printable }: { printable: boolean }) {
  return (
    <Stack gap="lg" aria-busy>
      <Toolbar printable={printable} />
      <div className={classes.frame}>
        <Skeleton className={classes.paperSkeleton} />
      </div>
    </Stack>
  );
}

function Ready({ ctx }: { ctx: ReportContext }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const data = useReportData(ctx);
  const labelOf = useUnitLabel(ctx.meta, ctx.units);
  const unitLabel = labelOf(ctx.filters.unit);
  // Without the app's name: a browser offers the title as the PDF's file name.
  useDocumentTitle(t('report.title'), unitLabel, formatPeriod(ctx.filters.period, locale));
  if (data.status === 'error')
    return (
      <Stack gap="lg">
        <Toolbar printable={false} />
        <QueryError error={data.error} onRetry={data.retry} title={t('report.screen.loadError')} />
      </Stack>
    );
  if (data.status === 'loading') return <Loading printable={false} />;
  return (
    <Stack gap="lg">
      <Toolbar printable />
      <Text className={classes.noPrint} size="sm" c="dimmed">
        {t('report.screen.filters', { period: formatPeriod(ctx.filters.period, locale), unit: unitLabel, date: formatDate(ctx.meta.asOf) })}
      </Text>
      <div className={classes.frame}>
        <ReportDocument ctx={ctx} data={data} unitLabel={unitLabel} labelOf={labelOf} />
      </div>
    </Stack>
  );
}

function Toolbar({ printable }: { printable: boolean }) {
  const { t } = useTranslation();
  return (
    <Group className={classes.noPrint} justify="flex-end" align="center" wrap="wrap" gap="sm">
      <Text size="sm" c="dimmed" visibleFrom="md">
        {t('report.screen.printHint')}
      </Text>
      <Button size="md" h={44} leftSection={<IconPrinter size={18} aria-hidden />} onClick={() => window.print()} disabled={!printable}>
        {t('report.screen.print')}
      </Button>
    </Group>
  );
}
