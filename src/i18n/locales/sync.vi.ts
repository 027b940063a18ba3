/** Vietnamese strings of the 'sync' namespace. */
export const syncVi = {
  nav: 'Đồng bộ',
  title: 'Trạng thái đồng bộ',
};
