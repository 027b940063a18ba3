import { describe, expect, it } from 'vitest';
import type { ParIndexYear } from '../../src/api/par-index';
import { formatParScore, parIndexChanges, parIndexFor } from '../../src/domain/par-index';
import { formatRankChange, formatScoreChange } from '../../src/i18n';
import { getDataset } from '../../mocks/data';

const year = (y: number, score: number, rank: number): ParIndexYear => ({ year: y, score, rank, outOf: 30, components: [] });

describe('parIndexChanges', () => {
  it('compares each year with the calendar year before, better rank = places gained', () => {
    const changes = parIndexChanges([year(2022, 90.36, 11), year(2021, 88.51, 13), year(2024, 91.73, 7)]);
    expect(changes.map((c) => [c.year, c.rankChange, c.scoreChange])).toEqual([
      [2021, null, null],
      [2022, 2, 1.85],
      // 2023 is missing: no change against it.
      [2024, null, null],
    ]);
  });

  it('holds the article in the seeded data: 2022 ranks 2 places better than 2021', () => {
    const changes = parIndexChanges(getDataset('thuong-tin').parIndex);
    const y2022 = changes.find((c) => c.year === 2022);
    expect(y2022?.rankChange).toBe(2);
    expect(formatRankChange(y2022!.rankChange)).toBe('↑2 bậc');
  });

  it('picks the latest year at or before a period’s year', () => {
    const changes = parIndexChanges([year(2023, 91.18, 9), year(2024, 91.73, 7)]);
    expect(parIndexFor(changes, 2025)?.year).toBe(2024);
    expect(parIndexFor(changes, 2023)?.year).toBe(2023);
    expect(parIndexFor(changes, 2022)).toBeNull();
  });
});

describe('PAR change labels', () => {
  it('labels rank changes in places', () => {
    expect(formatRankChange(2)).toBe('↑2 bậc');
    expect(formatRankChange(-1)).toBe('↓1 bậc');
    expect(formatRankChange(0)).toBe('giữ nguyên thứ hạng');
    expect(formatRankChange(null)).toBe('—');
    expect(formatRankChange(1, 'en')).toBe('↑1 place');
    expect(formatRankChange(-3, 'en')).toBe('↓3 places');
  });

  it('labels score changes in points with two decimals and a sign that follows the shown value', () => {
    expect(formatScoreChange(1.25)).toBe('+1,25 điểm');
    expect(formatScoreChange(-0.4)).toBe('−0,40 điểm');
    expect(formatScoreChange(0.004)).toBe('±0,00 điểm');
    expect(formatScoreChange(null)).toBe('—');
    expect(formatScoreChange(1.25, 'en')).toBe('+1.25 points');
    expect(formatParScore(90.36)).toBe('90,36');
  });
});
