export { KpiCard } from './kpi-card';
export type { KpiCardProps, KpiComparison, Verdict } from './kpi-card';
export { changeText, compareCounts, dossierKpiMeasures } from './dossier-measures-kpi';
export type { DossierKpiMeasure } from './dossier-measures-kpi';
export { DossierKpiCards } from './dossier-kpi-cards';
export type { DossierKpiCardsProps, DossierKpiCardSpec } from './dossier-kpi-cards';
