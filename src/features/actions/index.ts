export { ActionsPage } from './components/actions-page';
