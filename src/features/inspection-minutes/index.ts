export { InspectionMinutesPage } from './components/inspection-minutes-page';
