import { describe, expect, it } from 'vitest';
import { emptyRemediationCounts } from '../../src/domain/action-status';
import type { DigitalIndicatorLine } from '../../src/domain/digital-indicators';
import { counts } from '../setup/dossier-counts';
import { overviewSummaryFacts, type CommuneFigures, type OverviewSummaryInput } from '../../src/domain/overview-summary';
import { summaryText, type Language, type ScopeContext } from '../../src/i18n';

/** The paragraph the overview writes: the domain's facts through the renderer. */
const overviewSummary = (input: OverviewSummaryInput, language: Language = 'vi', scope?: ScopeContext) =>
  summaryText(overviewSummaryFacts(input), { language, scope });

/** Expected Vietnamese text, written with plain spaces: every space before "%" must be a no-break one. */
const nb = (s: string) => s.replaceAll(' %', '\u00a0%');

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
      nb('Trong năm 2022, bộ phận một cửa cấp huyện tiếp nhận 4.977 hồ sơ (tăng 24,7 % so với cùng kỳ năm trước), ' +
        'giải quyết đúng và trước hạn 100,0 % (4.812/4.812 hồ sơ đã giải quyết; tăng 1,5 điểm % so với cùng kỳ năm trước), ' +
        'đạt chỉ tiêu năm 2022 (97,0 %). ' +
        'Tỷ lệ tiếp nhận trực tuyến đạt 18,5 % (tăng 11,5 điểm % so với cùng kỳ năm trước); ' +
        'cuối kỳ không còn hồ sơ đang giải quyết quá hạn (cùng kỳ năm trước: 0). ' +
        'Có 1/3 xã, thị trấn chưa đạt chỉ tiêu giải quyết đúng và trước hạn (97,0 %), cần tập trung chỉ đạo: xã Tân Minh (92,3 %). ' +
        'So với cùng kỳ năm trước, về tỷ lệ giải quyết đúng và trước hạn, xã Tân Minh giảm nhiều nhất (giảm 6,0 điểm %, còn 92,3 %). ' +
        'Tính đến ngày 31/12/2022, không có kiến nghị khắc phục sau kiểm tra cần theo dõi. ' +
        'Chỉ số cải cách hành chính (PAR INDEX) năm 2022 của huyện đạt 90,36 điểm, xếp thứ 11/30, tăng 2 bậc và tăng 1,85 điểm so với năm 2021.'),
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
      nb('Trong 6 tháng đầu năm 2025, toàn huyện tiếp nhận 1.000 hồ sơ (tương đương cùng kỳ năm trước), ' +
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
        'Chỉ số cải cách hành chính (PAR INDEX) năm 2024 của huyện đạt 91,73 điểm, xếp thứ 7/30, tăng 2 bậc và tăng 0,55 điểm so với năm 2023.'),
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
      nb('Trong quý I/2023, thị trấn Thường Tín tiếp nhận 120 hồ sơ (tăng 120 hồ sơ so với cùng kỳ năm trước), chưa có hồ sơ nào được giải quyết trong kỳ. ' +
        'Tỷ lệ tiếp nhận trực tuyến đạt 0,0 %; cuối kỳ không còn hồ sơ đang giải quyết quá hạn (cùng kỳ năm trước: 0).'),
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
      nb('Trong năm 2022, xã Hà Hồi tiếp nhận 1.000 hồ sơ (tương đương cùng kỳ năm trước), ' +
        'giải quyết đúng và trước hạn 99,0 % (990/1.000 hồ sơ đã giải quyết; tăng 0,5 điểm % so với cùng kỳ năm trước), đạt chỉ tiêu năm 2022 (97,0 %). ' +
        'Tỷ lệ tiếp nhận trực tuyến đạt 0,0 % (tương đương cùng kỳ năm trước); cuối kỳ không còn hồ sơ đang giải quyết quá hạn (cùng kỳ năm trước: 0). ' +
        'Về tỷ lệ giải quyết đúng và trước hạn, xã Hà Hồi xếp thứ 1/3 xã, thị trấn. ' +
        'Có 1/3 xã, thị trấn chưa đạt chỉ tiêu giải quyết đúng và trước hạn (97,0 %), cần tập trung chỉ đạo: xã Tân Minh (92,3 %). ' +
        'Về khắc phục sau kiểm tra, tính đến ngày 31/12/2022 có 2 kiến nghị cần theo dõi: 1 đang thực hiện và 1 quá hạn.'),
    );
  });

  it('says when every commune meets the target and when the PAR rank held', () => {
    const text = overviewSummary({
      ...district2022,
      communes: district2022.communes!.filter((c) => c.id !== 'xa-a'),
      remediation: null,
      par: { year: 2021, score: 88.51, rank: 13, outOf: 30, rankChange: 0, scoreChange: -0.004 },
    });
    expect(text).toContain(nb('Tất cả 2 xã, thị trấn có hồ sơ trong kỳ đều đạt chỉ tiêu giải quyết đúng và trước hạn (97,0 %).'));
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
      nb('so với năm 2021. Về chuyển đổi số, 1/3 chỉ số đạt chỉ tiêu năm 2022 (hồ sơ được số hóa 56,4 %); chưa đạt: ' +
        'hồ sơ tiếp nhận trực tuyến 15,9 % (chỉ tiêu 20,0 %) và hồ sơ dịch vụ công trực tuyến toàn trình 15,3 % (chỉ tiêu 20,0 %).'),
    );
    expect(overviewSummary({ ...district2022, digital: mixed }, 'en')).toContain(
      'On digital transformation, 1 of 3 indicators met the 2022 targets (digitised dossiers 56.4%); below target: ' +
        'dossiers received online 15.9% (target 20.0%) and fully online service dossiers 15.3% (target 20.0%).',
    );
  });

  it('says when all are met or none is, and says nothing when none can be judged', () => {
    const all = { year: 2024, lines: [line('onlineDossiers', 60, 100, 0.5), line('digitisedDossiers', 9, 10, 0.8)] };
    expect(overviewSummary({ ...district2022, digital: all })).toContain(
      nb('Về chuyển đổi số, cả 2 chỉ số đạt chỉ tiêu năm 2024 (hồ sơ tiếp nhận trực tuyến 60,0 % và hồ sơ được số hóa 90,0 %).'),
    );
    const none = { year: 2024, lines: [line('onlineDossiers', 40, 100, 0.5)] };
    expect(overviewSummary({ ...district2022, digital: none })).toContain(
      nb('Về chuyển đổi số, chưa chỉ số nào đạt chỉ tiêu năm 2024: hồ sơ tiếp nhận trực tuyến 40,0 % (chỉ tiêu 50,0 %).'),
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
    expect(all).toContain(nb('Có 300/1.500 xã, thị trấn chưa đạt chỉ tiêu giải quyết đúng và trước hạn (97,0 %)'));
    expect(all).toContain('và 295 đơn vị khác.');
    const one = overviewSummary({ ...district2022, scope: { kind: 'unit', id: 'xa-1499', unit: { kind: 'commune', name: 'Số 1499' } }, communes: many });
    expect(one).toContain('xã Số 1499 xếp thứ 1.500/1.500 xã, thị trấn.');
    expect(overviewSummary({ ...district2022, scope: { kind: 'all' }, communes: many }, 'en')).toContain('300 of 1,500 communes fell short');
  });
});

describe('overviewSummaryFacts: the facts, before any word', () => {
  it('gives the article year as structured facts with their numbers', () => {
    const facts = overviewSummaryFacts(district2022);
    expect(facts.map((f) => f.kind)).toEqual(['received', 'onlineAndOverdue', 'belowTarget', 'biggestChanges', 'noRemediation', 'parIndex']);
    const [received, online, below, changes] = facts;
    expect(received).toEqual({
      kind: 'received',
      period: { from: '2022-01', to: '2022-12' },
      scope: { kind: 'root' },
      received: 4977,
      // 4.977 against 3.990: +987 dossiers, +24,74 %.
      change: { direction: 'up', amount: { unit: 'relative', value: 987 / 3990, count: 987 } },
      onTime: {
        rate: 1,
        onTime: 4812,
        resolved: 4812,
        // 100 % against 3.880 of 3.940 (98,48 %): +1,52 points.
        change: { direction: 'up', amount: { unit: 'points', value: expect.closeTo(100 - (3880 / 3940) * 100, 10) } },
        target: { year: 2022, value: 0.97, met: true },
      },
    });
    expect(online).toEqual({
      kind: 'onlineAndOverdue',
      online: { share: 921 / 4977, change: { direction: 'up', amount: { unit: 'points', value: expect.closeTo((921 / 4977 - 280 / 3990) * 100, 10) } } },
      overdue: 0,
      overdueLastYear: 0,
    });
    expect(below).toEqual({ kind: 'belowTarget', below: 1, of: 3, target: 0.97, named: [{ unit: { kind: 'commune', name: 'Tân Minh' }, rate: 0.923 }], more: 0 });
    // Tân Minh 98,3 % → 92,3 %: −6 points; the rises (Hà Hồi +0,5) are under a point.
    expect(changes).toEqual({ kind: 'biggestChanges', rise: null, fall: { unit: { kind: 'commune', name: 'Tân Minh' }, points: expect.closeTo(6, 10), rate: 0.923 } });
  });

  it('names at most five laggards and counts the rest; ties of overdue actions are named together', () => {
    const seven = ['A', 'B', 'C', 'D', 'E', 'F', 'G'].map((n, i) => commune(`x${i}`, n, [900 + i, 100 - i], null));
    const facts = overviewSummaryFacts({
      ...district2022,
      scope: { kind: 'all' },
      communes: seven,
      remediation: {
        day: '2022-12-31',
        counts: { ...emptyRemediationCounts(), overdue: 3, verified: 2 },
        total: 5,
        overdueByUnit: [
          { unit: { kind: 'commune', name: 'B' }, count: 1 },
          { unit: { kind: 'commune', name: 'A' }, count: 1 },
          { unit: { kind: 'town', name: 'C' }, count: 1 },
        ],
      },
    });
    const below = facts.find((f) => f.kind === 'belowTarget');
    expect(below).toMatchObject({ below: 7, of: 7, more: 2 });
    expect(below?.kind === 'belowTarget' && below.named.map((n) => n.unit.name)).toEqual(['A', 'B', 'C', 'D', 'E']);
    expect(facts.find((f) => f.kind === 'remediation')).toEqual({
      kind: 'remediation',
      day: '2022-12-31',
      total: 5,
      states: [
        { state: 'verified', count: 2 },
        { state: 'overdue', count: 3 },
      ],
      mostOverdue: { units: [{ kind: 'commune', name: 'A' }, { kind: 'commune', name: 'B' }, { kind: 'town', name: 'C' }], more: 0, count: 1 },
    });
  });

  it('is the one fact noFigures without dossier figures, and leaves the PAR INDEX out for one unit', () => {
    expect(overviewSummaryFacts({ ...district2022, current: counts({}) })).toEqual([
      { kind: 'noFigures', period: district2022.period, scope: { kind: 'root' } },
    ]);
    const unit = overviewSummaryFacts({ ...district2022, scope: { kind: 'unit', id: 'xa-b', unit: { kind: 'commune', name: 'Hà Hồi' } } });
    expect(unit.map((f) => f.kind)).not.toContain('parIndex');
    expect(unit.find((f) => f.kind === 'communeRank')).toEqual({ kind: 'communeRank', unit: { kind: 'commune', name: 'Hà Hồi' }, rank: 1, of: 3 });
  });
});

describe('summary words follow the dataset', () => {
  it('says toàn quốc, the higher-level office and xã, phường, đặc khu on the national dataset, in both languages', () => {
    const all = { ...district2022, scope: { kind: 'all' } as const };
    const vi = overviewSummary(all, 'vi', 'national');
    expect(vi.startsWith('Trong năm 2022, toàn quốc tiếp nhận 4.977 hồ sơ')).toBe(true);
    expect(vi).toContain(nb('Có 1/3 xã, phường, đặc khu chưa đạt chỉ tiêu giải quyết đúng và trước hạn (97,0 %)'));
    expect(vi).toContain('Chỉ số cải cách hành chính (PAR INDEX) năm 2022 đạt 90,36 điểm, xếp thứ 11/30');
    expect(vi).not.toMatch(/huyện|thị trấn/);
    expect(overviewSummary(district2022, 'vi', 'national').startsWith('Trong năm 2022, bộ phận một cửa cấp trên tiếp nhận')).toBe(true);
    const en = overviewSummary(all, 'en', 'national');
    expect(en.startsWith('In 2022, the country as a whole received 4,977 dossiers')).toBe(true);
    expect(en).toContain('The 2022 PAR INDEX was 90.36 points');
    expect(en).not.toContain('district');
    expect(overviewSummary(all).startsWith('Trong năm 2022, toàn huyện tiếp nhận')).toBe(true);
  });
});

describe('summary: a change too small for one decimal', () => {
  const base = { ...district2022, target: null, communes: null, remediation: null, par: null };
  it('gives a tiny relative change the decimals that show it, and one too small for three decimals in dossiers', () => {
    // 10.004 against 10.000: +0,04 %, not "tăng 0,0 %".
    const small = overviewSummary({ ...base, current: counts({ receivedDirect: 10004 }), lastYear: counts({ receivedDirect: 10000 }) });
    expect(small).toContain(nb('tiếp nhận 10.004 hồ sơ (tăng 0,04 % so với cùng kỳ năm trước)'));
    // 400.001 against 400.000: 0,00025 % rounds to 0 even at three decimals.
    const tiny = overviewSummary({ ...base, current: counts({ receivedDirect: 400001 }), lastYear: counts({ receivedDirect: 400000 }) }, 'en');
    expect(tiny).toContain('received 400,001 dossiers (up 1 dossier on a year earlier)');
  });
});
