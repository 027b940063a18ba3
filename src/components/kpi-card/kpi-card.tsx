import { Button, Card, Group, Skeleton, Text, ThemeIcon, VisuallyHidden } from '@mantine/core';
import { IconArrowDownRight, IconArrowUpRight, IconEqual, IconRefresh } from '@tabler/icons-react';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Trend } from '../../domain/change';
import { verdictTextColors } from '../../semantic-colors';
import classes from './kpi-card.module.css';

export type Verdict = 'good' | 'bad' | 'neutral';

/** The comparison line of a card, already worded by the page (numbers come from src/domain). */
export type KpiComparison =
  | { kind: 'loading' }
  /** e.g. change "+12,3 %", base "Cùng kỳ năm trước: 4.435"; change null when one side has no data. */
  | { kind: 'change'; change: string | null; trend: Trend; verdict: Verdict; base: ReactNode }
  /** Last year is outside the data's coverage. */
  | { kind: 'unavailable'; text: string }
  | { kind: 'error'; text: string; onRetry: () => void };

export interface KpiCardProps {
  title: string;
  icon?: ReactNode;
  /** A note under the title, e.g. "Càng thấp càng tốt". */
  hint?: string;
  loading?: boolean;
  /** The headline figure, formatted (or <NoData />). */
  value?: ReactNode;
  /** One line under the value, e.g. "4.965 / 4.977 hồ sơ đã giải quyết". */
  detail?: ReactNode;
  comparison: KpiComparison;
  /** More content between the value and the comparison (e.g. the split by channel); it shows its own loading state. */
  children?: ReactNode;
}

const trendIcon = { up: IconArrowUpRight, down: IconArrowDownRight, flat: IconEqual } as const;

/** One headline measure: its value, last year's value and the change, good news green and bad news red. */
export function KpiCard({ title, icon, hint, loading = false, value, detail, comparison, children }: KpiCardProps) {
  const titleId = useId();
  return (
    <Card component="section" aria-labelledby={titleId} aria-busy={loading || undefined} className={classes.card}>
      <div className={classes.header}>
        <div>
          <h3 id={titleId} className={classes.title}>
            {title}
          </h3>
          {hint && (
            <Text size="xs" c="dimmed">
              {hint}
            </Text>
          )}
        </div>
        {icon && (
          <ThemeIcon variant="light" size="lg" radius="md" aria-hidden>
            {icon}
          </ThemeIcon>
        )}
      </div>

      {loading ? (
        <>
          <div className={classes.value}>
            <Skeleton height={32} width="60%" mt={4} />
          </div>
          <div className={classes.detail}>
            <Skeleton height={12} width="80%" mt={5} />
          </div>
        </>
      ) : (
        <>
          <p className={classes.value}>{value}</p>
          <p className={classes.detail}>{detail}</p>
        </>
      )}

      {children && <div className={classes.extra}>{children}</div>}

      <div className={classes.comparison}>
        <ComparisonLine comparison={loading ? { kind: 'loading' } : comparison} />
      </div>
    </Card>
  );
}

function ComparisonLine({ comparison }: { comparison: KpiComparison }) {
  const { t } = useTranslation();
  switch (comparison.kind) {
    case 'loading':
      return (
        <>
          <Skeleton height={12} width="40%" mt={5} mb={10} />
          <Skeleton height={12} width="70%" />
        </>
      );
    case 'unavailable':
      return <Text className={classes.base}>{comparison.text}</Text>;
    case 'error':
      return (
        <Group gap="xs" wrap="nowrap">
          <Text size="sm" c={verdictTextColors.bad} role="alert">
            {comparison.text}
          </Text>
          <Button
            size="compact-xs"
            variant="default"
            leftSection={<IconRefresh size={12} aria-hidden />}
            onClick={comparison.onRetry}
          >
            {t('errors.retry')}
          </Button>
        </Group>
      );
    case 'change': {
      const Icon = comparison.trend === 'unknown' ? null : trendIcon[comparison.trend];
      return (
        <>
          {comparison.change !== null && (
            <div className={classes.changeLine}>
              <span className={classes.change} data-verdict={comparison.verdict}>
                {Icon && <Icon size={18} stroke={2.2} aria-hidden />}
                {comparison.change}
              </span>
              <VisuallyHidden>({t(`kpi.${comparison.verdict}`)})</VisuallyHidden>
              <Text span size="sm" c="dimmed" aria-hidden>
                {t('kpi.neutral')}
              </Text>
            </div>
          )}
          <div className={classes.base}>{comparison.base}</div>
        </>
      );
    }
  }
}
