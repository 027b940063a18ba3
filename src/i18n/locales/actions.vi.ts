/** Vietnamese strings of the 'actions' namespace. */
export const actionsVi = {
  nav: 'Khắc phục',
  title: 'Theo dõi khắc phục',
};
