import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { setupApiClient } from './app/setup-api-client';
import { env } from './config/env';

async function start() {
  // The only door from src to the mock backend. The raw `import.meta.env` comparison is replaced at
  // build time, so a production build (flag false) drops the import as dead code and ships no MSW;
  // `env` (validated) would be a run-time value the bundler cannot fold.
  if (import.meta.env.VITE_API_MOCKING === 'true' && env.VITE_API_MOCKING) {
    try {
      const { startMockBackend } = await import('../mocks/browser');
      await startMockBackend();
    } catch (e) {
      // Still render: every request then fails with a clear "cannot reach the server" message.
      console.error('The mock backend did not start', e);
    }
  }
  setupApiClient(env.VITE_API_BASE_URL);

  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root element');
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

void start();
