import { setupWorker } from 'msw/browser';
import { initDatasetFromLocation } from './active-dataset';
import { mountDevPanel } from './dev-panel';
import { initFaultFromLocation } from './faults';
import { handlers } from './handlers';
import { setLatency } from './latency';
import { setPersistence } from './store';

/**
 * Starts the mock backend in the browser (dev and demo builds only; src/main.tsx imports this
 * module dynamically behind VITE_API_MOCKING). Reads `?dataset=` and `?mock=`, keeps writes in
 * localStorage, adds 150–600 ms of latency, and shows the small fault/dataset panel at the
 * bottom left (set VITE_MOCK_PANEL=false to hide it).
 */
export async function startMockBackend(): Promise<void> {
  initDatasetFromLocation();
  initFaultFromLocation();
  setLatency(true);
  setPersistence(true);
  const worker = setupWorker(...handlers);
  await worker.start({
    onUnhandledRequest: 'bypass',
    serviceWorker: { url: `${import.meta.env.BASE_URL ?? '/'}mockServiceWorker.js` },
    quiet: true,
  });
  if (import.meta.env.VITE_MOCK_PANEL !== 'false') mountDevPanel();
}
