export { Overview } from './components/overview';
export { getDossierSummaryQueryOptions, useDossierSummary, dossierSummaryKeys } from '../../lib/queries/get-dossier-summary';
