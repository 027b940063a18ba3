import type { Rate } from './rate';

export interface Ranked<T> {
  item: T;
  value: Rate;
  /** 1 = best; units with equal values share a rank (1, 2, 2, 4); null for no data. */
  rank: number | null;
}

/**
 * Ranks items on a measure, best first; items with no data come last, unranked.
 * Ties keep their input order and share the rank.
 */
export function rankBy<T>(
  items: readonly T[],
  value: (item: T) => Rate,
  polarity: 'higher-is-better' | 'lower-is-better' = 'higher-is-better',
): Ranked<T>[] {
  const withValue = items.map((item, i) => ({ item, value: value(item), i }));
  const sign = polarity === 'higher-is-better' ? -1 : 1;
  const ranked = withValue
    .filter((r): r is { item: T; value: number; i: number } => r.value !== null)
    .sort((a, b) => sign * (a.value - b.value) || a.i - b.i);
  const out: Ranked<T>[] = [];
  ranked.forEach((r, idx) => {
    const prev = out[idx - 1];
    const rank = prev && prev.value === r.value ? prev.rank : idx + 1;
    out.push({ item: r.item, value: r.value, rank });
  });
  for (const r of withValue) if (r.value === null) out.push({ item: r.item, value: null, rank: null });
  return out;
}

/** Whether a rate falls short of its target; no data or no target is not a shortfall. */
export function belowTarget(value: Rate, target: number | null | undefined): boolean {
  return value !== null && target !== null && target !== undefined && value < target;
}
