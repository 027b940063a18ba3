import { describe, expect, it } from 'vitest';
import { digitalIndicatorKeys, type DigitalIndicators } from '../../src/api/digital';
import type { TargetValues } from '../../src/api/targets';
import { digitalIndicatorLines, sumDigitalIndicators } from '../../src/domain/digital-indicators';

/** Indicators that are all 0 ÷ 0 but for the given ones. */
function indicators(some: Partial<DigitalIndicators>): DigitalIndicators {
  const all = Object.fromEntries(digitalIndicatorKeys.map((k) => [k, { numerator: 0, denominator: 0 }])) as DigitalIndicators;
  return { ...all, ...some };
}

const targets: TargetValues = {
  onTimeRate: 0.97,
  onlineShare: 0.5,
  fullyOnlineShare: 0.3,
  digitisedShare: 0.8,
  electronicResultShare: 0.9,
  onlinePaymentShare: 0.4,
  feedbackOnTimeRate: 1,
  parIndexRank: 10,
};

describe('sumDigitalIndicators', () => {
  it('adds numerators and denominators key by key, so the rate is Σ÷Σ and not the average of rates', () => {
    const small = indicators({ onlineDossiers: { numerator: 9, denominator: 10 } }); // 90 %
    const large = indicators({ onlineDossiers: { numerator: 100, denominator: 990 } }); // about 10 %
    const sum = sumDigitalIndicators([{ indicators: small }, { indicators: large }]);
    expect(sum.onlineDossiers).toEqual({ numerator: 109, denominator: 1000 });
    const online = digitalIndicatorLines(sum, targets).find((l) => l.key === 'onlineDossiers');
    // Σ÷Σ = 10,9 %; the average of the two rates would be 50,05 % and pass the 50 % target.
    expect(online?.rate).toBe(0.109);
    expect(online?.verdict).toBe('below');
  });

  it('gives 0 ÷ 0 for every key when there are no rows', () => {
    const sum = sumDigitalIndicators([]);
    expect(Object.keys(sum)).toHaveLength(digitalIndicatorKeys.length);
    expect(sum.electronicResults).toEqual({ numerator: 0, denominator: 0 });
  });
});

describe('digitalIndicatorLines', () => {
  it('lists the five main indicators in order, each against its own target', () => {
    const sum = indicators({
      onlineDossiers: { numerator: 50, denominator: 100 }, // exactly the target: met
      fullyOnlineDossiers: { numerator: 29, denominator: 100 }, // under 30 %: below
      digitisedDossiers: { numerator: 0, denominator: 0 }, // no data
      electronicResults: { numerator: 95, denominator: 100 },
      dossiersPaidOnline: { numerator: 1, denominator: 4 },
    });
    expect(digitalIndicatorLines(sum, targets)).toEqual([
      { key: 'onlineDossiers', numerator: 50, denominator: 100, rate: 0.5, target: 0.5, verdict: 'met' },
      { key: 'fullyOnlineDossiers', numerator: 29, denominator: 100, rate: 0.29, target: 0.3, verdict: 'below' },
      { key: 'digitisedDossiers', numerator: 0, denominator: 0, rate: null, target: 0.8, verdict: 'no-data' },
      { key: 'electronicResults', numerator: 95, denominator: 100, rate: 0.95, target: 0.9, verdict: 'met' },
      { key: 'dossiersPaidOnline', numerator: 1, denominator: 4, rate: 0.25, target: 0.4, verdict: 'below' },
    ]);
  });

  it('says "no target" when the targets are unknown', () => {
    const lines = digitalIndicatorLines(indicators({ onlineDossiers: { numerator: 1, denominator: 2 } }), null);
    expect(lines[0]).toMatchObject({ rate: 0.5, target: null, verdict: 'no-target' });
  });
});
