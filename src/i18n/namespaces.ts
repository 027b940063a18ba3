import { i18n, type Language } from './instance';
import type { Resources } from './locales/vi';

/**
 * The screens' namespaces: not in the entry, each loads with the routes that show it (src/app/router.tsx), in the
 * current language only. The core (locales/core.vi.ts) is in the entry in Vietnamese; English, core and
 * namespaces, loads only when the language is English. The tests load everything (test/setup).
 */
export type LazyNamespace =
  | 'auth'
  | 'units'
  | 'kpi'
  | 'filterProblems'
  | 'overview'
  | 'summary'
  | 'charts'
  | 'digital'
  | 'inspections'
  | 'record'
  | 'actions'
  | 'results'
  | 'meeting'
  | 'minutes'
  | 'report'
  | 'dossiers';

type Loader = () => Promise<object>;

// Written out so that the bundler makes one chunk per file.
const loaders: Record<Language, Record<LazyNamespace, Loader>> = {
  vi: {
    units: () => import('./locales/units.vi').then((m) => m.unitsVi),
    kpi: () => import('./locales/kpi.vi').then((m) => m.kpiVi),
    filterProblems: () => import('./locales/filter-problems.vi').then((m) => m.filterProblemsVi),
    auth: () => import('./locales/auth.vi').then((m) => m.authVi),
    overview: () => import('./locales/overview.vi').then((m) => m.overviewVi),
    summary: () => import('./locales/summary.vi').then((m) => m.summaryVi),
    charts: () => import('./locales/charts.vi').then((m) => m.chartsVi),
    digital: () => import('./locales/digital.vi').then((m) => m.digitalVi),
    inspections: () => import('./locales/inspections.vi').then((m) => m.inspectionsVi),
    record: () => import('./locales/record.vi').then((m) => m.recordVi),
    actions: () => import('./locales/actions.vi').then((m) => m.actionsVi),
    results: () => import('./locales/results.vi').then((m) => m.resultsVi),
    meeting: () => import('./locales/meeting.vi').then((m) => m.meetingVi),
    minutes: () => import('./locales/minutes.vi').then((m) => m.minutesVi),
    report: () => import('./locales/report.vi').then((m) => m.reportVi),
    dossiers: () => import('./locales/dossiers.vi').then((m) => m.dossiersVi),
  },
  en: {
    units: () => import('./locales/units.en').then((m) => m.unitsEn),
    kpi: () => import('./locales/kpi.en').then((m) => m.kpiEn),
    filterProblems: () => import('./locales/filter-problems.en').then((m) => m.filterProblemsEn),
    auth: () => import('./locales/auth.en').then((m) => m.authEn),
    overview: () => import('./locales/overview.en').then((m) => m.overviewEn),
    summary: () => import('./locales/summary.en').then((m) => m.summaryEn),
    charts: () => import('./locales/charts.en').then((m) => m.chartsEn),
    digital: () => import('./locales/digital.en').then((m) => m.digitalEn),
    inspections: () => import('./locales/inspections.en').then((m) => m.inspectionsEn),
    record: () => import('./locales/record.en').then((m) => m.recordEn),
    actions: () => import('./locales/actions.en').then((m) => m.actionsEn),
    results: () => import('./locales/results.en').then((m) => m.resultsEn),
    meeting: () => import('./locales/meeting.en').then((m) => m.meetingEn),
    minutes: () => import('./locales/minutes.en').then((m) => m.minutesEn),
    report: () => import('./locales/report.en').then((m) => m.reportEn),
    dossiers: () => import('./locales/dossiers.en').then((m) => m.dossiersEn),
  },
};

const coreLoaders: Record<Language, Loader | null> = {
  vi: null, // in the entry (instance.ts)
  en: () => import('./locales/core.en').then((m) => m.coreEn),
};

/** The namespaces some route asked for: a language switch loads them in the new language before it rerenders. */
const wanted = new Set<LazyNamespace>();
const pending = new Map<string, Promise<void>>();

const has = (lng: Language, key: keyof Resources) => i18n.getResource(lng, 'translation', key) !== undefined;

function load(lng: Language, key: string, loader: Loader, wrap: (bundle: object) => object): Promise<void> {
  const id = `${lng}:${key}`;
  let p = pending.get(id);
  if (!p) {
    p = loader().then((bundle) => {
      i18n.addResourceBundle(lng, 'translation', wrap(bundle), true, true);
    });
    // Only while in flight (two routes asking at once share it); once done, what the store holds decides, and a failed
    // load (offline, a new deployment) is tried again by the next route.
    pending.set(id, p);
    p.then(
      () => pending.delete(id),
      () => pending.delete(id),
    );
  }
  return p;
}

const asLanguage = (lng: string | undefined): Language => (lng === 'en' ? 'en' : 'vi');

/** Loads the core and the given namespaces in a language, what it lacks of them. */
export async function prepareLanguage(lng: string | undefined, names: Iterable<LazyNamespace> = wanted): Promise<void> {
  const language = asLanguage(lng);
  const jobs: Promise<void>[] = [];
  const core = coreLoaders[language];
  if (core && !has(language, 'app')) jobs.push(load(language, 'core', core, (b) => b));
  for (const name of names) {
    if (!has(language, name)) jobs.push(load(language, name, loaders[language][name], (b) => ({ [name]: b })));
  }
  await Promise.all(jobs);
}

/** Loads a screen's namespaces in the current language; remembered for a later language switch. */
export function loadNamespaces(...names: LazyNamespace[]): Promise<void> {
  for (const name of names) wanted.add(name);
  return prepareLanguage(i18n.language, names);
}

/** A route module with its strings, both loaded in parallel: `withStrings(import('./routes/x'), 'record')`. */
export async function withStrings<T>(module: Promise<T>, ...names: LazyNamespace[]): Promise<T> {
  const [loaded] = await Promise.all([module, loadNamespaces(...names)]);
  return loaded;
}
