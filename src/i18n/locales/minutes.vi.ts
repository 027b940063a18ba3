/** Vietnamese strings of the 'minutes' namespace. */
export const minutesVi = {
  nav: 'Biên bản',
  title: 'Biên bản kiểm tra',
};
