import { useCallback, useMemo } from 'react';
import { useScopeLabels } from '../../../components/unit-picker';
import { useTranslation } from 'react-i18next';
import type { Meta } from '../../../api/meta';
import type { Unit } from '../../../api/units';
import type { TrendBucket } from '../../../domain/trend-buckets';
import { formatMonthShort, unitName, useLocale } from '../../../i18n';

/** A unit's name as a row or heading shows it: the district's own one-stop office, or "Xã Thư Phú". */
export function useRowLabel(meta: Meta, units: readonly Unit[]) {
  const scope = useScopeLabels(meta);
  const byId = useMemo(() => new Map(units.map((u) => [u.id, u])), [units]);
  return useCallback(
    (id: string): string => {
      if (id === meta.rootUnitId) return scope.root;
      const unit = byId.get(id);
      return unit ? unitName(unit) : id;
    },
    [scope, meta.rootUnitId, byId],
  );
}

/** The name inside a sentence: "xã Chương Dương", "thị trấn Thường Tín". */
export function useNameInSentence(units: readonly Unit[]) {
  return useCallback(
    (id: string): string => {
      const unit = units.find((u) => u.id === id);
      if (!unit) return id;
      const name = unitName(unit);
      return unit.kind === 'district' ? unit.name : name.charAt(0).toLowerCase() + name.slice(1);
    },
    [units],
  );
}

/** "xã Vạn Điểm và xã Thống Nhất", "a, b và c". */
export function useJoinList() {
  const { t } = useTranslation();
  return useCallback(
    (items: readonly string[]): string => {
      if (items.length <= 1) return items[0] ?? '';
      return `${items.slice(0, -1).join(', ')} ${t('units.and')} ${items[items.length - 1]}`;
    },
    [t],
  );
}

/** A sparkline point's name: "T3/2022", "Quý I/2022", "2022". */
export function useBucketLabel() {
  const { t } = useTranslation();
  const locale = useLocale();
  return useCallback(
    (b: TrendBucket): string => {
      if (b.kind === 'month') return formatMonthShort(b.from, locale);
      if (b.kind === 'year') return b.from.slice(0, 4);
      const q = Math.ceil(Number(b.from.slice(5, 7)) / 3);
      return t('units.quarter', { quarter: locale === 'vi' ? ['I', 'II', 'III', 'IV'][q - 1] : q, year: b.from.slice(0, 4) });
    },
    [t, locale],
  );
}
