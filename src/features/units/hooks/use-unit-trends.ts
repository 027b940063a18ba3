import { useQueries, type UseQueryResult } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import type { DossiersByUnit } from '../../../api/dossiers';
import { onTimeRate, sumCounts } from '../../../domain/dossier-measures';
import type { Period } from '../../../domain/period';
import type { Rate } from '../../../domain/rate';
import { trendBuckets, type TrendBucket } from '../../../domain/trend-buckets';
import { dossierQueries } from '../../../lib/queries/dossiers';

export type UnitTrends =
  | { status: 'loading'; buckets: TrendBucket[] }
  | { status: 'error'; buckets: TrendBucket[]; error: unknown; retry: () => void }
  | {
      status: 'ready';
      buckets: TrendBucket[];
      /** On-time rate per bucket, unit by unit (null where the unit resolved nothing or did not exist). */
      byUnit: Map<string, Rate[]>;
      /** The chosen units' counts added up per bucket, then the rate (Σ÷Σ): the totals row's line. */
      total: (unitIds: readonly string[]) => Rate[];
    };

/**
 * The small trend lines of the unit list: one GET /dossiers/by-unit per point (month, quarter or year,
 * at most about a dozen) answers for every unit at once, so the number of requests does not grow with
 * the number of units, and sorting or searching the list fetches nothing.
 */
export function useUnitTrends(period: Period, enabled: boolean): UnitTrends {
  const buckets = useMemo(() => trendBuckets(period), [period]);

  const combine = useCallback(
    (results: UseQueryResult<DossiersByUnit>[]): UnitTrends => {
      const failed = results.filter((r) => r.isError);
      if (failed.length > 0) {
        return {
          status: 'error',
          buckets,
          error: failed[0]?.error,
          retry: () => failed.forEach((r) => void r.refetch()),
        };
      }
      const answers = results.map((r) => r.data);
      if (!answers.every((a): a is DossiersByUnit => a !== undefined)) return { status: 'loading', buckets };
      const byUnit = new Map<string, Rate[]>();
      answers.forEach((answer, i) => {
        for (const row of answer.rows) {
          let series = byUnit.get(row.unitId);
          if (!series) {
            series = buckets.map(() => null);
            byUnit.set(row.unitId, series);
          }
          series[i] = onTimeRate(row);
        }
      });
      const total = (unitIds: readonly string[]) => {
        const keep = new Set(unitIds);
        return answers.map((answer) => onTimeRate(sumCounts(answer.rows.filter((r) => keep.has(r.unitId)))));
      };
      return { status: 'ready', buckets, byUnit, total };
    },
    [buckets],
  );

  return useQueries({
    queries: buckets.map((b) => ({
      ...dossierQueries.byUnit({ from: b.from, to: b.to, unit: 'all', level: 'all' }),
      enabled,
    })),
    combine,
  });
}
