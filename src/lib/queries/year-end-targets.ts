import { useMemo } from 'react';
import type { Meta } from '../../api/meta';
import type { Period } from '../../domain/period';
import { targetLines, targetYearPeriods, type TargetLine } from '../../domain/scorecard-766/targets';
import { useDigitalByMonth } from './digital';
import { useTargets } from './targets';

/**
 * The monthly sums a year-end projection needs, for one unit filter: the target year's months so far and
 * last year's twelve (each query disabled, on its own key, when the data does not cover it).
 */
export function useTargetYearSums(period: Period, unit: string, meta: Meta) {
  const { year, thisYear, lastYear } = targetYearPeriods(period, meta);
  const placeholder = { from: `${year}-01`, to: `${year}-01` };
  const current = useDigitalByMonth({ ...(thisYear ?? placeholder), unit, level: 'all' }, { enabled: thisYear !== null });
  const previous = useDigitalByMonth({ ...(lastYear ?? { from: `${year - 1}-01`, to: `${year - 1}-01` }), unit, level: 'all' }, { enabled: lastYear !== null });
  return { year, current, previous, thisYearPeriod: thisYear, lastYearPeriod: lastYear };
}

/**
 * The year's target lines (so far, projected to the year's end, labelled đạt / có nguy cơ / không đạt) for a
 * unit filter: the one computation behind Chuyển đổi số's Chỉ tiêu panel and the overview's digital card.
 * `lines` is null until the months and the targets are in (or when one of them failed); `pending` while one is on its way.
 */
export function useYearEndTargets(period: Period, unit: string, meta: Meta): { year: number; lines: TargetLine[] | null; pending: boolean } {
  const sums = useTargetYearSums(period, unit, meta);
  const targets = useTargets(sums.year);
  const thisYear = sums.current.data;
  const lastYear = sums.lastYearPeriod ? sums.previous.data : undefined;
  const waitingForLastYear = sums.lastYearPeriod !== null && lastYear === undefined;
  const lines = useMemo(
    () =>
      thisYear && targets.data && !waitingForLastYear
        ? targetLines(
            thisYear.rows.map((r) => r.indicators),
            lastYear ? lastYear.rows.map((r) => r.indicators) : null,
            targets.data.values,
          )
        : null,
    [thisYear, lastYear, targets.data, waitingForLastYear],
  );
  const pending =
    targets.isPending || (sums.thisYearPeriod !== null && sums.current.isPending) || (sums.lastYearPeriod !== null && sums.previous.isPending);
  return { year: sums.year, lines, pending };
}
