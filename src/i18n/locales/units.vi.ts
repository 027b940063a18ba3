/** Vietnamese strings of the 'units' namespace (t('units.…')). `units.en.ts` must have the same keys. */
export const unitsVi = {
  title: 'Đơn vị',
};
