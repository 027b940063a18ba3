export { InspectionRecordPage } from './components/inspection-record-page';
