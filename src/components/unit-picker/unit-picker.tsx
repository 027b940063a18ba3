import { Select, type ComboboxItem, type ComboboxItemGroup, type OptionsFilter } from '@mantine/core';
import { IconBuildingCommunity } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Meta } from '../../api/meta';
import type { Unit } from '../../api/units';
import { unitName, useUnitValidity } from './unit-names';
import { foldVietnamese } from '../../domain/text';

export interface UnitPickerProps {
  value: string;
  meta: Meta;
  units: readonly Unit[];
  onChange: (unitId: string) => void;
  /** Default: narrower on small screens. */
  width?: number | string | Record<string, number | string>;
}

const filterUnits: OptionsFilter = ({ options, search }) => {
  const q = foldVietnamese(search);
  if (!q) return options;
  const keep = (item: ComboboxItem) => foldVietnamese(item.label).includes(q);
  return options
    .map((o) => ('group' in o ? { ...o, items: o.items.filter(keep) } : o))
    .filter((o) => ('group' in o ? o.items.length > 0 : keep(o)));
};

/** Toàn huyện, the district one-stop office, then every commune and town, merged ones with their dates. */
export function UnitPicker({ value, meta, units, onChange, width = { base: 200, md: 240, lg: 300 } }: UnitPickerProps) {
  const { t } = useTranslation();
  const validity = useUnitValidity(meta);

  const data = useMemo(() => {
    const communes = units
      .filter((u) => u.level === 'commune')
      .sort((a, b) => a.name.localeCompare(b.name, 'vi'))
      .map((u) => {
        const v = validity(u);
        return { value: u.id, label: v ? `${unitName(u)} (${v})` : unitName(u) };
      });
    const top: ComboboxItem[] = [
      { value: 'all', label: t('filters.allUnits') },
      { value: meta.rootUnitId, label: t('filters.rootUnit') },
    ];
    const group: ComboboxItemGroup<ComboboxItem> = { group: t('filters.communes'), items: communes };
    return [...top, group];
  }, [units, meta.rootUnitId, t, validity]);

  return (
    <Select
      aria-label={t('filters.unit')}
      placeholder={t('filters.unitSearch')}
      data={data}
      value={value}
      onChange={(v) => v && onChange(v)}
      searchable
      allowDeselect={false}
      filter={filterUnits}
      nothingFoundMessage={t('filters.noUnitFound')}
      leftSection={<IconBuildingCommunity size={18} aria-hidden />}
      maxDropdownHeight={360}
      comboboxProps={{ width: 320, position: 'bottom-start' }}
      w={width}
    />
  );
}
