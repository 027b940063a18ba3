export { DossiersReport } from './components/dossiers-report';
