import { describe, expect, it } from 'vitest';
import type { Ratio } from '../../src/api/common';
import { digitalIndicatorKeys, type DigitalIndicators } from '../../src/api/digital';
import { projectYearEnd, rules766, targetLabel, targetLines } from '../../src/domain/scorecard-766';

const r = (numerator: number, denominator: number): Ratio => ({ numerator, denominator });
const months = (n: number, numerator: number, denominator: number) => Array.from({ length: n }, () => r(numerator, denominator));

// Last year: 100 dossiers a month; 10 a month online in January–June, 30 in July–December (240 in all).
const lastYear = [...months(6, 10, 100), ...months(6, 30, 100)];
// This year so far, January–June: 20 of 100 a month (20 %).
const thisYear = months(6, 20, 100);

describe('projectYearEnd', () => {
  it('by the same months’ share of last year: 120 ÷ 25 % = 480 online of 600 ÷ 50 % = 1,200 dossiers → 40 %', () => {
    const p = projectYearEnd(thisYear, lastYear);
    expect(p).toEqual({ soFar: 0.2, projected: 0.4, numerator: 480, denominator: 1200, method: 'last-year-share', monthsSoFar: 6 });
  });

  it('without last year: linear, the months-so-far pace (240 of 1,200, the rate so far)', () => {
    const p = projectYearEnd(thisYear, null);
    expect(p).toEqual({ soFar: 0.2, projected: 0.2, numerator: 240, denominator: 1200, method: 'linear', monthsSoFar: 6 });
  });

  it('linear too when last year had nothing in those months (its share would be 0)', () => {
    expect(projectYearEnd(thisYear, [...months(6, 0, 100), ...months(6, 30, 100)]).method).toBe('linear');
  });

  it('a complete year is its own rate', () => {
    const p = projectYearEnd(months(12, 30, 100), lastYear);
    expect([p.projected, p.method]).toEqual([0.3, 'complete']);
  });

  it('never above 100 %', () => {
    const p = projectYearEnd(months(6, 90, 100), [...months(6, 10, 100), ...months(6, 90, 100)]);
    expect(p.projected).toBe(1);
  });

  it('no data so far: no projection', () => {
    expect(projectYearEnd(months(3, 0, 0), lastYear).projected).toBeNull();
  });
});

describe('targetLabel', () => {
  const p = projectYearEnd(thisYear, lastYear); // 40 %
  const margin = rules766.atRiskMargin; // 5 points
  it('met when the projection reaches the target', () => {
    expect(targetLabel(p, 0.4, margin)).toBe('met');
  });
  it('at risk when it falls short by less than 5 points while months remain', () => {
    expect(targetLabel(p, 0.42, margin)).toBe('at-risk');
  });
  it('missed when it falls short by 5 points or more', () => {
    expect(targetLabel(p, 0.45, margin)).toBe('missed');
  });
  it('a complete year that fell short by 1 point is missed, not at risk', () => {
    expect(targetLabel(projectYearEnd(months(12, 39, 100), null), 0.4, margin)).toBe('missed');
  });
  it('no projection or no target: no label', () => {
    expect(targetLabel(projectYearEnd([], null), 0.4, margin)).toBeNull();
    expect(targetLabel(p, null, margin)).toBeNull();
  });
});

describe('targetLines', () => {
  it('projects each of the six target indicators and labels it against its target', () => {
    const month = (online: Ratio) => ({ ...Object.fromEntries(digitalIndicatorKeys.map((k) => [k, r(0, 0)])), onlineDossiers: online }) as DigitalIndicators;
    const lines = targetLines(thisYear.map(month), lastYear.map(month), {
      onTimeRate: 0.98,
      onlineShare: 0.42,
      fullyOnlineShare: 0.3,
      digitisedShare: 0.8,
      electronicResultShare: 0.9,
      onlinePaymentShare: 0.4,
      feedbackOnTimeRate: 1,
      parIndexRank: 5,
    });
    expect(lines.map((l) => l.key)).toEqual(['onlineDossiers', 'fullyOnlineDossiers', 'digitisedDossiers', 'electronicResults', 'dossiersPaidOnline', 'feedbackOnTime']);
    const online = lines[0]!;
    expect([online.projection.projected, online.projection.method, online.target, online.label]).toEqual([0.4, 'last-year-share', 0.42, 'at-risk']);
    // No data for the others: no label rather than a wrong one.
    expect(lines[1]!.label).toBeNull();
  });
});
