export { UnitPicker } from './unit-picker';
export type { UnitPickerProps } from './unit-picker';
export { unitName, useScopeLabels, useUnitLabel, useUnitValidity, type ScopeLabels } from './unit-names';
