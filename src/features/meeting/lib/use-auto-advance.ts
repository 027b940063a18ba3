import { useEffect, useRef, useState } from 'react';
import { createAutoAdvance, type AutoAdvance, type AutoAdvanceView } from '../domain/auto-advance';

/**
 * The deck's auto-advance (domain/auto-advance.ts) in React: `durationMs` is the current slide's time, `advance`
 * moves the deck on and returns the next slide's. A new `slideKey` (the deck moved) restarts the countdown.
 */
export function useAutoAdvance({
  slideKey,
  durationMs,
  advance,
  initiallyOn,
}: {
  slideKey: number;
  durationMs: number;
  advance: () => number;
  initiallyOn: boolean;
}) {
  const [view, setView] = useState<AutoAdvanceView>({ on: false, paused: false, remainingMs: durationMs });
  const live = useRef({ advance, durationMs, initiallyOn });
  useEffect(() => {
    live.current = { advance, durationMs, initiallyOn };
  });
  const ctrl = useRef<AutoAdvance | null>(null);
  useEffect(() => {
    const c = createAutoAdvance({ onAdvance: () => live.current.advance(), onChange: setView, tickMs: 500 });
    ctrl.current = c;
    if (live.current.initiallyOn) c.start(live.current.durationMs);
    return () => {
      c.dispose();
      ctrl.current = null;
    };
  }, []);
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    ctrl.current?.restart(live.current.durationMs);
  }, [slideKey]);
  return {
    view,
    toggle: () => (ctrl.current?.view().on ? ctrl.current.stop() : ctrl.current?.start(live.current.durationMs)),
    cycle: () => ctrl.current?.cycle(live.current.durationMs),
    pause: () => ctrl.current?.pause(),
    resume: () => ctrl.current?.resume(),
    pauseOrResume: () => (ctrl.current?.view().paused ? ctrl.current.resume() : ctrl.current?.pause()),
  };
}
