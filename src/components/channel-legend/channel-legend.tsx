import { Group, Text, type MantineSpacing } from '@mantine/core';
import { formatNumber, formatPercent } from '../../domain/format';
import type { Rate } from '../../domain/rate';
import { useLocale } from '../../i18n';
import classes from './channel-legend.module.css';

export interface ChannelLegendItem {
  key: string;
  label: string;
  count: number;
  share: Rate;
  color: string;
}

interface ChannelLegendProps {
  items: readonly ChannelLegendItem[];
  /** Names the list for screen readers ("Theo kênh"). */
  label?: string;
  gap?: MantineSpacing | number;
}

/** Each channel's dot, name, count and share: the same on Tổng quan's KPI card and beside Hồ sơ TTHC's donut. */
export function ChannelLegend({ items, label, gap = 2 }: ChannelLegendProps) {
  const locale = useLocale();
  return (
    <ul className={classes.legend} style={{ gap: typeof gap === 'number' ? gap : `var(--mantine-spacing-${gap})` }} aria-label={label}>
      {items.map((c) => (
        <li key={c.key}>
          <Group gap={6} wrap="nowrap" justify="space-between">
            <Group gap={6} wrap="nowrap">
              <span className={classes.dot} style={{ background: c.color }} aria-hidden />
              <Text size="sm" span>
                {c.label}
              </Text>
            </Group>
            <Text size="sm" span className={classes.figure}>
              {formatNumber(c.count, locale)}{' '}
              <Text span size="xs" c="dimmed">
                ({formatPercent(c.share, locale)})
              </Text>
            </Text>
          </Group>
        </li>
      ))}
    </ul>
  );
}
