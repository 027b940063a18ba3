import { useMemo } from 'react';
import { formatNumber, formatPercent, NO_DATA } from '../../domain/format';
import { formatMonthShort, useLocale } from '../../i18n';

/** A value as Mantine charts hand it to `valueFormatter` and tick formatters (null or NaN where a point has no data). */
type ChartValue = number | string | null | undefined;

const asNumber = (v: ChartValue): number | null => {
  const n = typeof v === 'string' ? Number(v) : v;
  return typeof n === 'number' && Number.isFinite(n) ? n : null;
};

export interface ChartFormatters {
  /** 4977 → "4.977" (vi) / "4,977" (en); no data → "—". */
  number: (v: ChartValue) => string;
  /** A rate as a 0–1 share: 0.986 → "98,6 %" / "98.6%". For tooltips. */
  percent: (v: ChartValue) => string;
  /** A rate as a 0–1 share without decimals: 0.95 → "95 %". For axis ticks. */
  percentAxis: (v: ChartValue) => string;
  /** "2023-03" → "T3/2023" (vi) / "03/2023" (en). For month axes and tooltip labels. */
  month: (v: ChartValue) => string;
}

/**
 * Formatters for Mantine charts in the current language (vi-VN numbers), built on src/domain/format.ts:
 * `<BarChart valueFormatter={f.number} xAxisProps={{ tickFormatter: f.month }} tooltipProps={{ labelFormatter: f.month }} />`.
 */
export function useChartFormatters(): ChartFormatters {
  const locale = useLocale();
  return useMemo(
    () => ({
      number: (v) => formatNumber(asNumber(v), locale),
      percent: (v) => formatPercent(asNumber(v), locale),
      percentAxis: (v) => formatPercent(asNumber(v), locale, 0),
      month: (v) => (typeof v === 'string' && /^\d{4}-\d{2}/.test(v) ? formatMonthShort(v, locale) : v == null ? NO_DATA : String(v)),
    }),
    [locale],
  );
}
