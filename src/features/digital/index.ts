export { DigitalPage } from './components/digital-page';
