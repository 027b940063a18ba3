import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import './app/print.css';
import { setupApiClient } from './app/setup-api-client';
import { env } from './config/env';
import { startLanguage } from './i18n';

/**
 * The production build's service worker (vite.config.ts, appShellWorker) keeps the app shell for a reload without a
 * connection. Not with the mock: MSW's worker holds the scope in dev and demo builds, and the build has no sw.js.
 * The same raw comparisons as above, so the branch is dropped where it does not apply.
 */
function registerAppShellWorker() {
  if (!import.meta.env.PROD || import.meta.env.VITE_API_MOCKING === 'true' || env.VITE_API_MOCKING) return;
  if (typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return;
  const register = () =>
    void import('workbox-window')
      .then(({ Workbox }) => new Workbox(`${import.meta.env.BASE_URL}sw.js`).register())
      .catch((e: unknown) => console.error('The service worker did not register', e));
  // After the page's own loading, so the precache does not compete with it.
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}

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
  registerAppShellWorker();
  // English is not in the entry: a visitor who chose it gets its strings before the first render.
  await startLanguage();

  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root element');
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

void start();
