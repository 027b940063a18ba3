import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

const printQuery = () => (typeof window !== 'undefined' && typeof window.matchMedia === 'function' ? window.matchMedia('print') : null);

/**
 * Whether the page is being printed: from `beforeprint` (Ctrl+P, window.print) and the `print` media query (which
 * a headless browser's print emulation also turns on) until `afterprint`. The state is flushed at once, so what
 * renders for paper is on the page before the browser lays it out.
 */
export function usePrinting(): boolean {
  const [printing, setPrinting] = useState(() => printQuery()?.matches ?? false);
  useEffect(() => {
    const query = printQuery();
    const start = () => flushSync(() => setPrinting(true));
    const end = () => setPrinting(query?.matches ?? false);
    const change = (e: MediaQueryListEvent) => (e.matches ? start() : setPrinting(false));
    window.addEventListener('beforeprint', start);
    window.addEventListener('afterprint', end);
    query?.addEventListener?.('change', change);
    return () => {
      window.removeEventListener('beforeprint', start);
      window.removeEventListener('afterprint', end);
      query?.removeEventListener?.('change', change);
    };
  }, []);
  return printing;
}
