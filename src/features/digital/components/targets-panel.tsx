import { Badge, Button, Group, Progress, Stack, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChartCard, type ChartTable } from '../../../components/chart-card';
import { NoData } from '../../../components/no-data';
import { formatPercent } from '../../../domain/format';
import { targetLines, type TargetLabel, type TargetLine } from '../../../domain/scorecard-766';
import { useLocale } from '../../../i18n';
import { useTargets } from '../../../lib/queries/targets';
import { useTargetSums, type DigitalContext } from '../hooks/use-digital-queries';
import { fileName } from './file-name';
import { measureColors } from '../../../semantic-colors';
import classes from './targets-panel.module.css';
import { TargetsForm } from './targets-form';

const labelColor: Record<TargetLabel, string> = { met: 'green', 'at-risk': 'orange', missed: 'red' };

/** The year's target indicators: so far, projected to the year's end (the method stated) and labelled; the secretariat edits them. */
export function TargetsPanel({ ctx, unitLabel, canEdit }: { ctx: DigitalContext; unitLabel: string; canEdit: boolean }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const sums = useTargetSums(ctx);
  const targets = useTargets(sums.year);
  const [editing, setEditing] = useState(false);
  const thisYear = sums.current.data;
  const lastYear = sums.lastYearPeriod ? sums.previous.data : undefined;
  const lines = useMemo(
    () =>
      thisYear
        ? targetLines(
            thisYear.rows.map((r) => r.indicators),
            lastYear ? lastYear.rows.map((r) => r.indicators) : null,
            targets.data?.values ?? null,
          )
        : [],
    [thisYear, lastYear, targets.data],
  );
  const method = lines.find((l) => l.projection.soFar !== null)?.projection.method ?? (sums.lastYearPeriod ? 'last-year-share' : 'linear');
  const table: ChartTable = {
    columns: [
      { key: 'indicator', header: t('digital.targets.indicator') },
      { key: 'soFar', header: t('digital.targets.soFar'), format: 'percent' },
      { key: 'projected', header: t('digital.targets.projected'), format: 'percent' },
      { key: 'target', header: t('digital.targets.target'), format: 'percent' },
      { key: 'label', header: t('digital.targets.label') },
    ],
    rows: lines.map((l) => ({
      indicator: t(`digital.targets.indicators.${l.key}`),
      soFar: l.projection.soFar,
      projected: l.projection.projected,
      target: l.target,
      label: t(`digital.targets.labels.${l.label ?? 'none'}`),
    })),
  };
  const pending = sums.current.isPending || (sums.lastYearPeriod !== null && sums.previous.isPending) || targets.isPending;
  const failed = sums.current.isError ? sums.current : sums.previous.isError ? sums.previous : null;
  const status = sums.thisYearPeriod === null ? 'empty' : failed ? 'error' : pending ? 'loading' : 'ready';
  return (
    <ChartCard
      title={`${t('digital.targets.title', { year: sums.year })}: ${unitLabel}`}
      description={targets.isError ? t('digital.targets.noTargets') : t('digital.targets.description', { method: t(`digital.targets.methods.${method}`) })}
      table={table}
      fileName={fileName(`chi-tieu-${sums.year}`, ctx)}
      status={status}
      error={failed?.error}
      onRetry={() => void failed?.refetch()}
      height={360}
      actions={
        canEdit && targets.data ? (
          <Button size="xs" variant="light" onClick={() => setEditing(true)}>
            {t('digital.targets.edit', { year: sums.year })}
          </Button>
        ) : null
      }
    >
      <Stack gap="md">
        {lines.map((l) => (
          <TargetRow key={l.key} line={l} locale={locale} />
        ))}
      </Stack>
      {canEdit && targets.data && <TargetsForm opened={editing} onClose={() => setEditing(false)} targets={targets.data} />}
    </ChartCard>
  );
}

function TargetRow({ line, locale }: { line: TargetLine; locale: 'vi' | 'en' }) {
  const { t } = useTranslation();
  const name = t(`digital.targets.indicators.${line.key}`);
  const { soFar, projected } = line.projection;
  const pct = (r: number | null, d = 1) => (r === null ? t('digital.targets.labels.none') : formatPercent(r, locale, d));
  return (
    <div>
      <Group justify="space-between" gap="xs" wrap="nowrap">
        <Text size="sm" fw={500}>
          {name}
        </Text>
        <Badge variant="light" tt="none" color={line.label ? labelColor[line.label] : 'gray'} data-testid={`target-label-${line.key}`}>
          {t(`digital.targets.labels.${line.label ?? 'none'}`)}
        </Badge>
      </Group>
      <div className={classes.bar}>
        {/* A picture of the figures written below it (and in the table view). */}
        <Progress.Root size="lg" mt={4} aria-hidden title={t('digital.targets.bar', { name, soFar: pct(soFar), projected: pct(projected), target: pct(line.target, 0) })}>
          <Progress.Section value={(soFar ?? 0) * 100} color={measureColors.primary} />
          <Progress.Section value={Math.max(0, ((projected ?? 0) - (soFar ?? 0)) * 100)} color={measureColors.context} />
        </Progress.Root>
        {/* The target as a mark across the bar. */}
        {line.target !== null && <span className={classes.mark} style={{ left: `${line.target * 100}%` }} aria-hidden />}
      </div>
      <Text size="xs" c="dimmed" mt={2}>
        {t('digital.targets.soFar')}: {soFar === null ? <NoData /> : formatPercent(soFar, locale)} · {t('digital.targets.projected')}:{' '}
        {projected === null ? <NoData /> : formatPercent(projected, locale)} · {t('digital.targets.target')}:{' '}
        {line.target === null ? <NoData /> : formatPercent(line.target, locale, 0)}
      </Text>
    </div>
  );
}
