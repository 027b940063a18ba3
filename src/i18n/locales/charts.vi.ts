/** Vietnamese strings of the 'charts' namespace (t('charts.…')). `charts.en.ts` must have the same keys. */
export const chartsVi = {
  view: 'Cách xem',
  showChart: 'Biểu đồ',
  showTable: 'Bảng số liệu',
  empty: 'Không có số liệu trong kỳ này',
  loading: 'Đang tải biểu đồ…',
  download: 'Tải xuống',
  downloadCsv: 'Tải CSV',
  downloadPng: 'Tải ảnh PNG',
  exporting: 'Đang tạo tệp…',
  exportFailed: 'Không tạo được tệp tải xuống. Vui lòng thử lại.',
};
