/** The notice of an invalid filter in the link (components/filter-problems): loads with the routes that show it (src/app/router.tsx). */
export const filterProblemsVi = {
  title: 'Đường dẫn có bộ lọc không hợp lệ',
  malformed: 'Tháng trong đường dẫn phải có dạng YYYY-MM (ví dụ 2022-01); đã nhận "{{from}}" và "{{to}}".',
  reversed: 'Tháng bắt đầu ({{from}}) sau tháng kết thúc ({{to}}).',
  outsideCoverage: 'Kỳ {{from}} – {{to}} nằm ngoài phạm vi số liệu ({{coverageFrom}} – {{coverageTo}}).',
  showingDefaultPeriod: 'Đang hiển thị kỳ mặc định: {{period}}.',
  unknownUnit: 'Không có đơn vị mã "{{unit}}".',
  showingAllUnits: 'Đang hiển thị: {{unit}}.',
  unitNotInPeriod: '{{unit}} chỉ tồn tại {{validity}}; trong kỳ đã chọn có thể không có số liệu.',
};
