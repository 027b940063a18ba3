import '@mantine/charts/styles.css';
import { Alert, Card, List, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useId, useRef, useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { LevelFilter } from '../../../api/common';
import { QueryError } from '../../../components/errors';
import { FilterProblems } from '../../../components/filter-problems';
import { useUnitLabel } from '../../../components/unit-picker';
import type { ReportColumnKey, ReportGrouping } from '../../../domain/dossier-report';
import { formatDate, type Locale } from '../../../domain/format';
import { mergersInPeriod, type MergerEvent } from '../../../domain/unit-mergers';
import { formatPeriod, scopeContext, unitName, useLocale } from '../../../i18n';
import { ALL_UNITS } from '../../../lib/filters/resolve-filters';
import { useDashboardFilters, type DashboardFiltersState } from '../../../lib/filters/use-dashboard-filters';
import { useFields } from '../../../lib/queries/fields';
import { downloadReportCsv, downloadReportXlsx, reportFileName, type ReportExport } from '../export/report-export';
import { drillChange, useReportParams, type ReportParamProblem } from '../hooks/use-report-params';
import { reportQuery, useReportRows, type ReportLine } from '../hooks/use-report-rows';
import { ChannelChart } from './channel-chart';
import { FieldChart } from './field-chart';
import { MergerNote } from './merger-note';
import { ReportBreadcrumbs, type Crumb } from './report-breadcrumbs';
import { ReportControls } from './report-controls';
import { reportPage, ReportPager } from './report-pager';
import { ReportTable } from './report-table';
import classes from './report-table.module.css';

type Ready = Extract<DashboardFiltersState, { status: 'ready' }>;

/** Hồ sơ TTHC: the standard one-stop report by unit, field or month, with drill-down, charts and exports. */
export function DossiersReport() {
  const state = useDashboardFilters();
  const { t } = useTranslation();
  if (state.status === 'ready') return <Report state={state} />;
  return (
    <Stack gap="lg">
      <Title order={1} size="h2">
        {t('dossiers.title')}
      </Title>
      {state.status === 'error' ? (
        <QueryError error={state.error} onRetry={state.retry} />
      ) : (
        <Stack gap="sm" aria-hidden>
          <Skeleton height={14} width={280} />
          <Skeleton height={36} width={520} />
          <Skeleton height={360} />
        </Stack>
      )}
    </Stack>
  );
}

const byWord = { unit: 'dossiers.table.byUnit', field: 'dossiers.table.byField', month: 'dossiers.table.byMonth' } as const;
const levelWord = { district: 'dossiers.controls.levelDistrict', commune: 'dossiers.controls.levelCommune' } as const;

function Report({ state }: { state: Ready }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { filters, meta, units, problems: filterProblems } = state;
  const fields = useFields();
  const report = useReportParams(filters, fields.data);
  const { params } = report;
  const unitLabel = useUnitLabel(meta, units);
  const headingId = useId();

  const fieldName = (id: string) => fields.data?.find((f) => f.id === id)?.name ?? id;
  const oneUnit = filters.unit !== ALL_UNITS;

  // What is shown, in words: "Toàn huyện (cấp xã) – Hộ tịch".
  let scope = unitLabel(filters.unit);
  if (!oneUnit && params.level !== 'all') scope += ` (${t(levelWord[params.level], { context: scopeContext(meta.dataset) }).toLocaleLowerCase(locale)})`;
  if (params.field) scope += ` – ${fieldName(params.field)}`;
  const period = formatPeriod(filters.period, locale);

  // A field in the URL is checked against /fields before anything is asked for it.
  const enabled = params.field === null || !fields.isPending;
  const rows = useReportRows({ filters, params, meta, units, fields: fields.data, enabled });
  const query = reportQuery(filters, params);
  // A long table (the national dataset) shows a page of rows; the totals row and the exports cover them all.
  const paged = rows.status === 'ready' ? reportPage(rows.lines, params.page) : null;
  const tableRef = useRef<HTMLElement>(null);
  const onPage = (n: number) => {
    report.setPage(n);
    // The pager is under the table: the new page is read from its top.
    tableRef.current?.scrollIntoView({ block: 'start' });
  };

  // Breadcrumbs: the whole district, the unit, the field; each a view of the report.
  const crumbs: Crumb[] = [
    { label: unitLabel(ALL_UNITS), search: report.searchFor({ unit: ALL_UNITS, field: null, by: 'unit', sort: null, order: null }) },
  ];
  if (oneUnit) crumbs.push({ label: unitLabel(filters.unit), search: report.searchFor({ field: null, by: 'field', sort: null, order: null }) });
  if (params.field) crumbs.push({ label: fieldName(params.field), search: report.searchFor({ by: 'month', sort: null, order: null }) });

  const drill = (line: ReportLine) => {
    const change = drillChange(params.by, line.id, params.field);
    if (!change) return null;
    const hint =
      params.by === 'field'
        ? t('dossiers.table.openField', { name: line.label })
        : t(params.field ? 'dossiers.table.openUnitMonths' : 'dossiers.table.openUnit', { name: line.label });
    return { search: report.searchFor(change), hint };
  };

  const onSort = (key: ReportColumnKey) => {
    const current = params.sort?.key === key ? params.sort.order : null;
    const next = current === null ? 'desc' : current === 'desc' ? 'asc' : null;
    report.change(next ? { sort: key, order: next } : { sort: null, order: null }, { replace: true });
  };

  // Units merged or created inside the period, among those the report covers.
  const scopeIds = oneUnit ? [filters.unit] : params.level === 'all' ? 'all' : units.filter((u) => u.level === params.level).map((u) => u.id);
  const mergerLines = mergerSentences(mergersInPeriod(units, filters.period, scopeIds), t, locale);

  const [exporting, setExporting] = useState(false);
  const [exportError, setExportError] = useState(false);
  const exportData = (): ReportExport | null =>
    rows.status === 'ready'
      ? {
          by: params.by,
          period: filters.period,
          lines: rows.lines,
          totals: rows.totals,
          scope,
          body: meta.name,
          dataset: meta.dataset,
          asOf: meta.asOf,
          notes: mergerLines,
          unit: filters.unit,
          field: params.field,
        }
      : null;
  const onCsv = () => {
    const x = exportData();
    if (x) downloadReportCsv(t, x, locale);
  };
  const onXlsx = async () => {
    const x = exportData();
    if (!x) return;
    setExporting(true);
    setExportError(false);
    try {
      await downloadReportXlsx(t, x);
    } catch (e) {
      console.error(e);
      setExportError(true);
    } finally {
      setExporting(false);
    }
  };

  const chartFile = (what: string) => reportFileName({ by: params.by, period: filters.period, unit: filters.unit, field: params.field }).replace(/^bao-cao-tthc-theo-[a-z-]+/, what);

  return (
    <Stack gap="lg">
      <div>
        <Title order={1} size="h2">
          {t('dossiers.heading', { scope, period })}
        </Title>
        <Text c="dimmed" size="sm" mt={4}>
          {meta.name} · {t('dossiers.asOf', { date: formatDate(meta.asOf) })}
        </Text>
      </div>

      <FilterProblems problems={filterProblems} filters={filters} meta={meta} units={units} />
      <ReportProblems problems={report.problems} by={params.by} />
      {fields.isError && (
        <Alert color="orange" variant="light" icon={<IconAlertTriangle aria-hidden />} role="alert">
          {t('dossiers.problems.fieldsError')}
        </Alert>
      )}

      <ReportBreadcrumbs crumbs={crumbs} />

      <ReportControls
        scope={scopeContext(meta.dataset)}
        by={params.by}
        onBy={(by: ReportGrouping) => report.change({ by, sort: null, order: null })}
        level={params.level}
        onLevel={(level: LevelFilter) => report.change({ level: level === 'all' ? null : level })}
        levelDisabled={oneUnit}
        exportDisabled={rows.status !== 'ready' || rows.lines.length === 0}
        exportingXlsx={exporting}
        onCsv={onCsv}
        onXlsx={() => void onXlsx()}
      />
      {exportError && (
        <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />} role="alert" withCloseButton onClose={() => setExportError(false)}>
          {t('dossiers.controls.exportFailed')}
        </Alert>
      )}

      <MergerNote lines={mergerLines} />

      <Card component="section" aria-labelledby={headingId} padding="md" ref={tableRef} className={classes.tableCard}>
        <Title order={2} size="h4" id={headingId} mb="xs">
          {t('dossiers.table.title', { by: t(byWord[params.by]), period })}
        </Title>
        {rows.status === 'error' ? (
          <QueryError error={rows.error} onRetry={rows.retry} minHeight={200} />
        ) : (
          <div aria-busy={rows.status === 'loading' || undefined}>
            <ReportTable
              by={params.by}
              caption={t('dossiers.table.caption', { by: t(byWord[params.by]), scope, period })}
              lines={paged ? paged.rows : null}
              totals={rows.status === 'ready' ? rows.totals : null}
              sort={params.sort}
              onSort={onSort}
              drill={drill}
            />
            {paged && rows.status === 'ready' && (
              <ReportPager page={paged.page} pages={paged.pages} first={paged.first} shown={paged.rows.length} total={rows.lines.length} onPage={onPage} />
            )}
            <Text size="xs" c="dimmed" mt="xs">
              {t('dossiers.table.rateHint')}
              {params.by === 'month' && ` ${t('dossiers.table.monthTotalsHint')}`}
            </Text>
          </div>
        )}
      </Card>

      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
        <FieldChart enabled={enabled} query={query} scope={scope} period={period} fields={fields.data} fileName={chartFile('ho-so-theo-linh-vuc')} />
        <ChannelChart enabled={enabled} query={query} scope={scope} period={period} fileName={chartFile('ho-so-theo-kenh')} />
      </SimpleGrid>
    </Stack>
  );
}

/** The report's own URL parameters that were not understood, and what is shown instead. */
function ReportProblems({ problems, by }: { problems: readonly ReportParamProblem[]; by: ReportGrouping }) {
  const { t } = useTranslation();
  if (problems.length === 0) return null;
  const text = (p: ReportParamProblem) =>
    p.kind === 'field'
      ? t('dossiers.problems.unknownField', { field: p.value })
      : p.kind === 'by'
        ? t('dossiers.problems.badBy', { value: p.value, by: t(byWord[by]) })
        : t('dossiers.problems.badLevel', { value: p.value });
  return (
    <Alert color="orange" variant="light" icon={<IconAlertTriangle aria-hidden />} title={t('dossiers.problems.title')} role="alert">
      {problems.length === 1 ? (
        text(problems[0] as ReportParamProblem)
      ) : (
        <List size="sm">
          {problems.map((p) => (
            <List.Item key={p.kind}>{text(p)}</List.Item>
          ))}
        </List>
      )}
    </Alert>
  );
}

/**
 * The merger in sentences: the units that ended, grouped by the unit that took them over ("Xã Vạn Điểm
 * và Xã Thống Nhất (đến 31/12/2024) hợp nhất thành Xã Vạn Nhất (từ 01/01/2025)."), then any other new unit.
 */
function mergerSentences(events: readonly MergerEvent[], t: TFunction, locale: Locale): string[] {
  const list = new Intl.ListFormat(locale === 'vi' ? 'vi' : 'en', { type: 'conjunction' });
  const created = new Map(events.flatMap((e) => (e.kind === 'created' ? [[e.unit.id, e] as const] : [])));
  const groups = new Map<string, Extract<MergerEvent, { kind: 'dissolved' }>[]>();
  for (const e of events) {
    if (e.kind !== 'dissolved') continue;
    const key = `${e.successor?.id ?? ''}|${e.date}`;
    groups.set(key, [...(groups.get(key) ?? []), e]);
  }
  const out: string[] = [];
  for (const group of groups.values()) {
    const first = group[0] as (typeof group)[number];
    const names = list.format(group.map((e) => unitName(e.unit)).sort(new Intl.Collator('vi').compare));
    const successor = first.successor;
    const isNew = successor ? created.get(successor.id) : undefined;
    if (successor && isNew) {
      created.delete(successor.id);
      out.push(t('dossiers.merger.mergedNew', { units: names, date: formatDate(first.date), successor: unitName(successor), from: formatDate(isNew.date) }));
    } else {
      out.push(t('dossiers.merger.dissolved', { units: names, date: formatDate(first.date), successor: successor ? unitName(successor) : '—' }));
    }
  }
  for (const e of created.values()) out.push(t('dossiers.merger.created', { unit: unitName(e.unit), date: formatDate(e.date) }));
  if (out.length > 0) out.push(t('dossiers.merger.addsUp'));
  return out;
}
