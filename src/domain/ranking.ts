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

export interface RankingWindowOptions<T> {
  /** How many of the last (lowest-ranked) items to show. */
  lowest: number;
  /** How many of the first (highest-ranked) items to show. */
  highest: number;
  /** Up to this many items, all are shown and nothing is cut. */
  showAllUpTo: number;
  /** Items always shown wherever they fall (the chosen unit). */
  keep?: (item: T) => boolean;
}

/** One row of a cut ranking: an item at its position in the whole ranking (0-based), or a break hiding a run of items. */
export type RankingWindowEntry<T> =
  | { kind: 'item'; item: T; position: number }
  /** Positions `from`…`to` (0-based, inclusive) are left out: `hidden` items. */
  | { kind: 'gap'; hidden: number; from: number; to: number };

export interface RankingWindow<T> {
  entries: RankingWindowEntry<T>[];
  /** Items shown. */
  shown: number;
  /** Items left out (in the gaps). */
  hidden: number;
  /** Whether anything was left out. */
  cut: boolean;
}

/**
 * The rows of a ranking that fit a chart: every item when there are at most `showAllUpTo`; otherwise
 * the `highest` first, the `lowest` last and any item to `keep`, in the ranking's order, with a gap
 * entry for each run of items left out. `ranked` is in rank order, best first.
 */
export function rankingWindow<T>(ranked: readonly T[], options: RankingWindowOptions<T>): RankingWindow<T> {
  const n = ranked.length;
  const { lowest, highest, showAllUpTo, keep } = options;
  const showAll = n <= showAllUpTo;
  const entries: RankingWindowEntry<T>[] = [];
  let hidden = 0;
  let gapFrom = -1;
  const closeGap = (to: number) => {
    if (gapFrom < 0) return;
    entries.push({ kind: 'gap', hidden: to - gapFrom + 1, from: gapFrom, to });
    hidden += to - gapFrom + 1;
    gapFrom = -1;
  };
  ranked.forEach((item, position) => {
    const visible = showAll || position < highest || position >= n - lowest || (keep?.(item) ?? false);
    if (visible) {
      closeGap(position - 1);
      entries.push({ kind: 'item', item, position });
    } else if (gapFrom < 0) {
      gapFrom = position;
    }
  });
  closeGap(n - 1);
  return { entries, shown: n - hidden, hidden, cut: hidden > 0 };
}

/** How many rows `rankingWindow` gives for `count` items before the kept ones are known (for a loading placeholder's height). */
export function rankingWindowRows(count: number, options: Pick<RankingWindowOptions<unknown>, 'lowest' | 'highest' | 'showAllUpTo'>): number {
  const { lowest, highest, showAllUpTo } = options;
  return count <= showAllUpTo || lowest + highest >= count ? count : lowest + highest + 1;
}
