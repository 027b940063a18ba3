import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { resetStore, server } from '../../mocks/node';
import { setupApiClient } from '../../src/app/setup-api-client';
import { loadSession } from '../../src/features/auth';
import { i18n } from '../../src/i18n';

// A whole page renders in jsdom on a loaded 2-core machine in a few seconds (the first one of a file, with
// its lazy chunks, more than 5 s when two test files share a busy machine); the default 1 s wait is for a
// single component. A wait that ends sooner costs nothing: this only moves when a missing thing fails.
configure({ asyncUtilTimeout: 10_000 });

// ---- jsdom lacks what Mantine and Recharts need (docs/stack-pitfalls.md, jsdom)

// Mantine asks media queries; '' and 'all' must match or responsive parts (and datatable columns) hide.
Object.defineProperty(window, 'matchMedia', {
  writable: true,
  configurable: true,
  value: (query: string) => ({
    matches: query === '' || query === 'all',
    media: query,
    onchange: null,
    addListener: () => {},
    removeListener: () => {},
    addEventListener: () => {},
    removeEventListener: () => {},
    dispatchEvent: () => false,
  }),
});

// A ResizeObserver that reports a size, so that charts render their <svg>.
class SizedResizeObserver {
  private readonly callback: ResizeObserverCallback;
  constructor(callback: ResizeObserverCallback) {
    this.callback = callback;
  }
  observe(target: Element) {
    const rect = { x: 0, y: 0, top: 0, left: 0, bottom: 400, right: 800, width: 800, height: 400, toJSON: () => ({}) };
    const box = [{ inlineSize: 800, blockSize: 400 }];
    const entry = { target, contentRect: rect, borderBoxSize: box, contentBoxSize: box, devicePixelContentBoxSize: box };
    this.callback([entry as unknown as ResizeObserverEntry], this as unknown as ResizeObserver);
  }
  unobserve() {}
  disconnect() {}
}
window.ResizeObserver = SizedResizeObserver as unknown as typeof ResizeObserver;

Element.prototype.scrollIntoView = () => {};
Element.prototype.scrollTo = () => {};

// ---- the mock backend and the API client (Node's fetch needs absolute URLs)

setupApiClient('http://localhost/api');

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(async () => {
  cleanup();
  server.resetHandlers();
  resetStore();
  localStorage.clear();
  loadSession();
  await i18n.changeLanguage('vi');
});
afterAll(() => server.close());
