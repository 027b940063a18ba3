export { NoData } from './no-data';
