import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Meta } from '../../api/meta';
import type { Unit } from '../../api/units';
import { formatDate } from '../../domain/format';
import { scopeContext, unitName } from '../../i18n';

export { unitName };

export interface ScopeLabels {
  /** "Toàn huyện" (or "Toàn quốc" on the national dataset): every unit together. */
  all: string;
  /** The overseeing body's own one-stop office. */
  root: string;
  /** The heading over the communes in the picker. */
  communes: string;
}

/** The words for the filter's scope, which depend on what the backend oversees (a district, or the country). */
export function useScopeLabels(meta: Pick<Meta, 'dataset'>): ScopeLabels {
  const { t } = useTranslation();
  const context = scopeContext(meta.dataset);
  return useMemo(
    () => ({
      all: t('filters.allUnits', { context }),
      root: t('filters.rootUnit', { context }),
      communes: t('filters.communes', { context }),
    }),
    [t, context],
  );
}

/** Names for the unit filter: `all`, the overseeing body's own one-stop office, or a unit. */
export function useUnitLabel(meta: Meta, units: readonly Unit[]) {
  const scope = useScopeLabels(meta);
  const byId = useMemo(() => new Map(units.map((u) => [u.id, u])), [units]);
  return useCallback(
    (id: string): string => {
      if (id === 'all') return scope.all;
      if (id === meta.rootUnitId) return scope.root;
      const unit = byId.get(id);
      return unit ? unitName(unit) : id;
    },
    [scope, meta.rootUnitId, byId],
  );
}

/** "đến 31/12/2024" for a merged unit, "từ 01/01/2025" for a new one, null for one that always existed. */
export function useUnitValidity(meta: Meta) {
  const { t } = useTranslation();
  return useCallback(
    (unit: Unit): string | null => {
      if (unit.validTo) return t('filters.validTo', { date: formatDate(unit.validTo) });
      if (unit.validFrom > `${meta.coverage.from}-01`) return t('filters.validFrom', { date: formatDate(unit.validFrom) });
      return null;
    },
    [t, meta.coverage.from],
  );
}
