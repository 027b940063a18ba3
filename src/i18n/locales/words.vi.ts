/**
 * Vietnamese phrases built around numbers and names (t('words.…')): periods, changes, scope words.
 * `words.en.ts` must have the same keys. `_national`: the same word on the national dataset, where the
 * backend oversees the whole country instead of a district (i18next's context).
 */
export const wordsVi = {
  // A remediation action's state on a day (domain/action-status.ts), as the overview, the report and the slides count them.
  remediationStates: {
    not_started: 'Chưa thực hiện',
    in_progress: 'Đang thực hiện',
    overdue: 'Quá hạn',
    fixed: 'Đã khắc phục',
    verified: 'Đã xác minh',
  },
  period: {
    year: 'năm {{year}}',
    quarter1: 'quý I/{{year}}',
    quarter2: 'quý II/{{year}}',
    quarter3: 'quý III/{{year}}',
    quarter4: 'quý IV/{{year}}',
    half1: '6 tháng đầu năm {{year}}',
    half2: '6 tháng cuối năm {{year}}',
    month: 'tháng {{month}}',
    months: '{{from}} – {{to}}',
    // A chart axis's month: "T3/2023".
    monthShort: 'T{{month}}/{{year}}',
    // How the summary opens: "Trong năm 2022, …", "Từ tháng 02/2023 đến tháng 05/2023, …".
    during: 'trong {{period}}',
    fromTo: 'từ tháng {{from}} đến tháng {{to}}',
  },
  // "+1,5 điểm %": a change of a rate, in percentage points.
  points: '{{value}} điểm\u00a0%',
  scoreChange: '{{value}} điểm',
  rankUp_one: '↑{{count}} bậc',
  rankUp_other: '↑{{count}} bậc',
  rankDown_one: '↓{{count}} bậc',
  rankDown_other: '↓{{count}} bậc',
  rankSame: 'giữ nguyên thứ hạng',
  and: 'và',
  // Who, inside a sentence.
  scope: {
    all: 'toàn huyện',
    all_national: 'toàn quốc',
    root: 'bộ phận một cửa cấp huyện',
    root_national: 'bộ phận một cửa cấp trên',
    communes: 'xã, thị trấn',
    communes_national: 'xã, phường, đặc khu',
  },
  // A unit inside a sentence: the kind word stays Vietnamese in both languages (part of the name).
  unit: {
    commune: 'xã {{name}}',
    town: 'thị trấn {{name}}',
    district: 'huyện {{name}}',
  },
  // A unit's name as a heading or list shows it: "Xã Thư Phú".
  unitName: {
    commune: 'Xã {{name}}',
    town: 'Thị trấn {{name}}',
    district: 'Huyện {{name}}',
  },
};
