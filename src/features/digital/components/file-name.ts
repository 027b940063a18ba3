import type { DigitalContext } from '../hooks/use-digital-queries';

/** ASCII export names that say what and when: "diem-theo-nhom_2022-01_2022-12_all". */
export const fileName = (what: string, ctx: DigitalContext) => `${what}_${ctx.filters.period.from}_${ctx.filters.period.to}_${ctx.filters.unit}`;
