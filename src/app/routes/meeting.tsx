import { MeetingDeck } from '../../features/meeting';

/** Meeting mode: the deck of slides from live data, full screen. */
export function MeetingRoute() {
  return <MeetingDeck />;
}
