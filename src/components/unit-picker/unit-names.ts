import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Meta } from '../../api/meta';
import type { Unit } from '../../api/units';
import { formatDate } from '../../domain/format';
import { unitName } from '../../domain/unit-name';

export { unitName };

/** Names for the unit filter: `all`, the overseeing body's own one-stop office, or a unit. */
export function useUnitLabel(meta: Meta, units: readonly Unit[]) {
  const { t } = useTranslation();
  return useCallback(
    (id: string): string => {
      if (id === 'all') return t('filters.allUnits');
      if (id === meta.rootUnitId) return t('filters.rootUnit');
      const unit = units.find((u) => u.id === id);
      return unit ? unitName(unit) : id;
    },
    [t, meta.rootUnitId, units],
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
