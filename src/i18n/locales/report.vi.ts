/** Strings of the period's printed report (Báo cáo), laid out as a Decree 30/2020/NĐ-CP document. */
export const reportVi = {
  title: 'Báo cáo',
};
