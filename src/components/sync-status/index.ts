export { SyncStatus } from './sync-status';
