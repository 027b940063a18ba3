/** The most characters of a user's own text that a message or a page echoes back. */
export const ECHO_MAX = 80;

/**
 * A text cut to at most `max` characters (code points, so no emoji or surrogate pair is split),
 * keeping its start and its end with "…" between: an echo of 8,000 characters still says what was
 * typed without widening the page.
 */
export function clipMiddle(text: string, max: number = ECHO_MAX): string {
  const chars = Array.from(text);
  if (chars.length <= max) return text;
  if (max <= 1) return '…'.slice(0, max);
  const keep = max - 1;
  const head = Math.ceil(keep / 2);
  const tail = keep - head;
  return `${chars.slice(0, head).join('')}…${tail > 0 ? chars.slice(chars.length - tail).join('') : ''}`;
}
