/**
 * Auto-advance of meeting mode: a countdown per slide that moves the deck on when it runs out, with pause and
 * resume. No React here, only timers (setTimeout, setInterval, Date.now), so the timing is tested exactly with
 * fake timers (test/unit/meeting-auto-advance.test.ts).
 */

export interface AutoAdvanceView {
  /** Auto-advance is on (running or paused). */
  on: boolean;
  /** On, but the countdown is held. */
  paused: boolean;
  /** What is left of the current slide's time. */
  remainingMs: number;
}

export interface AutoAdvanceOptions {
  /** Called when the countdown runs out: move the deck on, and return the next slide's duration (ms). */
  onAdvance: () => number;
  /** Called whenever the view changes, and every `tickMs` while it runs (for the remaining-time indicator). */
  onChange?: (view: AutoAdvanceView) => void;
  tickMs?: number;
}

export interface AutoAdvance {
  /** Turn on, counting `durationMs` from now. */
  start(durationMs: number): void;
  /** Turn off. */
  stop(): void;
  pause(): void;
  resume(): void;
  /** A's cycle: off → running → paused → running. */
  cycle(durationMs: number): void;
  /** Another slide is on screen (the deck moved, by hand or by itself): its full time again, paused or not. */
  restart(durationMs: number): void;
  view(): AutoAdvanceView;
  dispose(): void;
}

export function createAutoAdvance({ onAdvance, onChange, tickMs = 250 }: AutoAdvanceOptions): AutoAdvance {
  let on = false;
  let paused = false;
  let remaining = 0;
  let deadline = 0;
  let timeout: ReturnType<typeof setTimeout> | undefined;
  let ticker: ReturnType<typeof setInterval> | undefined;

  const left = () => (on && !paused ? Math.max(0, deadline - Date.now()) : remaining);
  const view = (): AutoAdvanceView => ({ on, paused, remainingMs: left() });
  const tell = () => onChange?.(view());
  const halt = () => {
    clearTimeout(timeout);
    clearInterval(ticker);
    timeout = undefined;
    ticker = undefined;
  };
  const run = () => {
    halt();
    deadline = Date.now() + remaining;
    timeout = setTimeout(fire, remaining);
    ticker = setInterval(tell, tickMs);
  };
  function fire() {
    halt();
    remaining = Math.max(0, onAdvance());
    if (on && !paused) run();
    tell();
  }

  return {
    start(durationMs) {
      on = true;
      paused = false;
      remaining = Math.max(0, durationMs);
      run();
      tell();
    },
    stop() {
      halt();
      on = false;
      paused = false;
      tell();
    },
    pause() {
      if (!on || paused) return;
      remaining = left();
      paused = true;
      halt();
      tell();
    },
    resume() {
      if (!on || !paused) return;
      paused = false;
      run();
      tell();
    },
    cycle(durationMs) {
      if (!on) this.start(durationMs);
      else if (paused) this.resume();
      else this.pause();
    },
    restart(durationMs) {
      remaining = Math.max(0, durationMs);
      if (on && !paused) run();
      tell();
    },
    view,
    dispose: halt,
  };
}

/** The remaining time as m:ss, whole seconds rounded up (so 0:00 is shown only when the slide changes). */
export function formatRemaining(ms: number): string {
  const s = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}
