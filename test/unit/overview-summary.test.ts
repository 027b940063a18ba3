import { describe, expect, it } from 'vitest';
import { emptyRemediationCounts } from '../../src/domain/action-status';
import type { DigitalIndicatorLine } from '../../src/domain/digital-indicators';
import { counts } from '../setup/dossier-counts';
import { overviewSummary, type CommuneFigures, type OverviewSummaryInput } from '../../src/domain/overview-summary';

const commune = (id: string, name: string, now: [number, number], before: [number, number] | null, kind: 'commune' | 'town' = 'commune'): CommuneFigures => ({
  id,
  unit: { kind, name },
  // [resolved on time, resolved late]
  counts: counts({ receivedDirect: now[0] + now[1], resolvedOnTime: now[0], resolvedLate: now[1] }),
  lastYear: before ? counts({ receivedDirect: before[0] + before[1], resolvedOnTime: before[0], resolvedLate: before[1] }) : null,
});

/** The district-level one-stop office in 2022, shaped like the article's figures. */
const district2022: OverviewSummaryInput = {
  period: { from: '2022-01', to: '2022-12' },
  scope: { kind: 'root' },
  current: counts({ receivedOnline: 921, receivedDirect: 3956, receivedPostal: 100, resolvedEarly: 3000, resolvedOnTime: 1812, pendingOnTime: 165 }),
  lastYear: counts({ receivedOnline: 280, receivedDirect: 3600, receivedPostal: 110, resolvedEarly: 2500, resolvedOnTime: 1380, resolvedLate: 60, pendingOnTime: 50 }),
  target: { year: 2022, value: 0.97 },
  communes: [
    commune('xa-a', 'Tân Minh', [923, 77], [983, 17]),
    commune('xa-b', 'Hà Hồi', [990, 10], [985, 15]),
    commune('tt', 'Thường Tín', [1980, 20], [1990, 10], 'town'),
  ],
  remediation: { day: '2022-12-31', counts: emptyRemediationCounts(), total: 0, overdueByUnit: [] },
  par: { year: 2022, score: 90.36, rank: 11, outOf: 30, rankChange: 2, scoreChange: 1.85 },
};

describe('overviewSummary (Vietnamese)', () => {
  it('writes a full year of the district office, with the article figures, laggards, changes and the PAR INDEX', () => {
    expect(overviewSummary(district2022)).toBe(
      'Trong năm 2022, bộ phận một cửa cấp huyện tiếp nhận 4.977 hồ sơ (tăng 24,7 % so với cùng kỳ năm trước), ' +
        'giải quyết đúng và trước hạn 100,0 % (4.812/4.812 hồ sơ đã giải quyết; tăng 1,5 điểm % so với cùng kỳ năm trước), ' +
        'đạt chỉ tiêu năm 2022 (97,0 %). ' +
        'Tỷ lệ tiếp nhận trực tuyến đạt 18,5 % (tăng 11,5 điểm % so với cùng kỳ năm trước); ' +
        'cuối kỳ không còn hồ sơ đang giải quyết quá hạn (cùng kỳ năm trước: 0). ' +
        'Có 1/3 xã, thị trấn chưa đạt chỉ tiêu giải quyết đúng và trước hạn (97,0 %), cần tập trung chỉ đạo: xã Tân Minh (92,3 %). ' +
        'So với cùng kỳ năm trước, về tỷ lệ giải quyết đúng và trước hạn, xã Tân Minh giảm nhiều nhất (giảm 6,0 điểm %, còn 92,3 %). ' +
        'Tính đến ngày 31/12/2022, không có kiến nghị khắc phục sau kiểm tra cần theo dõi. ' +
        'Chỉ số cải cách hành chính (PAR INDEX) năm 2022 của huyện đạt 90,36 điểm, xếp thứ 11/30, tăng 2 bậc và tăng 1,85 điểm so với năm 2021.',
    );
  });

  it('writes a half year with many laggards (five named, the rest counted), both biggest changes and overdue actions', () => {
    const laggards = ['Nhị Khê', 'Quất Động', 'Hà Hồi', 'Tô Hiệu', 'Văn Tự', 'Vân Tảo', 'Ninh Sở'].map((name, i) =>
      commune(`x${i}`, name, [900 + i * 10, 100 - i * 10], [950, 50]),
    );
    const input: OverviewSummaryInput = {
      period: { from: '2025-01', to: '2025-06' },
      scope: { kind: 'all' },
      current: counts({ receivedOnline: 600, receivedDirect: 400, resolvedOnTime: 950, resolvedLate: 50, pendingOverdue: 12 }),
      lastYear: counts({ receivedOnline: 400, receivedDirect: 600, resolvedOnTime: 970, resolvedLate: 30, pendingOverdue: 20 }),
      target: { year: 2025, value: 0.98 },
      communes: [...laggards, commune('up', 'Dũng Tiến', [995, 5], [900, 100])],
      remediation: {
        day: '2025-06-30',
        counts: { not_started: 5, in_progress: 11, overdue: 17, fixed: 3, verified: 17 },
        total: 53,
        overdueByUnit: [
          { unit: { kind: 'commune', name: 'Liên Phương' }, count: 2 },
          { unit: { kind: 'commune', name: 'Dũng Tiến' }, count: 2 },
          { unit: { kind: 'commune', name: 'Hòa Bình' }, count: 1 },
        ],
      },
      par: { year: 2024, score: 91.73, rank: 7, outOf: 30, rankChange: 2, scoreChange: 0.55 },
    };
    expect(overviewSummary(input)).toBe(
      'Trong 6 tháng đầu năm 2025, toàn huyện tiếp nhận 1.000 hồ sơ (tương đương cùng kỳ năm trước), ' +
        'giải quyết đúng và trước hạn 95,0 % (950/1.000 hồ sơ đã giải quyết; giảm 2,0 điểm % so với cùng kỳ năm trước), ' +
        'chưa đạt chỉ tiêu năm 2025 (98,0 %). ' +
        'Tỷ lệ tiếp nhận trực tuyến đạt 60,0 % (tăng 20,0 điểm % so với cùng kỳ năm trước); ' +
        'cuối kỳ còn 12 hồ sơ đang giải quyết quá hạn (cùng kỳ năm trước: 20). ' +
        'Có 7/8 xã, thị trấn chưa đạt chỉ tiêu giải quyết đúng và trước hạn (98,0 %), cần tập trung chỉ đạo: ' +
        'xã Nhị Khê (90,0 %), xã Quất Động (91,0 %), xã Hà Hồi (92,0 %), xã Tô Hiệu (93,0 %), xã Văn Tự (94,0 %) và 2 đơn vị khác. ' +
        'So với cùng kỳ năm trước, về tỷ lệ giải quyết đúng và trước hạn, xã Dũng Tiến tăng nhiều nhất (tăng 9,5 điểm %, đạt 99,5 %); ' +
        'xã Nhị Khê giảm nhiều nhất (giảm 5,0 điểm %, còn 90,0 %). ' +
        'Về khắc phục sau kiểm tra, tính đến ngày 30/06/2025 có 53 kiến nghị cần theo dõi: ' +
        '17 đã xác minh, 3 đã khắc phục (chờ xác minh), 11 đang thực hiện, 5 chưa thực hiện và 17 quá hạn; ' +
        'số kiến nghị quá hạn nhiều nhất tại xã Dũng Tiến và xã Liên Phương (mỗi đơn vị 2 kiến nghị). ' +
        'Chỉ số cải cách hành chính (PAR INDEX) năm 2024 của huyện đạt 91,73 điểm, xếp thứ 7/30, tăng 2 bậc và tăng 0,55 điểm so với năm 2023.',
    );
  });

  it('says there are no figures, and nothing else, for a unit without dossiers in the period', () => {
    expect(
      overviewSummary({
        ...district2022,
        period: { from: '2022-03', to: '2022-05' },
        scope: { kind: 'unit', id: 'xa-van-nhat', unit: { kind: 'commune', name: 'Vạn Nhất' } },
        current: counts({}),
      }),
    ).toBe('Từ tháng 03/2022 đến tháng 05/2022, xã Vạn Nhất không có số liệu hồ sơ thủ tục hành chính.');
    expect(overviewSummary({ ...district2022, current: null, period: { from: '2020-04', to: '2020-04' } })).toBe(
      'Trong tháng 04/2020, bộ phận một cửa cấp huyện không có số liệu hồ sơ thủ tục hành chính.',
    );
  });

  it('counts a rise from a zero base in dossiers, not in percent, and leaves out what is not known', () => {
    const text = overviewSummary({
      period: { from: '2023-01', to: '2023-03' },
      scope: { kind: 'unit', id: 'tt', unit: { kind: 'town', name: 'Thường Tín' } },
      current: counts({ receivedDirect: 120, pendingOnTime: 120 }),
      lastYear: counts({ carriedOver: 3 }),
      target: null,
      communes: null,
      remediation: null,
      par: null,
    });
    expect(text).toBe(
      'Trong quý I/2023, thị trấn Thường Tín tiếp nhận 120 hồ sơ (tăng 120 hồ sơ so với cùng kỳ năm trước), chưa có hồ sơ nào được giải quyết trong kỳ. ' +
        'Tỷ lệ tiếp nhận trực tuyến đạt 0,0 %; cuối kỳ không còn hồ sơ đang giải quyết quá hạn (cùng kỳ năm trước: 0).',
    );
  });

  it('gives one commune its rank (a tie shares it: Hà Hồi and Thường Tín both 99,0 %), leaves out small changes and names no unit for its own overdue actions', () => {
    const text = overviewSummary({
      ...district2022,
      scope: { kind: 'unit', id: 'xa-b', unit: { kind: 'commune', name: 'Hà Hồi' } },
      current: district2022.communes![1]!.counts,
      lastYear: district2022.communes![1]!.lastYear,
      communes: district2022.communes!.map((c) => (c.id === 'xa-a' ? { ...c, lastYear: c.counts } : c)),
      remediation: {
        day: '2022-12-31',
        counts: { ...emptyRemediationCounts(), overdue: 1, in_progress: 1 },
        total: 2,
        overdueByUnit: [{ unit: { kind: 'commune', name: 'Hà Hồi' }, count: 1 }],
      },
    });
    expect(text).toBe(
      'Trong năm 2022, xã Hà Hồi tiếp nhận 1.000 hồ sơ (tương đương cùng kỳ năm trước), ' +
        'giải quyết đúng và trước hạn 99,0 % (990/1.000 hồ sơ đã giải quyết; tăng 0,5 điểm % so với cùng kỳ năm trước), đạt chỉ tiêu năm 2022 (97,0 %). ' +
        'Tỷ lệ tiếp nhận trực tuyến đạt 0,0 % (tương đương cùng kỳ năm trước); cuối kỳ không còn hồ sơ đang giải quyết quá hạn (cùng kỳ năm trước: 0). ' +
        'Về tỷ lệ giải quyết đúng và trước hạn, xã Hà Hồi xếp thứ 1/3 xã, thị trấn. ' +
        'Có 1/3 xã, thị trấn chưa đạt chỉ tiêu giải quyết đúng và trước hạn (97,0 %), cần tập trung chỉ đạo: xã Tân Minh (92,3 %). ' +
        'Về khắc phục sau kiểm tra, tính đến ngày 31/12/2022 có 2 kiến nghị cần theo dõi: 1 đang thực hiện và 1 quá hạn.',
    );
  });

  it('says when every commune meets the target and when the PAR rank held', () => {
    const text = overviewSummary({
      ...district2022,
      communes: district2022.communes!.filter((c) => c.id !== 'xa-a'),
      remediation: null,
      par: { year: 2021, score: 88.51, rank: 13, outOf: 30, rankChange: 0, scoreChange: -0.004 },
    });
    expect(text).toContain('Tất cả 2 xã, thị trấn có hồ sơ trong kỳ đều đạt chỉ tiêu giải quyết đúng và trước hạn (97,0 %).');
    expect(text).toContain('xếp thứ 13/30, giữ nguyên thứ hạng và điểm số không đổi so với năm 2020.');
    expect(text).not.toContain('giảm nhiều nhất'); // Hà Hồi +0,5 and Thường Tín −0,5 points: below 1 point
  });
});

describe('overviewSummary (English)', () => {
  it('writes the same facts in English with en-GB numbers', () => {
    expect(overviewSummary(district2022, 'en')).toBe(
      'In 2022, the district-level one-stop office received 4,977 dossiers (up 24.7% on a year earlier) ' +
        'and resolved 100.0% early or on time (4,812/4,812 dossiers resolved; up 1.5 pts on a year earlier), meeting the 2022 target (97.0%). ' +
        'The online share was 18.5% (up 11.5 pts on a year earlier); no dossier was pending overdue at the end of the period (a year earlier: 0). ' +
        '1 of 3 communes fell short of the on-time target (97.0%) and need attention: xã Tân Minh (92.3%). ' +
        'Against a year earlier, on the on-time rate, xã Tân Minh fell most (down 6.0 pts to 92.3%). ' +
        'As of 31/12/2022, there was no remediation action after inspections to follow. ' +
        "The district's 2022 PAR INDEX was 90.36 points, ranked 11 of 30, up 2 places and up 1.85 points on 2021.",
    );
  });
});

describe('overviewSummary: digital transformation', () => {
  const line = (key: DigitalIndicatorLine['key'], numerator: number, denominator: number, target: number | null): DigitalIndicatorLine => {
    const rate = denominator > 0 ? numerator / denominator : null;
    const verdict = rate === null ? 'no-data' : target === null ? 'no-target' : rate < target ? 'below' : 'met';
    return { key, numerator, denominator, rate, target, verdict };
  };
  const mixed = {
    year: 2022,
    lines: [
      line('onlineDossiers', 13268, 83604, 0.2),
      line('fullyOnlineDossiers', 6846, 44766, 0.2),
      line('digitisedDossiers', 47163, 83604, 0.5),
      line('electronicResults', 0, 0, 0.5), // no data: neither met nor below
      line('dossiersPaidOnline', 7798, 45983, null), // no target: left out
    ],
  };

  it('names the indicators met, then those below with their targets, and leaves out what cannot be judged', () => {
    const text = overviewSummary({ ...district2022, digital: mixed });
    expect(text).toContain(
      'so với năm 2021. Về chuyển đổi số, 1/3 chỉ số đạt chỉ tiêu năm 2022 (hồ sơ được số hóa 56,4 %); chưa đạt: ' +
        'hồ sơ tiếp nhận trực tuyến 15,9 % (chỉ tiêu 20,0 %) và hồ sơ dịch vụ công trực tuyến toàn trình 15,3 % (chỉ tiêu 20,0 %).',
    );
    expect(overviewSummary({ ...district2022, digital: mixed }, 'en')).toContain(
      'On digital transformation, 1 of 3 indicators met the 2022 targets (digitised dossiers 56.4%); below target: ' +
        'dossiers received online 15.9% (target 20.0%) and fully online service dossiers 15.3% (target 20.0%).',
    );
  });

  it('says when all are met or none is, and says nothing when none can be judged', () => {
    const all = { year: 2024, lines: [line('onlineDossiers', 60, 100, 0.5), line('digitisedDossiers', 9, 10, 0.8)] };
    expect(overviewSummary({ ...district2022, digital: all })).toContain(
      'Về chuyển đổi số, cả 2 chỉ số đạt chỉ tiêu năm 2024 (hồ sơ tiếp nhận trực tuyến 60,0 % và hồ sơ được số hóa 90,0 %).',
    );
    const none = { year: 2024, lines: [line('onlineDossiers', 40, 100, 0.5)] };
    expect(overviewSummary({ ...district2022, digital: none })).toContain(
      'Về chuyển đổi số, chưa chỉ số nào đạt chỉ tiêu năm 2024: hồ sơ tiếp nhận trực tuyến 40,0 % (chỉ tiêu 50,0 %).',
    );
    const unjudged = { year: 2024, lines: [line('onlineDossiers', 0, 0, 0.5), line('digitisedDossiers', 1, 2, null)] };
    expect(overviewSummary({ ...district2022, digital: unjudged })).not.toContain('chuyển đổi số');
  });
});

describe('overviewSummary: thousands of communes', () => {
  it('writes counts and ranks with the thousands separator (national scale)', () => {
    const many = Array.from({ length: 1500 }, (_, i) =>
      commune(`xa-${i}`, `Số ${String(i).padStart(4, '0')}`, i < 1200 ? [990, 10] : [900 - (i - 1200), 100 + (i - 1200)], null),
    );
    const all = overviewSummary({ ...district2022, scope: { kind: 'all' }, communes: many });
    expect(all).toContain('Có 300/1.500 xã, thị trấn chưa đạt chỉ tiêu giải quyết đúng và trước hạn (97,0 %)');
    expect(all).toContain('và 295 đơn vị khác.');
    const one = overviewSummary({ ...district2022, scope: { kind: 'unit', id: 'xa-1499', unit: { kind: 'commune', name: 'Số 1499' } }, communes: many });
    expect(one).toContain('xã Số 1499 xếp thứ 1.500/1.500 xã, thị trấn.');
    expect(overviewSummary({ ...district2022, scope: { kind: 'all' }, communes: many }, 'en')).toContain('300 of 1,500 communes fell short');
  });
});
