export { UnitPicker } from './unit-picker';
export type { UnitPickerProps } from './unit-picker';
export { unitName, useUnitLabel, useUnitValidity } from './unit-names';
