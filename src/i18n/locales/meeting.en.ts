import type { meetingVi } from './meeting.vi';

/** English strings of the 'meeting' namespace; same keys as `meeting.vi.ts`. */
export const meetingEn: typeof meetingVi = {
  title: 'Meeting mode',
};
