import type { Unit } from '../api/units';

/** "Xã Thư Phú", "Thị trấn Thường Tín": the kind word stays Vietnamese in both languages (a domain word). */
export function unitName(unit: Pick<Unit, 'kind' | 'name'>): string {
  const word = unit.kind === 'town' ? 'Thị trấn' : unit.kind === 'commune' ? 'Xã' : 'Huyện';
  return `${word} ${unit.name}`;
}
