export { Overview } from './components/overview';
export { getDossierSummaryQueryOptions, useDossierSummary, dossierSummaryKeys } from './api/get-dossier-summary';
