import type { InspectionTemplate } from '../../src/api/inspection-template';

/**
 * The checklist the inspection teams fill in: the seven areas of the state administrative reform
 * programme, each with a few criteria and their points. Criterion ids are `a<area>-c<n>`.
 */
const areas: { name: string; criteria: [string, number][] }[] = [
  {
    name: 'Công tác chỉ đạo, điều hành CCHC',
    criteria: [
      ['Ban hành kế hoạch CCHC năm đúng thời hạn', 2],
      ['Ban hành và thực hiện kế hoạch tuyên truyền CCHC', 1],
      ['Thực hiện đầy đủ chế độ báo cáo CCHC định kỳ (quý, 6 tháng, năm)', 2],
      ['Hoàn thành 100 % nhiệm vụ trong kế hoạch CCHC năm', 2],
      ['Tổ chức tự kiểm tra công tác CCHC tại đơn vị', 1],
    ],
  },
  {
    name: 'Cải cách thể chế',
    criteria: [
      ['Ban hành văn bản quy phạm pháp luật đúng thẩm quyền, trình tự, thủ tục', 2],
      ['Tự kiểm tra, rà soát, hệ thống hóa văn bản theo quy định', 1],
      ['Phổ biến, giáo dục pháp luật và theo dõi thi hành pháp luật theo kế hoạch', 1],
    ],
  },
  {
    name: 'Cải cách thủ tục hành chính',
    criteria: [
      ['Công khai 100 % TTHC tại bộ phận một cửa và trên trang thông tin điện tử', 3],
      ['Giải quyết hồ sơ TTHC đúng hạn đạt từ 98 % trở lên', 3],
      ['Có văn bản xin lỗi và hẹn lại ngày trả kết quả cho 100 % hồ sơ trễ hạn', 2],
      ['Tiếp nhận, xử lý phản ánh, kiến nghị (PAKN) đúng quy định', 2],
      ['Bộ phận một cửa bố trí đủ công chức, trang thiết bị theo quy định', 1],
      ['Cập nhật đầy đủ hồ sơ lên Hệ thống thông tin giải quyết TTHC', 2],
    ],
  },
  {
    name: 'Cải cách tổ chức bộ máy hành chính nhà nước',
    criteria: [
      ['Ban hành quy chế làm việc, phân công nhiệm vụ rõ ràng', 1],
      ['Bố trí cán bộ, công chức đúng số lượng, chức danh được giao', 1],
      ['Thực hiện quy chế dân chủ ở cơ sở', 1],
    ],
  },
  {
    name: 'Cải cách chế độ công vụ',
    criteria: [
      ['Cán bộ, công chức chấp hành kỷ luật, kỷ cương hành chính, thời gian làm việc', 2],
      ['Đánh giá, xếp loại cán bộ, công chức đúng quy định', 1],
      ['Cử cán bộ, công chức tham gia đào tạo, bồi dưỡng theo kế hoạch', 1],
      ['Cán bộ, công chức đeo thẻ, có biển chức danh tại nơi làm việc', 1],
    ],
  },
  {
    name: 'Cải cách tài chính công',
    criteria: [
      ['Công khai dự toán, quyết toán ngân sách xã đúng thời hạn', 2],
      ['Ban hành và thực hiện quy chế chi tiêu nội bộ', 1],
      ['Quản lý, sử dụng tài sản công đúng quy định', 1],
      ['Thu phí, lệ phí đúng quy định, sử dụng biên lai điện tử', 1],
    ],
  },
  {
    name: 'Xây dựng, phát triển chính quyền điện tử, chính quyền số',
    criteria: [
      ['Sử dụng văn bản điện tử, chữ ký số trong xử lý công việc', 2],
      ['Tiếp nhận, giải quyết hồ sơ trực tuyến trên Cổng dịch vụ công', 2],
      ['Số hóa hồ sơ, kết quả giải quyết TTHC theo quy định', 2],
      ['Thanh toán trực tuyến phí, lệ phí', 1],
      ['Khai thác, sử dụng Cơ sở dữ liệu quốc gia về dân cư', 1],
    ],
  },
];

export const inspectionTemplate: InspectionTemplate = {
  version: 1,
  areas: areas.map((a, i) => ({
    id: i + 1,
    name: a.name,
    criteria: a.criteria.map(([text, points], j) => ({ id: `a${i + 1}-c${j + 1}`, text, points })),
  })),
};
