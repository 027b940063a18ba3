/**
 * Realistic shortcomings an inspection finds, keyed by the checklist criterion they fail, with the
 * usual causes and the remediation the team recommends. `{unit}` is "xã" or "thị trấn". Owners are
 * posts, never people.
 */
export interface FindingTemplate {
  criterionId: string;
  title: string;
  description: string;
  causes: string[];
  severity: 'low' | 'medium' | 'high';
  /** Not found before this year (e.g. digital services that did not exist yet). */
  fromYear?: number;
  actions: { description: string; ownerName: string }[];
}

export const findingTemplates: FindingTemplate[] = [
  {
    criterionId: 'a1-c1',
    title: 'Kế hoạch CCHC năm ban hành chậm so với thời hạn',
    description: 'Kế hoạch CCHC năm của UBND {unit} ban hành sau thời hạn quy định; một số nhiệm vụ chưa xác định rõ thời gian hoàn thành và sản phẩm.',
    causes: ['Chưa phân công công chức đầu mối tham mưu công tác CCHC', 'Lãnh đạo UBND chưa quan tâm đúng mức đến việc xây dựng kế hoạch'],
    severity: 'medium',
    actions: [{ description: 'Ban hành kế hoạch CCHC năm trước ngày 31/12 của năm trước, xác định rõ nhiệm vụ, thời hạn, sản phẩm', ownerName: 'Chủ tịch UBND {unit}' }],
  },
  {
    criterionId: 'a1-c2',
    title: 'Công tác tuyên truyền CCHC chưa thường xuyên',
    description: 'Chưa ban hành kế hoạch tuyên truyền CCHC riêng; nội dung tuyên truyền trên hệ thống truyền thanh còn ít.',
    causes: ['Chưa bố trí kinh phí cho công tác tuyên truyền', 'Công chức văn hóa - xã hội kiêm nhiệm nhiều việc'],
    severity: 'low',
    actions: [{ description: 'Ban hành kế hoạch tuyên truyền CCHC; phát thông tin về dịch vụ công trực tuyến trên đài truyền thanh ít nhất 2 lần/tháng', ownerName: 'Công chức Văn hóa - Xã hội' }],
  },
  {
    criterionId: 'a1-c3',
    title: 'Báo cáo CCHC định kỳ gửi chậm, thiếu số liệu',
    description: 'Một số báo cáo CCHC quý gửi về Phòng Nội vụ chậm so với thời hạn; số liệu về giải quyết TTHC chưa khớp với Hệ thống thông tin giải quyết TTHC.',
    causes: ['Công chức phụ trách kiêm nhiệm nhiều việc', 'Chưa đối chiếu số liệu với hệ thống trước khi báo cáo'],
    severity: 'low',
    actions: [{ description: 'Phân công công chức đầu mối, đối chiếu số liệu và gửi báo cáo CCHC đúng thời hạn', ownerName: 'Công chức Văn phòng - Thống kê' }],
  },
  {
    criterionId: 'a1-c4',
    title: 'Một số nhiệm vụ trong kế hoạch CCHC năm chưa hoàn thành',
    description: 'Đến thời điểm kiểm tra, một số nhiệm vụ trong kế hoạch CCHC năm chưa triển khai hoặc triển khai chậm.',
    causes: ['Chưa theo dõi, đôn đốc việc thực hiện kế hoạch thường xuyên'],
    severity: 'medium',
    actions: [{ description: 'Rà soát, hoàn thành các nhiệm vụ CCHC còn tồn đọng; báo cáo kết quả về Phòng Nội vụ', ownerName: 'Phó Chủ tịch UBND {unit}' }],
  },
  {
    criterionId: 'a1-c5',
    title: 'Chưa tổ chức tự kiểm tra công tác CCHC',
    description: 'Trong năm đơn vị chưa tổ chức tự kiểm tra công tác CCHC đối với các bộ phận chuyên môn.',
    causes: ['Chưa xây dựng kế hoạch tự kiểm tra'],
    severity: 'low',
    actions: [{ description: 'Xây dựng kế hoạch và tổ chức tự kiểm tra công tác CCHC ít nhất một lần trong năm', ownerName: 'Chủ tịch UBND {unit}' }],
  },
  {
    criterionId: 'a2-c2',
    title: 'Chưa thực hiện tự kiểm tra, rà soát văn bản định kỳ',
    description: 'Đơn vị chưa lập danh mục văn bản do UBND {unit} ban hành cần rà soát; chưa có báo cáo kết quả rà soát.',
    causes: ['Công chức Tư pháp - Hộ tịch chưa nắm vững quy trình rà soát văn bản'],
    severity: 'medium',
    actions: [{ description: 'Lập danh mục và rà soát toàn bộ văn bản do UBND {unit} ban hành; báo cáo kết quả', ownerName: 'Công chức Tư pháp - Hộ tịch' }],
  },
  {
    criterionId: 'a2-c3',
    title: 'Hình thức phổ biến, giáo dục pháp luật chưa đa dạng',
    description: 'Việc phổ biến pháp luật chủ yếu qua hội nghị; tủ sách pháp luật ít được cập nhật.',
    causes: ['Kinh phí hạn chế', 'Chưa phối hợp với các đoàn thể trong công tác tuyên truyền'],
    severity: 'low',
    actions: [{ description: 'Cập nhật tủ sách pháp luật; phối hợp các đoàn thể tổ chức tuyên truyền pháp luật theo chuyên đề', ownerName: 'Công chức Tư pháp - Hộ tịch' }],
  },
  {
    criterionId: 'a3-c1',
    title: 'Niêm yết, công khai TTHC tại bộ phận một cửa chưa đầy đủ',
    description: 'Tại bộ phận một cửa còn niêm yết một số TTHC đã bị bãi bỏ, thay thế; chưa niêm yết đầy đủ TTHC mới được công bố.',
    causes: ['Chưa cập nhật kịp thời các quyết định công bố TTHC của UBND Thành phố', 'Chưa phân công người theo dõi việc niêm yết'],
    severity: 'medium',
    actions: [
      { description: 'Rà soát, niêm yết đầy đủ, đúng các TTHC còn hiệu lực tại bộ phận một cửa', ownerName: 'Công chức Văn phòng - Thống kê' },
      { description: 'Niêm yết mã QR tra cứu TTHC trên Cổng dịch vụ công tại bộ phận một cửa', ownerName: 'Công chức Văn phòng - Thống kê' },
    ],
  },
  {
    criterionId: 'a3-c4',
    title: 'Sổ theo dõi tiếp nhận, xử lý PAKN chưa cập nhật đầy đủ',
    description: 'Một số phản ánh, kiến nghị của người dân chưa được ghi sổ theo dõi; chưa công khai kết quả xử lý.',
    causes: ['Chưa giao đầu mối tiếp nhận PAKN'],
    severity: 'low',
    actions: [{ description: 'Giao đầu mối tiếp nhận PAKN; cập nhật sổ theo dõi và công khai kết quả xử lý', ownerName: 'Công chức Văn phòng - Thống kê' }],
  },
  {
    criterionId: 'a3-c5',
    title: 'Trang thiết bị tại bộ phận một cửa còn thiếu',
    description: 'Bộ phận một cửa chưa có máy quét tài liệu, máy tính tra cứu cho người dân; khu vực chờ còn chật.',
    causes: ['Kinh phí đầu tư trang thiết bị hạn chế'],
    severity: 'medium',
    actions: [{ description: 'Bố trí kinh phí trang bị máy quét, máy tính tra cứu tại bộ phận một cửa', ownerName: 'Chủ tịch UBND {unit}' }],
  },
  {
    criterionId: 'a3-c6',
    title: 'Một số hồ sơ chưa được cập nhật lên Hệ thống thông tin giải quyết TTHC',
    description: 'Đối chiếu sổ theo dõi với Hệ thống thông tin giải quyết TTHC, một số hồ sơ chứng thực, hộ tịch tiếp nhận trực tiếp chưa được cập nhật trên hệ thống.',
    causes: ['Lượng hồ sơ chứng thực lớn, công chức nhập liệu không kịp', 'Đường truyền mạng không ổn định'],
    severity: 'medium',
    actions: [{ description: 'Cập nhật đầy đủ, kịp thời 100 % hồ sơ tiếp nhận lên Hệ thống thông tin giải quyết TTHC', ownerName: 'Công chức Bộ phận một cửa' }],
  },
  {
    criterionId: 'a4-c1',
    title: 'Quy chế làm việc chưa được sửa đổi, bổ sung kịp thời',
    description: 'Quy chế làm việc của UBND {unit} chưa cập nhật theo quy định mới; phân công nhiệm vụ một số công chức chưa rõ.',
    causes: ['Chưa rà soát quy chế sau khi có thay đổi nhân sự'],
    severity: 'low',
    actions: [{ description: 'Sửa đổi, bổ sung quy chế làm việc và quyết định phân công nhiệm vụ công chức', ownerName: 'Chủ tịch UBND {unit}' }],
  },
  {
    criterionId: 'a5-c1',
    title: 'Một số công chức chưa chấp hành nghiêm thời gian làm việc',
    description: 'Tại thời điểm kiểm tra đột xuất, một số công chức vắng mặt không có lý do tại nơi làm việc.',
    causes: ['Công tác quản lý, kiểm tra việc chấp hành kỷ luật, kỷ cương hành chính chưa chặt chẽ'],
    severity: 'high',
    actions: [{ description: 'Chấn chỉnh kỷ luật, kỷ cương hành chính; kiểm điểm công chức vi phạm', ownerName: 'Chủ tịch UBND {unit}' }],
  },
  {
    criterionId: 'a5-c3',
    title: 'Tỷ lệ công chức được bồi dưỡng kiến thức CCHC còn thấp',
    description: 'Một số công chức chưa tham gia các lớp bồi dưỡng kiến thức, kỹ năng về CCHC và chuyển đổi số.',
    causes: ['Công chức kiêm nhiệm, khó bố trí thời gian tham gia bồi dưỡng'],
    severity: 'low',
    actions: [{ description: 'Cử công chức tham gia đầy đủ các lớp bồi dưỡng theo kế hoạch của huyện', ownerName: 'Công chức Văn phòng - Thống kê' }],
  },
  {
    criterionId: 'a5-c4',
    title: 'Một số công chức chưa đeo thẻ khi thực thi công vụ',
    description: 'Tại bộ phận một cửa, một số công chức chưa đeo thẻ công chức; biển chức danh chưa cập nhật.',
    causes: ['Chưa thường xuyên nhắc nhở, kiểm tra'],
    severity: 'low',
    actions: [{ description: 'Yêu cầu công chức đeo thẻ khi thực thi công vụ; cập nhật biển chức danh', ownerName: 'Chủ tịch UBND {unit}' }],
  },
  {
    criterionId: 'a6-c1',
    title: 'Công khai dự toán, quyết toán ngân sách chưa đúng thời hạn',
    description: 'Việc công khai dự toán ngân sách {unit} năm chưa đúng thời hạn và hình thức theo quy định.',
    causes: ['Công chức Tài chính - Kế toán chưa nắm vững quy định về công khai ngân sách'],
    severity: 'medium',
    actions: [{ description: 'Công khai dự toán, quyết toán ngân sách đúng thời hạn, hình thức quy định', ownerName: 'Công chức Tài chính - Kế toán' }],
  },
  {
    criterionId: 'a6-c2',
    title: 'Quy chế chi tiêu nội bộ chưa được cập nhật',
    description: 'Quy chế chi tiêu nội bộ chưa sửa đổi theo các định mức chi mới.',
    causes: ['Chưa rà soát quy chế khi có văn bản mới'],
    severity: 'low',
    actions: [{ description: 'Sửa đổi, bổ sung quy chế chi tiêu nội bộ theo định mức hiện hành', ownerName: 'Công chức Tài chính - Kế toán' }],
  },
  {
    criterionId: 'a6-c4',
    title: 'Chưa sử dụng biên lai thu phí, lệ phí điện tử',
    description: 'Đơn vị vẫn sử dụng biên lai giấy khi thu phí chứng thực, lệ phí hộ tịch.',
    causes: ['Chưa được tập huấn sử dụng biên lai điện tử'],
    severity: 'low',
    fromYear: 2022,
    actions: [{ description: 'Triển khai biên lai điện tử đối với 100 % khoản thu phí, lệ phí', ownerName: 'Công chức Tài chính - Kế toán' }],
  },
  {
    criterionId: 'a7-c1',
    title: 'Tỷ lệ văn bản điện tử có ký số chưa cao',
    description: 'Một số văn bản đi vẫn phát hành bản giấy; chữ ký số cá nhân của lãnh đạo chưa được sử dụng thường xuyên.',
    causes: ['Thói quen xử lý văn bản giấy', 'Thiết bị ký số chưa được cấp đủ'],
    severity: 'low',
    actions: [{ description: 'Phát hành văn bản điện tử có ký số đối với 100 % văn bản trừ văn bản mật', ownerName: 'Công chức Văn phòng - Thống kê' }],
  },
  {
    criterionId: 'a7-c2',
    title: 'Tỷ lệ hồ sơ trực tuyến còn thấp so với chỉ tiêu',
    description: 'Tỷ lệ hồ sơ tiếp nhận trực tuyến của đơn vị thấp hơn chỉ tiêu huyện giao; chưa bố trí người hỗ trợ người dân nộp hồ sơ trực tuyến.',
    causes: ['Người dân chưa quen sử dụng dịch vụ công trực tuyến', 'Chưa phát huy vai trò tổ công nghệ số cộng đồng'],
    severity: 'medium',
    fromYear: 2021,
    actions: [
      { description: 'Bố trí công chức, đoàn viên thanh niên hướng dẫn người dân nộp hồ sơ trực tuyến tại bộ phận một cửa', ownerName: 'Công chức Bộ phận một cửa' },
      { description: 'Tuyên truyền, hướng dẫn người dân sử dụng dịch vụ công trực tuyến qua tổ công nghệ số cộng đồng', ownerName: 'Bí thư Đoàn thanh niên' },
    ],
  },
  {
    criterionId: 'a7-c3',
    title: 'Chưa số hóa đầy đủ hồ sơ, kết quả giải quyết TTHC',
    description: 'Tỷ lệ hồ sơ được số hóa thành phần hồ sơ và kết quả giải quyết còn thấp, chủ yếu ở lĩnh vực hộ tịch.',
    causes: ['Thiếu máy quét', 'Công chức chưa thành thạo quy trình số hóa'],
    severity: 'medium',
    fromYear: 2022,
    actions: [{ description: 'Số hóa 100 % hồ sơ, kết quả giải quyết TTHC tiếp nhận trong kỳ', ownerName: 'Công chức Bộ phận một cửa' }],
  },
  {
    criterionId: 'a7-c4',
    title: 'Tỷ lệ thanh toán trực tuyến phí, lệ phí thấp',
    description: 'Phần lớn phí, lệ phí vẫn thu bằng tiền mặt tại bộ phận một cửa.',
    causes: ['Người dân chưa có tài khoản thanh toán điện tử'],
    severity: 'low',
    fromYear: 2022,
    actions: [{ description: 'Hướng dẫn người dân thanh toán trực tuyến phí, lệ phí khi nộp hồ sơ', ownerName: 'Công chức Bộ phận một cửa' }],
  },
  {
    criterionId: 'a7-c5',
    title: 'Chưa khai thác hiệu quả Cơ sở dữ liệu quốc gia về dân cư',
    description: 'Một số hồ sơ vẫn yêu cầu người dân nộp bản sao giấy tờ đã có trong Cơ sở dữ liệu quốc gia về dân cư.',
    causes: ['Chưa được cấp tài khoản khai thác dữ liệu dân cư'],
    severity: 'medium',
    fromYear: 2022,
    actions: [{ description: 'Khai thác thông tin từ Cơ sở dữ liệu quốc gia về dân cư, không yêu cầu người dân nộp lại giấy tờ', ownerName: 'Công chức Tư pháp - Hộ tịch' }],
  },
];

/** The two findings that come from the dossier figures themselves, not from a draw. */
export const lateDossiersFinding = {
  criterionId: 'a3-c2',
  title: 'Tỷ lệ hồ sơ TTHC giải quyết đúng hạn chưa đạt yêu cầu',
  causes: [
    'Hồ sơ đất đai phức tạp, phải xác minh nguồn gốc sử dụng đất; công chức Địa chính - Xây dựng kiêm nhiệm nhiều việc',
    'Phối hợp giữa bộ phận một cửa và công chức chuyên môn chưa chặt chẽ; chưa theo dõi hạn giải quyết trên hệ thống',
  ],
  actions: [
    { description: 'Rà soát toàn bộ hồ sơ đang giải quyết quá hạn, giải quyết dứt điểm và báo cáo kết quả', ownerName: 'Công chức Địa chính - Xây dựng' },
    { description: 'Theo dõi tiến độ giải quyết hồ sơ hằng tuần trên Hệ thống thông tin giải quyết TTHC, cảnh báo hồ sơ sắp đến hạn', ownerName: 'Chủ tịch UBND {unit}' },
  ],
};
export const apologyFinding = {
  criterionId: 'a3-c3',
  title: 'Chưa có văn bản xin lỗi đối với một số hồ sơ trễ hạn',
  causes: ['Công chức chưa nắm rõ quy định về xin lỗi và hẹn lại ngày trả kết quả'],
  actions: [{ description: 'Thực hiện phiếu xin lỗi và hẹn lại ngày trả kết quả đối với 100 % hồ sơ trễ hạn', ownerName: 'Công chức Bộ phận một cửa' }],
};

export const goodPracticeTemplates: { areaId: number; description: string; fromYear?: number }[] = [
  { areaId: 3, description: 'Trả kết quả chứng thực bản sao trong ngày, phần lớn trước hạn' },
  { areaId: 3, description: 'Niêm yết mã QR tra cứu TTHC và tiến độ giải quyết hồ sơ tại bộ phận một cửa' },
  { areaId: 3, description: 'Lập nhóm tiếp nhận phản ánh, kiến nghị của người dân trên mạng xã hội, trả lời trong ngày làm việc' },
  { areaId: 7, description: 'Tổ công nghệ số cộng đồng hỗ trợ người dân nộp hồ sơ trực tuyến ngay tại bộ phận một cửa', fromYear: 2022 },
  { areaId: 7, description: 'Số hóa toàn bộ sổ hộ tịch lưu trữ từ năm 1995 đến nay', fromYear: 2022 },
  { areaId: 1, description: 'Lãnh đạo UBND trực tiếp tiếp dân và kiểm tra bộ phận một cửa hằng tuần' },
  { areaId: 5, description: 'Khảo sát mức độ hài lòng của người dân bằng máy đánh giá tại bộ phận một cửa' },
  { areaId: 6, description: 'Thu phí, lệ phí không dùng tiền mặt đạt tỷ lệ cao', fromYear: 2023 },
];
