import { Alert, Anchor, Badge, Button, Stack, Table, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { TableCard } from '../../../components/table-card';
import { formatDate } from '../../../domain/format';
import { needsInspection, type CommuneCoverage } from '../../../domain/inspection-coverage';
import { inspectionPath } from '../../../lib/paths';
import { overdueBadgeColor } from '../../../semantic-colors';
import classes from './inspections.module.css';

/** Those that stand out first, then the longest since a visit (never inspected before any date). */
export function sortCoverage(rows: readonly CommuneCoverage[]): CommuneCoverage[] {
  return [...rows].sort(
    (a, b) =>
      Number(needsInspection(b)) - Number(needsInspection(a)) ||
      (a.lastDate ?? '').localeCompare(b.lastDate ?? '') ||
      a.unitId.localeCompare(b.unitId),
  );
}

export function CoverageBadge({ row }: { row: CommuneCoverage }) {
  const { t } = useTranslation();
  const label = t(`inspections.coverage.statuses.${row.status}`);
  return needsInspection(row) ? (
    <Badge tt="none" color={overdueBadgeColor} variant="filled" leftSection={<IconAlertTriangle size={14} aria-hidden />}>
      {label}
    </Badge>
  ) : (
    <Badge tt="none" color="gray" variant="outline">
      {label}
    </Badge>
  );
}

/** The communes not inspected for two years, named at the top of every view of the screen. */
export function CoverageAlert({ rows, asOf, unitLabel, onShow }: { rows: readonly CommuneCoverage[]; asOf: string; unitLabel: (id: string) => string; onShow: (() => void) | null }) {
  const { t } = useTranslation();
  const standOut = sortCoverage(rows).filter(needsInspection);
  if (standOut.length === 0) return null;
  return (
    <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />} title={t('inspections.coverage.alertTitle')}>
      <Stack gap="xs" align="flex-start">
        <Text size="sm">
          {t('inspections.coverage.alert', { count: standOut.length, date: formatDate(asOf), names: standOut.map((r) => unitLabel(r.unitId)).join(', ') })}
        </Text>
        {onShow && (
          <Button variant="default" size="sm" className={classes.touch} onClick={onShow}>
            {t('inspections.coverage.show')}
          </Button>
        )}
      </Stack>
    </Alert>
  );
}

export interface CoverageSectionProps {
  rows: readonly CommuneCoverage[];
  loading: boolean;
  error: unknown;
  onRetry: () => void;
  asOf: string;
  unitLabel: (unitId: string) => string;
}

/** Each commune's last inspection, those not inspected for two years first with a badge in words. */
export function CoverageSection({ rows, loading, error, onRetry, asOf, unitLabel }: CoverageSectionProps) {
  const { t } = useTranslation();
  const sorted = sortCoverage(rows);
  return (
    <TableCard
      title={t('inspections.coverage.title')}
      description={t('inspections.coverage.description', { date: formatDate(asOf) })}
      error={error}
      onRetry={onRetry}
      loading={loading}
      empty={sorted.length === 0 ? t('inspections.list.none') : null}
      caption={t('inspections.coverage.caption')}
      minWidth={640}
    >
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('inspections.coverage.unit')}</Table.Th>
          <Table.Th scope="col">{t('inspections.coverage.lastDate')}</Table.Th>
          <Table.Th scope="col">{t('inspections.coverage.status')}</Table.Th>
          <Table.Th scope="col">{t('inspections.coverage.next')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {sorted.map((row) => (
          <Table.Tr key={row.unitId}>
            <Table.Th scope="row" fw={500}>
              {unitLabel(row.unitId)}
            </Table.Th>
            <Table.Td>
              {row.lastDate && row.lastInspectionId ? (
                <Anchor component={Link} to={inspectionPath(row.lastInspectionId)}>
                  {formatDate(row.lastDate)}
                </Anchor>
              ) : (
                t('inspections.coverage.never')
              )}
              {row.predecessorLastDate && (
                <Text size="xs" c="dimmed">
                  {t('inspections.coverage.before', { date: formatDate(row.predecessorLastDate) })}
                </Text>
              )}
            </Table.Td>
            <Table.Td>
              <CoverageBadge row={row} />
            </Table.Td>
            <Table.Td className={classes.nowrap}>{row.nextPlannedDate ? formatDate(row.nextPlannedDate) : t('inspections.coverage.none')}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </TableCard>
  );
}
