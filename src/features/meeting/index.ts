export { MeetingDeck } from './components/meeting-deck';
