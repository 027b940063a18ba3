/** The app's routes: Vietnamese words, ASCII only. */
export const paths = {
  overview: '/',
  signIn: '/dang-nhap',
  dossiers: '/ho-so',
  units: '/don-vi',
  digital: '/chuyen-doi-so',
  inspections: '/kiem-tra',
  actions: '/khac-phuc',
  inspectionResults: '/ket-qua-kiem-tra',
  meeting: '/trinh-chieu',
  meetingPresenter: '/trinh-chieu/nguoi-trinh-bay',
  report: '/bao-cao',
} as const;

/** The router's patterns of one inspection's pages (their parameter is `inspectionId`). */
export const inspectionPathPattern = `${paths.inspections}/:inspectionId`;
export const inspectionMinutesPathPattern = `${inspectionPathPattern}/bien-ban`;

/** One inspection's recording page. */
export const inspectionPath = (inspectionId: string) => `${paths.inspections}/${encodeURIComponent(inspectionId)}`;

/** One inspection's minutes (biên bản kiểm tra), laid out for printing. */
export const inspectionMinutesPath = (inspectionId: string) => `${inspectionPath(inspectionId)}/bien-ban`;

/** The router's pattern of one unit's page (its parameter is `unitId`). */
export const unitPathPattern = `${paths.units}/:unitId`;

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

// Any whitespace or control character (URL() drops tabs and line breaks, so "/\t/evil.example" would
// become "//evil.example"), and backslashes (URL() reads "\" as "/" in a path).
const unsafeInPath = /[\s\p{Cc}\p{Cf}\\]/u;
// A stand-in origin for resolving `next`: whatever resolves elsewhere is not one of this app's paths.
const probe = 'http://app.invalid';

/** Where to go after signing in: only a path of this app (no `//host`, `/\host`, `https:` or hidden characters). */
export function safeNext(raw: string | null): string {
  if (!raw || !raw.startsWith('/') || raw.startsWith('//') || unsafeInPath.test(raw)) return paths.overview;
  let url: URL;
  try {
    url = new URL(raw, probe);
  } catch {
    return paths.overview;
  }
  if (url.origin !== probe) return paths.overview;
  if (url.pathname === paths.signIn || url.pathname.startsWith(`${paths.signIn}/`)) return paths.overview;
  return raw;
}
