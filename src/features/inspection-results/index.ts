export { InspectionResultsPage } from './components/inspection-results-page';
