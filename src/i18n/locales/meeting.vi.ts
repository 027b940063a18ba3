/** Strings of meeting mode (Trình chiếu): the slides, the presenter view and the deck chooser. */
export const meetingVi = {
  title: 'Trình chiếu',
};
