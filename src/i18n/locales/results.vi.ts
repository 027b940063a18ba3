/** Vietnamese strings of the 'results' namespace. */
export const resultsVi = {
  /** The overview's remediation card: the overdue count (overdueAtPeriodEnd). */
  overviewOverdue_one: '{{n}} kiến nghị quá hạn tại ngày {{date}}',
  overviewOverdue_other: '{{n}} kiến nghị quá hạn tại ngày {{date}}',
  title: 'Kết quả kiểm tra',
  heading: 'Kết quả kiểm tra công tác CCHC, {{period}}',
  subtitle:
    'Điểm của các cuộc kiểm tra đã hoàn thành, các tồn tại, hạn chế thường gặp và việc xác minh kiến nghị khắc phục. Kỳ ở thanh trên: bảng điểm lấy lần kiểm tra gần nhất đến hết kỳ; tồn tại, hạn chế lấy các cuộc kiểm tra kết thúc trong kỳ; tỷ lệ xác minh đúng hạn lấy các kiến nghị có hạn trong kỳ. Đơn vị ở thanh trên: chọn sẵn đơn vị cho biểu đồ qua các năm, giới hạn phần tồn tại, hạn chế và tỷ lệ xác minh; bảng điểm luôn so sánh mọi đơn vị và đánh dấu đơn vị đang chọn.',
  reasons: {
    'out-of-scope': 'Ngoài phạm vi',
    'not-applicable': 'Không áp dụng',
    'not-assessed': 'Chưa đánh giá',
  },
  heatMap: {
    title: 'Điểm theo lĩnh vực của lần kiểm tra gần nhất, đến ngày {{date}}',
    description:
      'Mỗi đơn vị một dòng: lần kiểm tra đã hoàn thành gần nhất tính đến ngày {{date}}. Điểm mỗi lĩnh vực = số điểm đạt ÷ số điểm của các tiêu chí áp dụng (tiêu chí “không áp dụng” không tính); “Chung” = tổng điểm đạt ÷ tổng điểm áp dụng.',
    caption: 'Điểm theo lĩnh vực của lần kiểm tra gần nhất mỗi đơn vị, kèm xếp loại',
    unit: 'Đơn vị',
    date: 'Ngày kiểm tra',
    total: 'Chung',
    sortTotal: 'Sắp xếp theo điểm chung',
    selected: 'đang chọn',
    none: 'Chưa có cuộc kiểm tra nào hoàn thành đến ngày {{date}}.',
    legend: 'Xếp loại theo điểm làm tròn: Tốt từ 90 %, Khá từ 80 % đến dưới 90 %, Trung bình từ 65 % đến dưới 80 %, Yếu dưới 65 %. “—”: lĩnh vực ngoài phạm vi cuộc kiểm tra, hoặc mọi tiêu chí đều không áp dụng.',
    legendTitle: 'Cách xếp loại',
  },
  overTime: {
    title: 'Điểm qua các năm: {{unit}}',
    description: 'Các cuộc kiểm tra đã hoàn thành của đơn vị, theo ngày kết thúc. Đường biểu diễn điểm chung; bảng số liệu có điểm từng lĩnh vực.',
    select: 'Xã, thị trấn',
    selectDescription: 'Chọn xã, thị trấn để xem điểm qua các lần kiểm tra',
    date: 'Ngày kiểm tra',
    total: 'Điểm chung',
    empty: 'Đơn vị này chưa có cuộc kiểm tra nào hoàn thành.',
    noUnits: 'Chưa có đơn vị nào được kiểm tra.',
  },
  findings: {
    title: 'Tồn tại, hạn chế thường gặp theo lĩnh vực, {{period}}',
    titleUnit: 'Tồn tại, hạn chế thường gặp theo lĩnh vực, {{unit}}, {{period}}',
    description:
      'Trong {{n}} cuộc kiểm tra hoàn thành trong kỳ: số tồn tại, hạn chế của mỗi lĩnh vực, số cuộc kiểm tra có tồn tại ở lĩnh vực đó và các nội dung lặp lại nhiều nhất (số lần, số đơn vị).',
    caption: 'Số tồn tại, hạn chế theo lĩnh vực và các nội dung lặp lại nhiều nhất',
    area: 'Lĩnh vực',
    count: 'Số tồn tại, hạn chế',
    inspections: 'Số cuộc kiểm tra có',
    titles: 'Nội dung lặp lại nhiều nhất',
    titleCount: '{{title}} — {{times}} lần, {{units}} đơn vị',
    noTitles: 'Không có',
    none: 'Không có cuộc kiểm tra nào hoàn thành trong kỳ này.',
    total: 'Cộng',
  },
  onTime: {
    title: 'Kiến nghị được xác minh đúng hạn, {{period}}',
    titleUnit: 'Kiến nghị được xác minh đúng hạn, {{unit}}, {{period}}',
    description:
      'Tỷ lệ = số kiến nghị đã được Văn phòng xác minh hoàn thành, lần xác minh cuối cùng vào hoặc trước hạn xử lý ÷ số kiến nghị có hạn xử lý trong kỳ và trước ngày {{date}}. Kiến nghị đã khắc phục nhưng chưa được xác minh trước hạn không tính là đúng hạn; kiến nghị có hạn từ ngày {{date}} trở đi chưa tính.',
    overall: 'Tỷ lệ chung',
    overallValue: '{{share}} ({{onTime}}/{{due}})',
    caption: 'Kiến nghị được xác minh đúng hạn theo đơn vị được kiểm tra',
    unit: 'Đơn vị được kiểm tra',
    due: 'Kiến nghị đến hạn',
    verified: 'Xác minh đúng hạn',
    share: 'Tỷ lệ',
    none: 'Không có kiến nghị nào đến hạn trong kỳ này.',
  },
};
