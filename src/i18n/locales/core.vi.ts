import { syncVi } from './sync.vi';
import { wordsVi } from './words.vi';

/**
 * The strings the shell needs (header, navigation, filters, errors, the shared words), in the entry. The screens'
 * namespaces load with their route (src/i18n/namespaces.ts).
 */
export const coreVi = {
  app: {
    name: 'Bảng điều hành CCHC',
    skipToContent: 'Chuyển đến nội dung chính',
    loading: 'Đang tải…',
  },
  nav: {
    label: 'Các màn hình',
    overview: 'Tổng quan',
    dossiers: 'Hồ sơ TTHC',
    units: 'Đơn vị',
    report: 'Báo cáo',
    meeting: 'Trình chiếu',
    digital: 'Chuyển đổi số',
    inspections: 'Kiểm tra',
    actions: 'Khắc phục',
    results: 'Kết quả kiểm tra',
    toggle: 'Mở hoặc đóng thanh điều hướng',
  },
  header: {
    language: 'Ngôn ngữ',
    languageButton: 'Ngôn ngữ: {{language}}',
    toDark: 'Chuyển sang giao diện tối',
    toLight: 'Chuyển sang giao diện sáng',
    account: 'Tài khoản: {{name}}, {{role}}',
    signOut: 'Đăng xuất',
  },
  languages: {
    vi: 'Tiếng Việt',
    en: 'English',
  },
  roles: {
    leader: 'Lãnh đạo',
    inspector: 'Đoàn kiểm tra',
    secretariat: 'Văn phòng CCHC',
  },
  filters: {
    period: 'Kỳ báo cáo',
    periodButton: 'Kỳ báo cáo: {{period}}',
    quick: 'Chọn nhanh',
    year: 'Năm',
    custom: 'Hoặc chọn khoảng tháng',
    fromMonth: 'Từ tháng',
    toMonth: 'Đến tháng',
    apply: 'Áp dụng',
    coverage: 'Số liệu có từ {{from}} đến {{to}}.',
    unit: 'Đơn vị',
    unitSearch: 'Gõ tên để tìm',
    allUnits: 'Toàn huyện',
    rootUnit: 'Bộ phận một cửa cấp huyện',
    communes: 'Xã, thị trấn',
    // The generated national dataset (for scale): the same filter over the whole country.
    allUnits_national: 'Toàn quốc',
    rootUnit_national: 'Bộ phận một cửa cấp trên',
    communes_national: 'Xã, phường, đặc khu',
    validTo: 'đến {{date}}',
    validFrom: 'từ {{date}}',
    noUnitFound: 'Không tìm thấy đơn vị',
    moreUnits: 'Còn {{count}} đơn vị nữa: gõ tên để tìm',
    loadError: 'Không tải được danh sách đơn vị hoặc phạm vi số liệu.',
    allUnitsFallback: 'Tất cả đơn vị',
  },
  errors: {
    title: 'Không tải được dữ liệu',
    network: 'Không kết nối được tới máy chủ. Kiểm tra kết nối mạng rồi thử lại.',
    server: 'Máy chủ đang gặp sự cố. Vui lòng thử lại sau ít phút.',
    invalid_response: 'Câu trả lời của máy chủ không đúng định dạng, không thể hiển thị. Vui lòng thử lại hoặc báo quản trị viên.',
    invalidResponseFrom: 'Dữ liệu trả về từ {{path}} không đúng định dạng, không thể hiển thị. Vui lòng thử lại hoặc báo quản trị viên.',
    unauthorized: 'Phiên đăng nhập đã hết hạn, vui lòng đăng nhập lại.',
    forbidden: 'Tài khoản của bạn không có quyền xem nội dung này.',
    not_found: 'Không tìm thấy dữ liệu được yêu cầu.',
    conflict: 'Dữ liệu vừa được người khác thay đổi. Vui lòng tải lại.',
    validation: 'Yêu cầu không hợp lệ: {{message}}',
    validationNoDetail: 'Yêu cầu không hợp lệ.',
    unknown: 'Đã xảy ra lỗi ngoài dự kiến.',
    retry: 'Thử lại',
  },
  appError: {
    title: 'Đã xảy ra lỗi',
    message: 'Trang gặp sự cố ngoài dự kiến. Hãy tải lại trang; nếu lỗi lặp lại, vui lòng báo quản trị viên.',
    reload: 'Tải lại trang',
    pageTitle: 'Trang này gặp sự cố',
    pageMessage: 'Trang gặp lỗi ngoài dự kiến khi hiển thị. Các trang khác và bộ lọc vẫn dùng được; hãy thử lại, nếu lỗi lặp lại vui lòng báo quản trị viên.',
    chartTitle: 'Không vẽ được biểu đồ',
    chartMessage: 'Biểu đồ gặp lỗi khi vẽ. Số liệu vẫn xem được ở dạng bảng.',
  },
  notFound: {
    title: 'Không tìm thấy trang',
    message: 'Không có trang nào ở địa chỉ {{path}}.',
    home: 'Về trang Tổng quan',
  },
  sync: syncVi,
  words: wordsVi,
};

export type CoreResources = typeof coreVi;
