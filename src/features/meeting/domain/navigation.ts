/** Slide navigation of meeting mode: pure, so its rules are tested exactly. */

export type DeckCommand =
  | { kind: 'go'; index: number }
  | { kind: 'fullscreen' }
  | { kind: 'black' }
  | { kind: 'leave' }
  | { kind: 'presenter' }
  | { kind: 'auto' }
  | { kind: 'digit'; buffer: string }
  | { kind: 'none' };

/** The 0-based slide of a `?slide=N` (1-based) parameter; past the end is kept (the deck says so). */
export function slideFromParam(param: string | null): number {
  if (!param || !/^\d+$/.test(param)) return 0;
  const n = Number(param);
  return n >= 1 ? n - 1 : 0;
}

/** What a key does on slide `index` of `count`, with `buffer` the digits typed so far. */
export function commandForKey(key: string, index: number, count: number, buffer: string): DeckCommand {
  const last = Math.max(count - 1, 0);
  const clamp = (i: number) => Math.min(Math.max(i, 0), last);
  switch (key) {
    case 'ArrowRight':
    case 'PageDown':
    case ' ':
      return { kind: 'go', index: clamp(index + 1) };
    case 'ArrowLeft':
    case 'PageUp':
      return { kind: 'go', index: clamp(index - 1) };
    case 'Home':
      return { kind: 'go', index: 0 };
    case 'End':
      return { kind: 'go', index: last };
    case 'f':
    case 'F':
      return { kind: 'fullscreen' };
    case 'b':
    case 'B':
    case '.':
      return { kind: 'black' };
    case 'p':
    case 'P':
      return { kind: 'presenter' };
    case 'a':
    case 'A':
      return { kind: 'auto' };
    case 'Escape':
      return { kind: 'leave' };
    case 'Enter':
      if (buffer === '') return { kind: 'none' };
      return { kind: 'go', index: clamp(Number(buffer) - 1) };
    default:
      if (/^\d$/.test(key)) return { kind: 'digit', buffer: (buffer + key).slice(-3) };
      return { kind: 'none' };
  }
}
