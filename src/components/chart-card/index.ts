export { ChartCard } from './chart-card';
export type { ChartCardProps, ChartColumn, ChartColumnFormat, ChartTable } from './chart-card';
export { ChartDataTable } from './chart-data-table';
export { useChartFormatters, type ChartFormatters } from './use-chart-formatters';
