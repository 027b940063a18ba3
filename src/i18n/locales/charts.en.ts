import type { chartsVi } from './charts.vi';

/** English strings of the 'charts' namespace; same keys as `charts.vi.ts`. */
export const chartsEn: typeof chartsVi = {
  view: 'View',
  showChart: 'Chart',
  showTable: 'Table',
  empty: 'No data for this period',
  loading: 'Loading chart…',
  download: 'Download',
  downloadCsv: 'Download CSV',
  downloadPng: 'Download PNG image',
  exporting: 'Preparing the file…',
  exportFailed: 'The download could not be prepared. Please try again.',
};
