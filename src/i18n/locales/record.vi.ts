/** Vietnamese strings of the 'record' namespace. */
export const recordVi = {
  nav: 'Ghi kết quả',
  title: 'Ghi kết quả kiểm tra',
};
