import type { ParIndexYear } from '../api/par-index';
import { formatNumber, type Locale } from './format';

/** One year's PAR INDEX with its change from the year before (null when that year is missing). */
export interface ParIndexChange {
  year: number;
  score: number;
  rank: number;
  outOf: number;
  /** Places gained: positive when the rank got better (a smaller number), e.g. 13 → 11 is +2. */
  rankChange: number | null;
  /** Points of score gained, e.g. 88,51 → 90,36 is +1.85 (rounded to hundredths). */
  scoreChange: number | null;
}

/** Year by year, oldest first, each against the calendar year before it. */
export function parIndexChanges(years: readonly ParIndexYear[]): ParIndexChange[] {
  const sorted = [...years].sort((a, b) => a.year - b.year);
  const byYear = new Map(sorted.map((y) => [y.year, y]));
  return sorted.map((y) => {
    const prev = byYear.get(y.year - 1);
    return {
      year: y.year,
      score: y.score,
      rank: y.rank,
      outOf: y.outOf,
      rankChange: prev ? prev.rank - y.rank : null,
      // Scores come in hundredths; round away the binary noise of the subtraction.
      scoreChange: prev ? Math.round((y.score - prev.score) * 100) / 100 : null,
    };
  });
}

/** The latest year at or before `year` (the index of a year is the one a period in it is judged by). */
export function parIndexFor(changes: readonly ParIndexChange[], year: number): ParIndexChange | null {
  let found: ParIndexChange | null = null;
  for (const c of changes) if (c.year <= year && (found === null || c.year > found.year)) found = c;
  return found;
}

/** A score as the index publishes it: "90,36" (two decimals). */
export const formatParScore = (score: number, locale: Locale = 'vi') => formatNumber(score, locale, 2);
