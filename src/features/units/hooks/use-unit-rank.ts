import type { Unit } from '../../../api/units';
import { onTimeRate } from '../../../domain/dossier-measures';
import type { Period } from '../../../domain/period';
import { rankBy } from '../../../domain/ranking';
import type { Rate } from '../../../domain/rate';
import { useDossiersByUnit } from '../../../lib/queries/dossiers';

export interface UnitRank {
  /** null: the unit resolved nothing in the period (no rate, so no rank). */
  rank: number | null;
  /** Communes and towns ranked (those with a rate in the period). */
  of: number;
  value: Rate;
}

/**
 * The unit's place among the communes and towns on the on-time rate (the same GET /dossiers/by-unit
 * the list uses, so going list → page costs nothing). Ties share a rank; the district level is not ranked.
 */
export function useUnitRank(unitId: string, units: readonly Unit[], period: Period, enabled: boolean) {
  const query = useDossiersByUnit({ ...period, unit: 'all', level: 'all' }, { enabled });
  let rank: UnitRank | null = null;
  if (query.data) {
    const communes = query.data.rows.filter((r) => units.find((u) => u.id === r.unitId)?.level === 'commune');
    const ranked = rankBy(communes, onTimeRate);
    const mine = ranked.find((r) => r.item.unitId === unitId);
    if (mine) rank = { rank: mine.rank, of: ranked.filter((r) => r.rank !== null).length, value: mine.value };
  }
  return { query, rank };
}
