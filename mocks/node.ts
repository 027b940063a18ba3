import { setupServer } from 'msw/node';
import { handlers } from './handlers';
import { setLatency, setSlowDelay } from './latency';
import { setPersistence } from './store';

// Tests want answers at once, in memory; the 'slow' scenario still waits, but briefly.
setLatency(false);
setSlowDelay(30, 60);
setPersistence(false);

/** The mock backend for Vitest: `server.listen({ onUnhandledRequest: 'error' })` in the test setup. */
export const server = setupServer(...handlers);

export { resetStore } from './store';
export { getFault, setFault, faultNames, type FaultName } from './faults';
export { setActiveDataset, getActiveDatasetName, activeDataset } from './active-dataset';
export { issueToken } from './session';
