export { PeriodPicker } from './period-picker';
export type { PeriodPickerProps } from './period-picker';
