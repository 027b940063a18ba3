/**
 * Vietnamese sentences of the overview's summary (t('summary.…')), filled from the facts of
 * src/domain/overview-summary.ts by src/features/overview/summary. `summary.en.ts` has the same keys.
 * Fragments that continue a sentence start with their own comma or semicolon.
 */
export const summaryVi = {
  noFigures: '{{start}}, {{who}} không có số liệu hồ sơ thủ tục hành chính.',
  received: {
    lead: '{{start}}, {{who}} tiếp nhận {{count}} hồ sơ',
    noneResolved: ', chưa có hồ sơ nào được giải quyết trong kỳ',
    onTime: ', giải quyết đúng và trước hạn {{rate}} ({{onTime}}/{{resolved}} hồ sơ đã giải quyết{{change}})',
    targetMet: ', đạt chỉ tiêu năm {{year}} ({{target}})',
    targetMissed: ', chưa đạt chỉ tiêu năm {{year}} ({{target}})',
  },
  change: {
    flat: 'tương đương cùng kỳ năm trước',
    up: 'tăng {{amount}} so với cùng kỳ năm trước',
    down: 'giảm {{amount}} so với cùng kỳ năm trước',
    dossiers_one: '{{n}} hồ sơ',
    dossiers_other: '{{n}} hồ sơ',
  },
  online: 'Tỷ lệ tiếp nhận trực tuyến đạt {{share}}',
  overdue: {
    none: 'cuối kỳ không còn hồ sơ đang giải quyết quá hạn',
    some_one: 'cuối kỳ còn {{n}} hồ sơ đang giải quyết quá hạn',
    some_other: 'cuối kỳ còn {{n}} hồ sơ đang giải quyết quá hạn',
    lastYear: ' (cùng kỳ năm trước: {{count}})',
  },
  communeRank: 'Về tỷ lệ giải quyết đúng và trước hạn, {{unit}} xếp thứ {{rank}}/{{of}} {{communes}}.',
  allMeetTarget: 'Tất cả {{count}} {{communes}} có hồ sơ trong kỳ đều đạt chỉ tiêu giải quyết đúng và trước hạn ({{target}}).',
  belowTarget: 'Có {{below}}/{{of}} {{communes}} chưa đạt chỉ tiêu giải quyết đúng và trước hạn ({{target}}), cần tập trung chỉ đạo: {{list}}.',
  moreUnits: '{{count}} đơn vị khác',
  biggestChanges: 'So với cùng kỳ năm trước, về tỷ lệ giải quyết đúng và trước hạn, {{changes}}.',
  rise: '{{unit}} tăng nhiều nhất (tăng {{points}}, đạt {{rate}})',
  fall: '{{unit}} giảm nhiều nhất (giảm {{points}}, còn {{rate}})',
  noRemediation: 'Tính đến ngày {{day}}, không có kiến nghị khắc phục sau kiểm tra cần theo dõi.',
  remediation: {
    lead: 'Về khắc phục sau kiểm tra, tính đến ngày {{day}} có {{total}} kiến nghị cần theo dõi: {{states}}',
    noneOverdue: '; không có kiến nghị quá hạn',
    mostOverdue: '; số kiến nghị quá hạn nhiều nhất tại {{units}} ({{count}} kiến nghị)',
    mostOverdueEach: '; số kiến nghị quá hạn nhiều nhất tại {{units}} (mỗi đơn vị {{count}} kiến nghị)',
    states: {
      verified: '{{count}} đã xác minh',
      fixed: '{{count}} đã khắc phục (chờ xác minh)',
      in_progress: '{{count}} đang thực hiện',
      not_started: '{{count}} chưa thực hiện',
      overdue: '{{count}} quá hạn',
    },
  },
  par: {
    lead: 'Chỉ số cải cách hành chính (PAR INDEX) năm {{year}} của huyện đạt {{score}} điểm, xếp thứ {{rank}}/{{outOf}}',
    lead_national: 'Chỉ số cải cách hành chính (PAR INDEX) năm {{year}} đạt {{score}} điểm, xếp thứ {{rank}}/{{outOf}}',
    changes: ', {{changes}} so với năm {{previous}}',
    rankSame: 'giữ nguyên thứ hạng',
    rankUp_one: 'tăng {{count}} bậc',
    rankUp_other: 'tăng {{count}} bậc',
    rankDown_one: 'giảm {{count}} bậc',
    rankDown_other: 'giảm {{count}} bậc',
    scoreSame: 'điểm số không đổi',
    scoreUp: 'tăng {{amount}} điểm',
    scoreDown: 'giảm {{amount}} điểm',
  },
  digital: {
    allMet: 'Về chuyển đổi số, cả {{count}} chỉ số đạt chỉ tiêu năm {{year}} ({{met}}).',
    noneMet: 'Về chuyển đổi số, chưa chỉ số nào đạt chỉ tiêu năm {{year}}: {{below}}.',
    someMet: 'Về chuyển đổi số, {{metCount}}/{{count}} chỉ số đạt chỉ tiêu năm {{year}} ({{met}}); chưa đạt: {{below}}.',
    figure: '{{name}} {{rate}}',
    belowFigure: '{{name}} {{rate}} (chỉ tiêu {{target}})',
    names: {
      onlineDossiers: 'hồ sơ tiếp nhận trực tuyến',
      fullyOnlineDossiers: 'hồ sơ dịch vụ công trực tuyến toàn trình',
      digitisedDossiers: 'hồ sơ được số hóa',
      electronicResults: 'hồ sơ có kết quả điện tử',
      dossiersPaidOnline: 'hồ sơ thanh toán trực tuyến',
    },
  },
};
