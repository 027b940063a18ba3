/** The app's routes: Vietnamese words, ASCII only. */
export const paths = {
  overview: '/',
  signIn: '/dang-nhap',
  dossiers: '/ho-so',
  units: '/don-vi',
} as const;

/** One unit's page. */
export const unitPath = (unitId: string) => `${paths.units}/${encodeURIComponent(unitId)}`;

/**
 * The Đơn vị list for a period, sorted on one of its columns (its own `sort` and `dir` parameters, read by
 * features/units/hooks/use-list-params.ts: `name`, `received`, `onTime`, `overdue`, `online`; `asc` or `desc`).
 */
export function unitListPath(period: { from: string; to: string }, sort?: { key: string; dir: 'asc' | 'desc' }): string {
  const query = new URLSearchParams({ from: period.from, to: period.to });
  if (sort) {
    query.set('sort', sort.key);
    query.set('dir', sort.dir);
  }
  return `${paths.units}?${query}`;
}

/** The sign-in page, with the page to come back to afterwards. */
export function signInPath(next?: string): string {
  return next && next !== paths.overview ? `${paths.signIn}?next=${encodeURIComponent(next)}` : paths.signIn;
}

/** Where to go after signing in: only a path inside this app (no `//host` or `https:` open redirect). */
export function safeNext(raw: string | null): string {
  if (!raw || !raw.startsWith('/') || raw.startsWith('//') || raw.startsWith('/\\')) return paths.overview;
  if (raw === paths.signIn || raw.startsWith(`${paths.signIn}?`) || raw.startsWith(`${paths.signIn}/`)) return paths.overview;
  return raw;
}
