export { MeetingDeck } from './components/meeting-deck';
export { MeetingPresenter } from './components/meeting-presenter';
