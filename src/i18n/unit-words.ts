import { i18n } from './instance';

/** What a unit's name is built from (a `Unit` of src/api/units.ts fits). */
export interface UnitNameParts {
  kind: 'district' | 'town' | 'commune';
  name: string;
}

/**
 * "Xã Thư Phú", "Thị trấn Thường Tín": a unit's name as a heading or a list shows it. The kind word is
 * part of the name and stays Vietnamese in both languages (words.unitName).
 */
export function unitName(unit: UnitNameParts): string {
  return i18n.t(`words.unitName.${unit.kind}`, { name: unit.name });
}
