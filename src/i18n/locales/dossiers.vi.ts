/** Vietnamese strings of the 'dossiers' namespace (t('dossiers.…')). `dossiers.en.ts` must have the same keys. */
export const dossiersVi = {
  title: 'Hồ sơ TTHC',
};
