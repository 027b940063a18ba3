import { Select, type ComboboxItem, type ComboboxItemGroup, type OptionsFilter } from '@mantine/core';
import { IconBuildingCommunity } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Meta } from '../../api/meta';
import type { Unit } from '../../api/units';
import { unitName, useScopeLabels, useUnitValidity } from './unit-names';
import { formatNumber } from '../../domain/format';
import { foldVietnamese } from '../../domain/text';
import { useLocale } from '../../i18n';

export interface UnitPickerProps {
  value: string;
  meta: Meta;
  units: readonly Unit[];
  onChange: (unitId: string) => void;
  /** Default: narrower on small screens. */
  width?: number | string | Record<string, number | string>;
}

/** At most this many communes are drawn at once: the national dataset has 3,321, and the user types to narrow. */
export const PICKER_LIMIT = 100;
const MORE = '__more__';

/**
 * Matches without diacritics ("thu phu" finds Thư Phú) and draws at most PICKER_LIMIT communes, with a
 * disabled last line saying how many more there are to find by typing.
 */
function unitFilter(moreLabel: (count: number) => string): OptionsFilter {
  const folded = new Map<string, string>();
  const fold = (label: string) => {
    let f = folded.get(label);
    if (f === undefined) folded.set(label, (f = foldVietnamese(label)));
    return f;
  };
  return ({ options, search }) => {
    const q = foldVietnamese(search);
    const keep = (item: ComboboxItem) => !q || fold(item.label).includes(q);
    const result: ReturnType<OptionsFilter> = [];
    for (const o of options) {
      if (!('group' in o)) {
        if (keep(o)) result.push(o);
        continue;
      }
      const items = o.items.filter(keep);
      if (items.length === 0) continue;
      const shown = items.slice(0, PICKER_LIMIT);
      if (items.length > PICKER_LIMIT) shown.push({ value: MORE, label: moreLabel(items.length - PICKER_LIMIT), disabled: true });
      result.push({ ...o, items: shown });
    }
    return result;
  };
}

/** Toàn huyện, the district one-stop office, then every commune and town, merged ones with their dates. */
export function UnitPicker({ value, meta, units, onChange, width = { base: 200, md: 240, lg: 300 } }: UnitPickerProps) {
  const { t } = useTranslation();
  const validity = useUnitValidity(meta);
  const scope = useScopeLabels(meta);
  const locale = useLocale();
  const filter = useMemo(() => unitFilter((count) => t('filters.moreUnits', { count: formatNumber(count, locale) })), [t, locale]);

  const data = useMemo(() => {
    const communes = units
      .filter((u) => u.level === 'commune')
      .sort((a, b) => a.name.localeCompare(b.name, 'vi'))
      .map((u) => {
        const v = validity(u);
        return { value: u.id, label: v ? `${unitName(u)} (${v})` : unitName(u) };
      });
    const top: ComboboxItem[] = [
      { value: 'all', label: scope.all },
      { value: meta.rootUnitId, label: scope.root },
    ];
    const group: ComboboxItemGroup<ComboboxItem> = { group: scope.communes, items: communes };
    return [...top, group];
  }, [units, meta.rootUnitId, scope, validity]);

  return (
    <Select
      aria-label={t('filters.unit')}
      placeholder={t('filters.unitSearch')}
      data={data}
      value={value}
      onChange={(v) => v && v !== MORE && onChange(v)}
      searchable
      allowDeselect={false}
      filter={filter}
      nothingFoundMessage={t('filters.noUnitFound')}
      leftSection={<IconBuildingCommunity size={18} aria-hidden />}
      maxDropdownHeight={360}
      comboboxProps={{ width: 320, position: 'bottom-start' }}
      w={width}
    />
  );
}
