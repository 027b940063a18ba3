export { ChartCard } from './chart-card';
export type { ChartCardProps, ChartColumn, ChartColumnFormat, ChartTable } from './chart-card';
