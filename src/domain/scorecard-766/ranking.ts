import type { DigitalIndicators, RankingRow } from '../../api/digital';
import { scorecardGroupIds, type ScorecardGroupId } from './rules';
import { scoreIndicators } from './score';

type By = 'total' | ScorecardGroupId;

interface Scored extends Omit<RankingRow, 'rank'> {
  key: number | null;
}

/**
 * Ranks units by their 766 score (the same scoring the screen uses): by the total, or by one group's
 * earned ÷ max. Units without a score go last; ties keep the id order so pages are stable.
 */
export function rankUnits(rows: readonly { unitId: string; indicators: DigitalIndicators }[], by: By): RankingRow[] {
  const scored: Scored[] = rows.map(({ unitId, indicators }) => {
    const card = scoreIndicators(indicators);
    const groups = Object.fromEntries(
      scorecardGroupIds.map((g) => {
        const s = card.groups.find((x) => x.group === g);
        return [g, { earned: s?.earned ?? 0, max: s?.max ?? 0 }];
      }),
    ) as RankingRow['groups'];
    const key = by === 'total' ? card.total : groups[by].max > 0 ? groups[by].earned / groups[by].max : null;
    return { unitId, total: card.total, groups, key };
  });
  scored.sort((a, b) => {
    if (a.key === null || b.key === null) return a.key === b.key ? a.unitId.localeCompare(b.unitId) : a.key === null ? 1 : -1;
    return b.key - a.key || a.unitId.localeCompare(b.unitId);
  });
  return scored.map(({ key: _key, ...r }, i) => ({ rank: i + 1, ...r }));
}

/** The unit and up to `n` neighbours on each side; null when it is not ranked. */
export function aroundUnit(ranked: readonly RankingRow[], unitId: string, n = 5): RankingRow[] | null {
  const i = ranked.findIndex((r) => r.unitId === unitId);
  if (i < 0) return null;
  return ranked.slice(Math.max(0, i - n), i + n + 1);
}
