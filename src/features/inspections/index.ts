export { InspectionsPage } from './components/inspections-page';
