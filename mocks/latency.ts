import type { FaultName } from './faults';

/**
 * Simulated network latency. In the browser every answer takes 150–600 ms (so that spinners and
 * skeletons are seen); under Node/Vitest there is none. `?latency=0` in the page's address turns it
 * off for that page load (the benchmark's timings, scripts/bench). The 'slow' fault scenario waits
 * 4–6 s instead (Node tests shorten it with `setSlowDelay`). Math.random is fine here: it is not data.
 */
const isBrowser = typeof window !== 'undefined' && typeof document !== 'undefined';

let latencyEnabled = isBrowser && !(typeof navigator !== 'undefined' && /jsdom/i.test(navigator.userAgent));
let normalRange: [number, number] = [150, 600];
let slowRange: [number, number] = [4000, 6000];

/** True when the page was opened with `?latency=0`. */
export const latencyOffInSearch = (search: string): boolean => new URLSearchParams(search).get('latency') === '0';

/** Turn the normal latency on or off (mocks/node.ts turns it off; `?latency=0` in the address wins). */
export function setLatency(enabled: boolean, range?: [number, number]): void {
  latencyEnabled = enabled && !(typeof location !== 'undefined' && latencyOffInSearch(location.search));
  if (range) normalRange = range;
}

export function isLatencyEnabled(): boolean {
  return latencyEnabled;
}

/** The delay of the 'slow' fault scenario, in ms (default 4000–6000). */
export function setSlowDelay(min: number, max: number = min): void {
  slowRange = [min, max];
}

const pick = ([min, max]: [number, number]) => min + Math.random() * (max - min);

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Waits as long as the current scenario says. */
export async function simulateLatency(fault: FaultName): Promise<void> {
  if (fault === 'slow') return sleep(pick(slowRange));
  if (latencyEnabled) return sleep(pick(normalRange));
}
