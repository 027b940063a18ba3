import { describe, expect, it } from 'vitest';
import type { Ratio } from '../../src/api/common';
import { digitalIndicatorKeys, type DigitalIndicators } from '../../src/api/digital';
import { emptyCounts } from '../../src/domain/dossier-measures';
import {
  bandOf,
  checkTable,
  dossierSatisfaction,
  howManyMore,
  howManyMoreOnTime,
  progressRatio,
  rules766,
  scoreIndicators,
  scoreUnits,
  totalChange,
  type ScorecardTable,
} from '../../src/domain/scorecard-766';

const r = (numerator: number, denominator: number): Ratio => ({ numerator, denominator });

/** Indicators that are all 0 ÷ 0 but for the given ones. */
function indicators(some: Partial<DigitalIndicators>): DigitalIndicators {
  const all = Object.fromEntries(digitalIndicatorKeys.map((k) => [k, r(0, 0)])) as DigitalIndicators;
  return { ...all, ...some };
}

/** Every key at 100 % (progress 100/100, no complaints), then the given ones. */
function full(some: Partial<DigitalIndicators> = {}): DigitalIndicators {
  const all = Object.fromEntries(digitalIndicatorKeys.map((k) => [k, r(100, 100)])) as DigitalIndicators;
  return { ...all, complaintDossiers: r(0, 100), ...some };
}

const row = (card: ReturnType<typeof scoreIndicators>, id: string) => {
  const found = card.rows.find((x) => x.rule.id === id);
  if (!found) throw new Error(`no row ${id}`);
  return found;
};
const group = (card: ReturnType<typeof scoreIndicators>, id: string) => card.groups.find((g) => g.group === id);

describe('the 766 table', () => {
  it('has the six groups with 18, 20, 12, 10, 22 and 18 points: 100 in all, and no problems', () => {
    const card = scoreIndicators(full());
    expect(card.groups.map((g) => [g.group, g.fullMax])).toEqual([
      ['transparency', 18],
      ['progress', 20],
      ['onlineServices', 12],
      ['onlinePayment', 10],
      ['digitisation', 22],
      ['satisfaction', 18],
    ]);
    expect(checkTable(rules766)).toEqual([]);
    expect(rules766.bandsConfirmed).toBe(false);
  });

  it('finds a duplicate id, negative points, a threshold above 100 % and bands out of order', () => {
    const bad: ScorecardTable = {
      ...rules766,
      rows: [
        { ...(rules766.rows[0] as ScorecardTable['rows'][number]), points: -1 },
        { ...(rules766.rows[0] as ScorecardTable['rows'][number]), threshold: 1.2 },
      ],
      bands: [
        { band: 'good', min: 50 },
        { band: 'excellent', min: 90 },
      ],
    };
    expect(checkTable(bad)).toEqual([
      { code: 'bad-points', id: '1.1' },
      { code: 'duplicate-id', id: '1.1' },
      { code: 'bad-threshold', id: '1.1' },
      { code: 'bands-not-descending' },
    ]);
  });
});

describe('scoreIndicators: every sub-indicator on one hand-computed case', () => {
  const card = scoreIndicators(
    indicators({
      proceduresPublishedOnTime: r(90, 100), // 1.1: 6 × 0,9 = 5,4
      proceduresUpdatedOnTime: r(75, 100), // 1.2: 4 × 0,75 = 3
      proceduresDisclosedComplete: r(50, 100), // 1.3: 2 × 0,5 = 1
      dossiersSynced: r(80, 100), // 1.4: 6 × 0,8 = 4,8
      progress: r(95, 100), // 2.1: 20 × 0,95 = 19
      fullyOnlineDossiers: r(25, 100), // 3.1: 12 × 0,25 = 3
      proceduresOnline: r(60, 100), // 3.2: no points, 20 more procedures to reach 80 %
      onlineDossiers: r(88, 1000), // 3.3: no points, 412 more online dossiers to reach 50 %
      feeProceduresPayable: r(40, 50), // 4.1: 80 % = T → 2
      proceduresPaidOnline: r(10, 40), // 4.2: 2 × 0,25 = 0,5
      dossiersPaidOnline: r(30, 200), // 4.3: 6 × 0,15 = 0,9
      electronicResults: r(50, 100), // 5.1: 6 × 0,5 = 3
      digitisedDossiers: r(60, 100), // 5.2: 0,6 × 4 ÷ 0,8 = 3 (below T)
      electronicCopies: r(10, 100), // 5.3: 2 × 0,1 = 0,2
      reusedData: r(90, 100), // 5.4: above T 80 % → 2
      personalDataStore: r(25, 100), // 5.5: 4 × 0,25 = 1
      populationDbDossiers: r(0, 100), // 5.6: 0 % is data: 0 points, 2 lost
      populationDbProcedures: r(20, 20), // 5.7: 2
      feedbackOnTime: r(0, 0), // 6.1: no feedback due → full 6 (portal's rule)
      feedbackSatisfaction: r(45, 50), // 6.2: 6 × 0,9 = 5,4
      complaintDossiers: r(3, 100), // 6.3: 100 % − (5 % late + 3 %) = 92 % ≥ 90 % → 6
    }),
  );
  const expected: [string, number, number][] = [
    ['1.1', 5.4, 0.6],
    ['1.2', 3, 1],
    ['1.3', 1, 1],
    ['1.4', 4.8, 1.2],
    ['2.1', 19, 1],
    ['3.1', 3, 9],
    ['3.2', 0, 0],
    ['3.3', 0, 0],
    ['4.1', 2, 0],
    ['4.2', 0.5, 1.5],
    ['4.3', 0.9, 5.1],
    ['5.1', 3, 3],
    ['5.2', 3, 1],
    ['5.3', 0.2, 1.8],
    ['5.4', 2, 0],
    ['5.5', 1, 3],
    ['5.6', 0, 2],
    ['5.7', 2, 0],
    ['6.1', 6, 0],
    ['6.2', 5.4, 0.6],
    ['6.3', 6, 0],
  ];

  it.each(expected)('%s earns %d and loses %d', (id, earned, lost) => {
    const x = row(card, id);
    expect(x.earned).toBeCloseTo(earned, 10);
    expect(x.lost).toBeCloseTo(lost, 10);
  });

  it('lists every row of the table, in its order', () => {
    expect(card.rows.map((x) => x.rule.id)).toEqual(expected.map(([id]) => id));
  });

  it('adds up the groups (14,2 + 19 + 3 + 3,4 + 11,2 + 17,4) to 68,2 of 100, band "fair"', () => {
    expect(card.groups.map((g) => Number(g.earned.toFixed(10)))).toEqual([14.2, 19, 3, 3.4, 11.2, 17.4]);
    expect(card.max).toBe(100);
    expect(card.total).toBeCloseTo(68.2, 10);
    expect(card.band).toBe('fair');
  });

  it('gives each ratio row its numerator, denominator, rate and threshold', () => {
    const x = row(card, '5.2');
    expect([x.numerator, x.denominator, x.rate, x.threshold, x.points]).toEqual([60, 100, 0.6, 0.8, 4]);
    expect(x.noData).toBe(false);
    expect(x.appliedRule).toBeNull();
  });

  it('says how many more dossiers reach the threshold: 412 online dossiers for 50 %, 20 procedures for 80 %, 5 digitised for 80 %', () => {
    expect(row(card, '3.3').moreNeeded).toBe(412);
    expect(row(card, '3.2').moreNeeded).toBe(20);
    expect(row(card, '5.2').moreNeeded).toBe(20);
    expect(row(card, '5.4').moreNeeded).toBe(0);
    // No threshold: full points at 100 %, so every missing dossier.
    expect(row(card, '1.4').moreNeeded).toBe(20);
  });
});

describe('thresholds: at, above and below', () => {
  const digitised = (n: number) => row(scoreIndicators(indicators({ digitisedDossiers: r(n, 100) })), '5.2');
  it('at the threshold (80 %): full 4 points', () => {
    expect(digitised(80).earned).toBe(4);
    expect(digitised(80).lost).toBe(0);
  });
  it('above it (95 %): still 4, no more', () => {
    expect(digitised(95).earned).toBe(4);
  });
  it('below it (40 %): 40 % × 4 ÷ 80 % = 2 earned, 2 lost', () => {
    expect(digitised(40).earned).toBe(2);
    expect(digitised(40).lost).toBe(2);
  });
});

describe('no data', () => {
  it('an empty denominator with the rule "excluded": no rate, no points, and the group shrinks (not a 0)', () => {
    const card = scoreIndicators(full({ proceduresPublishedOnTime: r(0, 0) }));
    const x = row(card, '1.1');
    expect([x.rate, x.earned, x.lost, x.noData, x.appliedRule]).toEqual([null, null, null, true, 'excluded']);
    expect(group(card, 'transparency')).toEqual({ group: 'transparency', earned: 12, max: 12, fullMax: 18, lost: 0 });
    // 94 of the 94 points that count.
    expect(card.total).toBe(100);
  });

  it('the total is rescaled over the points that count: 82 of 94 = 87,23…, band "good"', () => {
    const card = scoreIndicators(full({ proceduresPublishedOnTime: r(0, 0), fullyOnlineDossiers: r(0, 100) }));
    expect(card.earned).toBe(82);
    expect(card.max).toBe(94);
    expect(card.total).toBeCloseTo((82 / 94) * 100, 10);
    expect(card.band).toBe('good');
  });

  it('no feedback received: 6.1 and 6.2 earn their full points under the rule "full-points"', () => {
    const card = scoreIndicators(full({ feedbackOnTime: r(0, 0), feedbackSatisfaction: r(0, 0) }));
    for (const id of ['6.1', '6.2']) {
      const x = row(card, id);
      expect([x.rate, x.earned, x.lost, x.noData, x.appliedRule]).toEqual([null, 6, 0, true, 'full-points']);
    }
    expect(group(card, 'satisfaction')?.earned).toBe(18);
  });

  it('nothing at all: no total and no band, never NaN', () => {
    const card = scoreIndicators(indicators({}));
    // Only the satisfaction rows (full points when empty) count: 18 of 18.
    expect(card.max).toBe(18);
    expect(card.total).toBe(100);
    const none: ScorecardTable = { ...rules766, rows: rules766.rows.map((x) => ({ ...x, noData: 'excluded' as const })) };
    const empty = scoreIndicators(indicators({}), none);
    expect(empty.total).toBeNull();
    expect(empty.band).toBeNull();
    expect(empty.groups.every((g) => g.earned === 0 && g.max === 0)).toBe(true);
  });
});

describe('progress (2.1) from the report columns', () => {
  it('(early + on time + pending within deadline) ÷ (resolved + pending); returned dossiers are in neither side', () => {
    const c = { ...emptyCounts(), resolvedEarly: 10, resolvedOnTime: 80, resolvedLate: 5, pendingOnTime: 3, pendingOverdue: 2 };
    expect(progressRatio(c)).toEqual({ numerator: 93, denominator: 100 });
    expect(progressRatio({ ...c, returned: 50, carriedOver: 40, receivedOnline: 7 })).toEqual({ numerator: 93, denominator: 100 });
    expect(row(scoreIndicators(full({ progress: progressRatio(c) })), '2.1').earned).toBeCloseTo(18.6, 10);
  });
});

describe('late dossiers count twice, as the portal scores them', () => {
  it('progress 50 % costs 10 points in 2.1 and 6 × (1 − 50 % ÷ 90 %) = 2,67 in 6.3: 87,33 in all', () => {
    const card = scoreIndicators(full({ progress: r(50, 100) }));
    expect(row(card, '2.1').lost).toBe(10);
    expect(row(card, '6.3').lost).toBeCloseTo(6 - 10 / 3, 10);
    expect(card.total).toBeCloseTo(100 - 10 - (6 - 10 / 3), 10);
  });
});

describe('satisfaction with dossier handling (6.3) = 100 % − (late rate + complaint rate)', () => {
  it('5 % late and 1 % complaints: 94 %', () => {
    expect(dossierSatisfaction(r(5, 100), r(2, 200))).toBeCloseTo(0.94, 12);
  });

  it('20 % late and 10 % complaints: 70 %, 70 % × 6 ÷ 90 % = 4,67 points; 20 of the late should have been on time', () => {
    const x = row(scoreIndicators(full({ progress: r(80, 100), complaintDossiers: r(10, 100) })), '6.3');
    expect(x.rate).toBeCloseTo(0.7, 12);
    expect(x.earned).toBeCloseTo(14 / 3, 10);
    expect(x.parts.map((p) => [p.role, p.numerator, p.denominator])).toEqual([
      ['late', 20, 100],
      ['complaints', 10, 100],
    ]);
    expect(x.numerator).toBeNull();
    expect(x.moreNeeded).toBe(20);
  });

  it('complaints of 15 % alone keep it under 90 %: no number of on-time dossiers is enough', () => {
    expect(howManyMoreOnTime(r(20, 100), r(15, 100), 0.9)).toBeNull();
    expect(howManyMoreOnTime(r(8, 100), r(1, 100), 0.9)).toBe(0);
    expect(howManyMoreOnTime(r(12, 100), r(1, 100), 0.9)).toBe(3);
  });

  it('never below 0; an empty side counts as 0 %; both empty is no data', () => {
    expect(dossierSatisfaction(r(80, 100), r(40, 100))).toBe(0);
    expect(dossierSatisfaction(r(5, 100), r(0, 0))).toBeCloseTo(0.95, 12);
    expect(dossierSatisfaction(r(0, 0), r(0, 0))).toBeNull();
  });
});

describe('howManyMore', () => {
  it('with the denominator fixed: 88 of 1,000 online needs 412 more for 50 %', () => {
    expect(howManyMore(88, 1000, 0.5, 'fixed')).toBe(412);
    expect(howManyMore(499, 1000, 0.5, 'fixed')).toBe(1);
    expect(howManyMore(500, 1000, 0.5, 'fixed')).toBe(0);
  });

  it('does not ask one too many for a floating-point product (57 % of 100)', () => {
    expect(howManyMore(50, 100, 0.57, 'fixed')).toBe(7);
  });

  it('growing with the numerator (new satisfied ratings): 88 of 1,000 needs 824 for 50 % (912 ÷ 1,824)', () => {
    expect(howManyMore(88, 1000, 0.5, 'growing')).toBe(824);
    expect(howManyMore(45, 50, 0.95, 'growing')).toBe(50); // 95 ÷ 100
    expect(howManyMore(45, 50, 1, 'growing')).toBeNull();
  });

  it('no data: null', () => {
    expect(howManyMore(0, 0, 0.5, 'fixed')).toBeNull();
  });

  it('6.2 uses the growing count (a rating once given cannot change)', () => {
    const x = row(scoreIndicators(full({ feedbackSatisfaction: r(45, 50) })), '6.2');
    expect(x.rule.growth).toBe('growing');
    expect(x.moreNeeded).toBeNull(); // T = 100 %: out of reach with new ratings alone
  });
});

describe('a swapped table', () => {
  const swapped: ScorecardTable = {
    ...rules766,
    rows: rules766.rows.map((x) =>
      x.id === '3.1' ? { ...x, points: 18 } : x.id === '1.4' ? { ...x, points: 0 } : x.id === '5.2' ? { ...x, threshold: 0.5 } : x,
    ),
  };

  it('changes the total as computed by hand: 3.1 at 50 % and 1.4 at 0 % give 88 by the 766 table, 91 by the swapped one', () => {
    const data = full({ fullyOnlineDossiers: r(50, 100), dossiersSynced: r(0, 100) });
    // 766: 100 − 6 (half of 12) − 6 = 88. Swapped (3.1 worth 18, 1.4 worth 0): 100 − 9 − 0 = 91.
    expect(scoreIndicators(data).total).toBe(88);
    expect(scoreIndicators(data, swapped).total).toBe(91);
    expect(group(scoreIndicators(data, swapped), 'onlineServices')).toEqual({ group: 'onlineServices', earned: 9, max: 18, fullMax: 18, lost: 9 });
  });

  it('a threshold change changes the points: 5.2 at 40 % earns 2 with T 80 %, 3,2 with T 50 %', () => {
    const data = full({ digitisedDossiers: r(40, 100) });
    expect(row(scoreIndicators(data), '5.2').earned).toBe(2);
    expect(row(scoreIndicators(data, swapped), '5.2').earned).toBeCloseTo(3.2, 10);
  });
});

describe('several units and the change', () => {
  it('adds numerators and denominators first (Σ÷Σ), not the units’ scores', () => {
    const a = { indicators: full({ progress: r(9, 10) }) };
    const b = { indicators: full({ progress: r(10, 990) }) };
    // Σ÷Σ = 19 ÷ 1,000 = 1,9 % → 0,38 of 20 points; the mean of the rates (45,5 %) would give 9,1.
    expect(row(scoreUnits([a, b]), '2.1').earned).toBeCloseTo(0.38, 10);
  });

  it('the change of the total against the previous period is in points; none without a previous total', () => {
    const now = scoreIndicators(full({ fullyOnlineDossiers: r(0, 100) })); // 88
    const before = scoreIndicators(full({ dossiersSynced: r(0, 100) })); // 94
    expect(totalChange(now, before)).toBe(-6);
    expect(totalChange(now, null)).toBeNull();
  });

  it('bands: 90 is excellent, 89,99 good, 0 weak, no total no band', () => {
    expect(bandOf(90, rules766.bands)).toBe('excellent');
    expect(bandOf(89.99, rules766.bands)).toBe('good');
    expect(bandOf(0, rules766.bands)).toBe('weak');
    expect(bandOf(null, rules766.bands)).toBeNull();
  });
});
