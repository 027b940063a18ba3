import { MeetingPresenter } from '../../features/meeting';

/** The presenter view of meeting mode, in a second tab or window. */
export function MeetingPresenterRoute() {
  return <MeetingPresenter />;
}
