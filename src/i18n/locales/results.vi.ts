/** Vietnamese strings of the 'results' namespace. */
export const resultsVi = {
  nav: 'Kết quả kiểm tra',
  title: 'Kết quả kiểm tra',
};
