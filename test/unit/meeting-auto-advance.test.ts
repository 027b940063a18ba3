import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAutoAdvance, formatRemaining, type AutoAdvanceView } from '../../src/features/meeting/domain/auto-advance';
import { commandForKey } from '../../src/features/meeting/domain/navigation';
import { DEFAULT_SLIDE_SECONDS, slideDefinitions, slideDurationMs, slideIds } from '../../src/features/meeting/domain/slides';

/** A deck of `durations` (ms) that auto-advance moves through, looping after the last slide. */
function deck(durations: number[]) {
  const state = { index: 0, moves: [] as number[] };
  const views: AutoAdvanceView[] = [];
  const auto = createAutoAdvance({
    onAdvance: () => {
      state.index = (state.index + 1) % durations.length;
      state.moves.push(state.index);
      return durations[state.index]!;
    },
    onChange: (v) => views.push(v),
    tickMs: 1000,
  });
  return { state, views, auto };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('auto-advance', () => {
  it('does nothing until it is turned on', () => {
    const { state, auto } = deck([30_000, 30_000]);
    vi.advanceTimersByTime(120_000);
    expect(state.moves).toEqual([]);
    expect(auto.view()).toEqual({ on: false, paused: false, remainingMs: 0 });
  });

  it('moves on when each slide’s own time runs out, and loops after the last', () => {
    const { state, auto } = deck([30_000, 10_000, 45_000]);
    auto.start(30_000);
    vi.advanceTimersByTime(29_999);
    expect(state.moves).toEqual([]);
    expect(auto.view().remainingMs).toBe(1);
    vi.advanceTimersByTime(1);
    expect(state.moves).toEqual([1]);
    expect(auto.view().remainingMs).toBe(10_000);
    vi.advanceTimersByTime(10_000);
    expect(state.moves).toEqual([1, 2]);
    vi.advanceTimersByTime(44_000);
    expect(state.moves).toEqual([1, 2]);
    vi.advanceTimersByTime(1_000);
    expect(state.moves).toEqual([1, 2, 0]);
    expect(auto.view()).toEqual({ on: true, paused: false, remainingMs: 30_000 });
  });

  it('pauses with the time left kept, and resumes from there', () => {
    const { state, auto } = deck([30_000, 30_000]);
    auto.start(30_000);
    vi.advanceTimersByTime(12_000);
    auto.pause();
    expect(auto.view()).toEqual({ on: true, paused: true, remainingMs: 18_000 });
    vi.advanceTimersByTime(600_000);
    expect(state.moves).toEqual([]);
    expect(auto.view().remainingMs).toBe(18_000);
    auto.resume();
    vi.advanceTimersByTime(17_999);
    expect(state.moves).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(state.moves).toEqual([1]);
  });

  it('A cycles off → running → paused → running', () => {
    const { auto } = deck([30_000]);
    auto.cycle(30_000);
    expect(auto.view()).toMatchObject({ on: true, paused: false });
    vi.advanceTimersByTime(5_000);
    auto.cycle(30_000);
    expect(auto.view()).toEqual({ on: true, paused: true, remainingMs: 25_000 });
    auto.cycle(30_000);
    expect(auto.view()).toEqual({ on: true, paused: false, remainingMs: 25_000 });
  });

  it('gives a slide moved to by hand its full time, paused or not', () => {
    const { state, auto } = deck([30_000, 20_000]);
    auto.start(30_000);
    vi.advanceTimersByTime(25_000);
    auto.restart(20_000);
    vi.advanceTimersByTime(19_000);
    expect(state.moves).toEqual([]);
    vi.advanceTimersByTime(1_000);
    expect(state.moves).toEqual([1]);
    auto.pause();
    auto.restart(30_000);
    expect(auto.view()).toEqual({ on: true, paused: true, remainingMs: 30_000 });
    vi.advanceTimersByTime(60_000);
    expect(state.moves).toEqual([1]);
  });

  it('stops, and tells the indicator every tick while it runs', () => {
    const { state, views, auto } = deck([30_000]);
    auto.start(30_000);
    vi.advanceTimersByTime(3_000);
    expect(views.map((v) => formatRemaining(v.remainingMs))).toEqual(['0:30', '0:29', '0:28', '0:27']);
    auto.stop();
    const told = views.length;
    vi.advanceTimersByTime(60_000);
    expect(state.moves).toEqual([]);
    expect(views.length).toBe(told);
    expect(auto.view().on).toBe(false);
  });

  it('leaves no timer behind when disposed', () => {
    const { state, auto } = deck([30_000]);
    auto.start(30_000);
    auto.dispose();
    expect(vi.getTimerCount()).toBe(0);
    vi.advanceTimersByTime(60_000);
    expect(state.moves).toEqual([]);
  });
});

describe('slide durations and the A key', () => {
  it('every slide has a duration, 30 s unless it says otherwise', () => {
    expect(DEFAULT_SLIDE_SECONDS).toBe(30);
    for (const id of slideIds) expect(slideDefinitions[id].seconds).toBeGreaterThanOrEqual(10);
    expect(slideDurationMs('kpi')).toBe(30_000);
    expect(slideDurationMs('closing')).toBe(45_000);
    expect(slideDurationMs(null)).toBe(30_000);
  });

  it('A (either case) is the auto-advance key', () => {
    expect(commandForKey('a', 0, 7, '')).toEqual({ kind: 'auto' });
    expect(commandForKey('A', 3, 7, '')).toEqual({ kind: 'auto' });
  });

  it('formats the time left as m:ss, rounded up', () => {
    expect(formatRemaining(30_000)).toBe('0:30');
    expect(formatRemaining(29_001)).toBe('0:30');
    expect(formatRemaining(90_000)).toBe('1:30');
    expect(formatRemaining(0)).toBe('0:00');
    expect(formatRemaining(-5)).toBe('0:00');
  });
});
