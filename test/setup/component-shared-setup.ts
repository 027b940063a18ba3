import { notifications } from '@mantine/notifications';
import { afterEach, vi } from 'vitest';
import { isDatasetName } from '../../mocks/active-dataset';
import { server, setActiveDataset, setFault } from '../../mocks/node';
import { chartDrawing } from './chart-drawing';

/**
 * The `component-shared` project (vite.config.ts) runs its files one after another in the same jsdom and module
 * cache (`isolate: false`): what one file changes must not reach the next. component-setup.ts already resets
 * the DOM, MSW's handlers, the mock store, localStorage, the session and the language after every test; this
 * file resets what else lives in a module or on `window` (runs after every test of every file of the project).
 */

// Every file of the project gets the same chart mock (docs/CONTRIBUTING.md, Tests): a module cached for one
// file is the one the next file gets, so a file cannot choose real or undrawn charts for itself. A file that
// looks at the pictures sets `chartDrawing.drawn = true` in the tests that need them.
vi.mock('@mantine/charts', async (importOriginal) => (await import('./chart-drawing')).undrawnCharts(await importOriginal()));

// The dataset every file starts with (mocks/active-dataset.ts): not the one the previous file left.
const envDataset: unknown = import.meta.env.VITE_MOCK_DATASET;
const startDataset = isDatasetName(envDataset) ? envDataset : 'thuong-tin';

afterEach(() => {
  chartDrawing.drawn = false;
  setFault('none');
  setActiveDataset(startDataset);
  server.events.removeAllListeners();
  notifications.clean();
  notifications.cleanQueue();
  sessionStorage.clear();
  vi.restoreAllMocks(); // vi.spyOn on console, window.print, module functions
  vi.useRealTimers();
});
