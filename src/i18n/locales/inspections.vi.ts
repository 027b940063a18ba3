/** Vietnamese strings of the 'inspections' namespace. */
export const inspectionsVi = {
  nav: 'Kiểm tra',
  title: 'Kiểm tra CCHC',
};
