import type { OverviewContext, sectionState } from '../hooks/use-overview-queries';

/** ASCII export names that say what and when: "ho-so-tiep-nhan-theo-thang_2022-01_2022-12_all". */
export const chartFileName = (what: string, ctx: OverviewContext) =>
  `${what}_${ctx.filters.period.from}_${ctx.filters.period.to}_${ctx.filters.unit}`;

/** A section's state as its ChartCard's props: `<ChartCard {...cardState(state)} title=… />`. */
export const cardState = (state: ReturnType<typeof sectionState>) => ({ status: state.status, error: state.error, onRetry: state.retry });
