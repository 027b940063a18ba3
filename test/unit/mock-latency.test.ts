import { afterEach, describe, expect, it, vi } from 'vitest';
import { isLatencyEnabled, latencyOffInSearch, setLatency, simulateLatency } from '../../mocks/latency';

/** Settles `p` within the current fake-timer tick, or reports that it is still waiting. */
async function settlesAtOnce(p: Promise<void>): Promise<boolean> {
  let done = false;
  void p.then(() => (done = true));
  await vi.advanceTimersByTimeAsync(0);
  return done;
}

describe('mock latency switch (?latency=0, for the benchmark)', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
    setLatency(false);
  });

  it('reads only latency=0 as "off"', () => {
    expect(latencyOffInSearch('?latency=0')).toBe(true);
    expect(latencyOffInSearch('?from=2022-01&dataset=national&latency=0')).toBe(true);
    expect(latencyOffInSearch('')).toBe(false);
    expect(latencyOffInSearch('?latency=1')).toBe(false);
    expect(latencyOffInSearch('?latency=')).toBe(false);
    expect(latencyOffInSearch('?latency=00')).toBe(false);
  });

  it('without the flag the browser start-up turns latency on and answers wait 150–600 ms', async () => {
    vi.stubGlobal('location', { search: '?from=2022-01&to=2022-12' });
    vi.useFakeTimers();
    setLatency(true);
    expect(isLatencyEnabled()).toBe(true);
    const answer = simulateLatency('none');
    expect(await settlesAtOnce(answer)).toBe(false);
    await vi.advanceTimersByTimeAsync(600);
    await expect(answer).resolves.toBeUndefined();
  });

  it('with ?latency=0 in the address the same start-up leaves it off and answers come at once', async () => {
    vi.stubGlobal('location', { search: '?dataset=national&latency=0' });
    vi.useFakeTimers();
    setLatency(true);
    expect(isLatencyEnabled()).toBe(false);
    expect(await settlesAtOnce(simulateLatency('none'))).toBe(true);
  });

  it('the slow fault scenario still waits with ?latency=0', async () => {
    vi.stubGlobal('location', { search: '?latency=0' });
    vi.useFakeTimers();
    setLatency(true);
    expect(await settlesAtOnce(simulateLatency('slow'))).toBe(false);
    await vi.runAllTimersAsync();
  });
});
