/** Vietnamese strings of the 'charts' namespace (t('charts.…')). `charts.en.ts` must have the same keys. */
export const chartsVi = {
  title: 'Biểu đồ',
};
