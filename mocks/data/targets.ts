import type { Targets } from '../../src/api/targets';

/**
 * The district's yearly targets. The first two years came from paper plans (no edit recorded); later
 * ones were entered by the secretariat in December of the year before.
 */
const rows: [number, number, number, number, number, number, number, number, number][] = [
  // year, onTime, online, fullyOnline, digitised, eResult, onlinePay, feedbackOnTime, parRank
  [2020, 0.95, 0.05, 0.05, 0.1, 0.1, 0.05, 0.9, 12],
  [2021, 0.96, 0.1, 0.1, 0.3, 0.3, 0.1, 0.9, 11],
  [2022, 0.97, 0.2, 0.2, 0.5, 0.5, 0.2, 0.95, 11],
  [2023, 0.97, 0.35, 0.3, 0.7, 0.7, 0.3, 0.95, 9],
  [2024, 0.98, 0.5, 0.4, 0.8, 0.8, 0.4, 0.98, 8],
  [2025, 0.98, 0.6, 0.5, 0.9, 0.9, 0.5, 0.98, 7],
];

export const seedTargets: Targets[] = rows.map(([year, onTimeRate, onlineShare, fullyOnlineShare, digitisedShare, electronicResultShare, onlinePaymentShare, feedbackOnTimeRate, parIndexRank]) => ({
  year,
  version: 1,
  values: { onTimeRate, onlineShare, fullyOnlineShare, digitisedShare, electronicResultShare, onlinePaymentShare, feedbackOnTimeRate, parIndexRank },
  updatedAt: year <= 2021 ? null : `${year - 1}-12-22T15:30:00+07:00`,
  updatedBy: year <= 2021 ? null : 'u-vanphong',
}));
