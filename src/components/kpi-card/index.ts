export { KpiCard } from './kpi-card';
export type { KpiCardProps, KpiComparison, Verdict } from './kpi-card';
