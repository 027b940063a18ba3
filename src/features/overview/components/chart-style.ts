import type { OverviewContext } from '../hooks/use-overview-queries';

/** The channels' colours, the same in the KPI card's split and in the monthly chart. */
export const channelColors = {
  online: 'cchc.7',
  direct: 'teal.7',
  postal: 'orange.7',
} as const;

/** As CSS values, for plain elements (Mantine charts take the theme names above). */
export const channelCssColors = {
  online: 'var(--mantine-color-cchc-7)',
  direct: 'var(--mantine-color-teal-7)',
  postal: 'var(--mantine-color-orange-7)',
} as const;

/** Colours of the ranking's bars: meets the target, below it, the commune being viewed. */
export const rankingColors = { meets: 'cchc.6', below: 'red.8', selected: 'violet.6' } as const;

/** ASCII export names that say what and when: "ho-so-tiep-nhan-theo-thang_2022-01_2022-12_all". */
export const chartFileName = (what: string, ctx: OverviewContext) =>
  `${what}_${ctx.filters.period.from}_${ctx.filters.period.to}_${ctx.filters.unit}`;

/**
 * The rate axis of a chart whose values sit close to 100 %: it starts at a round step below the
 * lowest value, so small differences show (the chart says where it starts), with round ticks.
 */
export function rateAxis(values: readonly (number | null)[]): { domain: [number, number]; ticks: number[] } {
  const shown = values.filter((v): v is number => v !== null);
  const min = shown.length > 0 ? Math.min(...shown) : 0;
  const span = 1 - min;
  const step = span <= 0.04 ? 0.01 : span <= 0.09 ? 0.02 : span <= 0.2 ? 0.05 : span <= 0.45 ? 0.1 : 0.2;
  // At least half a step below the lowest value, so its bar or point stays visible.
  const steps = Math.ceil((span + step / 2) / step);
  const floor = Math.max(0, Math.round((1 - steps * step) * 1000) / 1000);
  const ticks: number[] = [];
  for (let v = 1; v >= floor - 1e-9; v -= step) ticks.unshift(Math.round(v * 1000) / 1000);
  return { domain: [floor, 1], ticks };
}
