// Prints the size of every JS and CSS file of a build, raw and gzipped, the totals, what the first page
// load fetches (index.html's entry and its static imports) against what loads on demand, and per route
// what a first visit to it downloads (the entry, the route's lazy chunk from src/app/router.tsx, its strings' chunks
// and their static imports), whether chart code is among it, against the route budget.
//   npm run build && npm run size          (or: node scripts/bundle-size.mjs dist-demo)
// scripts/bench imports measureBundle() and routesTable() for its report.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

export const kb = (n) => `${(n / 1024).toFixed(1)} KiB`;

/** Issue 8: a first visit to the recording route downloads at most this much gzipped JS. */
export const ROUTE_BUDGET_GZIP = 310 * 1024;

/**
 * Chart code, recognised by what it carries: the build has no source maps and the manifest lists chunks, not
 * modules. Recharts writes its `recharts-…` class names from every drawing component; @mantine/charts reads its
 * `--chart-grid-color` / `--chart-text-color` / `--chart-stroke-color` variables. A chunk with neither holds no
 * chart component (a stray recharts helper alone would go unseen).
 */
const chartMarkers = [
  { name: 'recharts', test: /["'`]recharts-[a-z]/ },
  { name: '@mantine/charts', test: /--chart-(grid|text|stroke)-color/ },
];

/**
 * The app's lazy routes as src/app/router.tsx writes them: each `path:` (or `index: true`) with the
 * `import('./routes/<file>')` that follows it, the path resolved from src/lib/paths.ts (`paths.x`, and the
 * `…PathPattern` templates built from them). Read as text: Node 20 cannot import TypeScript.
 * The string literals after the import (`withStrings(import('./routes/x'), 'record')`) are the screen's i18n
 * namespaces, which load in parallel with it: their Vietnamese chunks count in the first visit.
 * @returns {Array<{ path: string, module: string, strings: string[] }>} e.g. { path: '/kiem-tra/:inspectionId', module: 'src/app/routes/inspection-record.tsx', strings: ['src/i18n/locales/record.vi.ts'] }
 */
export function readRoutes(srcDir = 'src') {
  const router = readFileSync(path.join(srcDir, 'app', 'router.tsx'), 'utf8');
  const pathsTs = readFileSync(path.join(srcDir, 'lib', 'paths.ts'), 'utf8');
  const values = {};
  const literal = pathsTs.match(/export const paths = \{([\s\S]*?)\}/)?.[1] ?? '';
  for (const [, key, value] of literal.matchAll(/(\w+):\s*'([^']*)'/g)) values[`paths.${key}`] = value;
  const resolve = (expr) => expr.replace(/\$\{([\w.]+)\}/g, (_, name) => values[name] ?? `{${name}}`);
  for (const [, name, template] of pathsTs.matchAll(/export const (\w+PathPattern) = `([^`]*)`/g)) values[name] = resolve(template);
  const routes = [];
  for (const [, expr, file, names] of router.matchAll(
    /(?:path:\s*([\w.]+)|index:\s*true)(?:(?!path:|index:)[\s\S])*?import\('\.\/routes\/([\w-]+)'\)((?:\s*,\s*'\w+')*)/g,
  )) {
    // `withStrings(import('./routes/x'), 'record', …)`: the screen's i18n namespaces, loaded with it (Vietnamese on a first visit).
    const strings = [...names.matchAll(/'(\w+)'/g)].map((m) => `src/i18n/locales/${m[1]}.vi.ts`);
    routes.push({ path: expr ? (values[expr] ?? expr) : '/', module: `src/app/routes/${file}.tsx`, strings });
  }
  return routes;
}

/**
 * What a first visit to each route downloads: the entry's closure (index.html's chunk, its static imports and
 * their CSS) with the route chunk's. Chunks loaded later (the production build's service worker registration after
 * the load event, an export library on a click) are not counted. `chartChain` is the shortest import chain from the
 * route's chunk to a chunk with chart code, `null` when none loads.
 */
function measureRoutes(manifest, sizes, srcDir) {
  const closure = (keys) => {
    const out = new Set();
    const visit = (key) => {
      const chunk = manifest[key];
      if (!chunk || out.has(key)) return;
      out.add(key);
      for (const dep of chunk.imports ?? []) visit(dep);
    };
    keys.forEach(visit);
    return out;
  };
  const entries = Object.keys(manifest).filter((k) => manifest[k].isEntry);
  const chartIn = new Map();
  for (const [key, chunk] of Object.entries(manifest)) {
    if (!chunk.file.endsWith('.js') || !sizes.has(chunk.file)) continue;
    const found = chartMarkers.filter((m) => m.test.test(sizes.get(chunk.file).text)).map((m) => m.name);
    if (found.length) chartIn.set(key, found);
  }
  // Breadth first through the static imports: the first chunk reached that carries chart code.
  const chainToChart = (from) => {
    const prev = new Map([[from, null]]);
    const queue = [from];
    while (queue.length) {
      const key = queue.shift();
      if (chartIn.has(key)) {
        const chain = [];
        for (let k = key; k != null; k = prev.get(k)) chain.unshift(k);
        return chain;
      }
      for (const dep of manifest[key]?.imports ?? []) {
        if (prev.has(dep)) continue;
        prev.set(dep, key);
        queue.push(dep);
      }
    }
    return null;
  };
  return readRoutes(srcDir).map((route) => {
    if (!manifest[route.module]) return { ...route, missing: true };
    const keys = closure([...entries, route.module, ...route.strings.filter((k) => manifest[k])]);
    const files = new Set();
    for (const key of keys) {
      files.add(manifest[key].file);
      for (const css of manifest[key].css ?? []) files.add(css);
    }
    const sum = (ext, field) => [...files].filter((f) => f.endsWith(`.${ext}`)).reduce((s, f) => s + (sizes.get(f)?.[field] ?? 0), 0);
    const chart = [...keys].filter((k) => chartIn.has(k));
    const js = { raw: sum('js', 'raw'), gzip: sum('js', 'gzip') };
    return {
      ...route,
      js,
      css: { gzip: sum('css', 'gzip') },
      files: files.size,
      chart: chart.map((k) => ({ chunk: manifest[k].file, libraries: chartIn.get(k) })),
      // A source key (the route's own chunk) shown by its module, a shared chunk by its file.
      chartChain: chart.length ? chainToChart(route.module)?.map((k) => (k.startsWith('src/') ? k.replace(/^src\/app\//, '') : chunkName(manifest[k].file))) : null,
      overBudget: js.gzip > ROUTE_BUDGET_GZIP,
    };
  });
}

/**
 * The production build's Workbox precache (sw.js, vite.config.ts's appShellWorker): what a first visit fetches in the
 * background once the service worker installs. Null for a build without sw.js (the demo build).
 */
function measurePrecache(root) {
  const sw = path.join(root, 'sw.js');
  if (!existsSync(sw)) return null;
  const urls = [...readFileSync(sw, 'utf8').matchAll(/url:"([^"]+)"/g)].map((m) => m[1]);
  const out = { files: 0, js: 0, css: 0, other: 0 };
  for (const url of urls) {
    const file = path.join(root, url);
    if (!existsSync(file)) continue;
    const buf = readFileSync(file);
    const ext = path.extname(url).slice(1);
    const bytes = /^woff2?$/.test(ext) ? buf.length : gzipSync(buf, { level: 9 }).length;
    out.files += 1;
    out[ext === 'js' || ext === 'css' ? ext : 'other'] += bytes;
  }
  return out;
}

/** A chunk's file without its folder and hash: assets/chart-card-DV9nngZ2.js → chart-card.js. */
export const chunkName = (file) => path.basename(file).replace(/-[\w-]{8}\.(js|css)$/, '.$1');

/**
 * The per-route table (first visit to each route) and its notes, as lines; [] without a manifest.
 * @param {ReturnType<typeof measureBundle>} bundle
 */
export function routesTable(bundle) {
  if (!bundle.routes) return [];
  const rows = [['route', 'JS raw', 'JS gzip', 'CSS gzip', 'files', `≤ ${ROUTE_BUDGET_GZIP / 1024} KiB gz`, 'chart code']];
  const notes = [];
  for (const r of bundle.routes) {
    if (r.missing) {
      rows.push([r.path, '—', '—', '—', '—', '?', `${r.module} not in the manifest`]);
      continue;
    }
    const over = r.js.gzip - ROUTE_BUDGET_GZIP;
    rows.push([
      r.path,
      kb(r.js.raw),
      kb(r.js.gzip),
      kb(r.css.gzip),
      String(r.files),
      over > 0 ? `over by ${kb(over)}` : `yes (${kb(-over)} left)`,
      r.chart.length
        ? `yes (${[...new Set(r.chart.flatMap((c) => c.libraries))].join(', ')}): ${r.chart.map((c) => chunkName(c.chunk)).join(', ')}`
        : 'none',
    ]);
    if (r.chartChain) notes.push(`${r.path}: chart code through ${r.chartChain.join(' → ')}`);
  }
  if (bundle.firstLoad) notes.push(`every route's figure holds the entry's ${kb(bundle.firstLoad.js)} JS (the first load above); the route adds the rest`);
  if (bundle.precache) {
    const p = bundle.precache;
    notes.push(
      `after the load event the production build's service worker precaches ${p.files} files in the background: ${kb(p.js)} JS + ${kb(p.css)} CSS + ${kb(p.other)} other, gzipped (fonts as they are; what the page already loaded may come from the HTTP cache)`,
    );
  }
  return [...textTable(rows), ...notes];
}

/** A plain text table (the same layout as scripts/bench/common.mjs's): numbers right-aligned. */
function textTable(rows) {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => String(r[c] ?? '').length)));
  const isNum = (s) => /^[\d.,]+ ?(KiB)?$/.test(s) || s === '—';
  const line = (r) =>
    r.map((v, c) => (c > 0 && isNum(String(v)) ? String(v).padStart(widths[c]) : String(v).padEnd(widths[c]))).join('  ').trimEnd();
  return [line(rows[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(line)];
}

/** Thrown when the build folder is missing: a one-line hint for a newcomer instead of an ENOENT trace. */
export class MissingBuildError extends Error {
  constructor(root) {
    const build = root === 'dist-demo' ? 'npm run build:demo' : 'npm run build';
    super(`${root}/assets not found: run ${build} first`);
    this.name = 'MissingBuildError';
  }
}

/**
 * Sizes of a build folder's JS and CSS (bytes, gzip level 9). `firstLoad` and `onDemand` are null when
 * the build has no Vite manifest (.vite/manifest.json).
 * @param {string} root the build folder, e.g. 'dist'
 */
export function measureBundle(root = 'dist', srcDir = 'src') {
  const dir = path.join(root, 'assets');
  if (!existsSync(dir)) throw new MissingBuildError(root);
  const files = readdirSync(dir)
    .filter((f) => /\.(js|css)$/.test(f))
    .map((f) => {
      const buf = readFileSync(path.join(dir, f));
      return { file: f, raw: buf.length, gzip: gzipSync(buf, { level: 9 }).length, buf };
    })
    .sort((a, b) => b.gzip - a.gzip);
  const sizes = new Map(files.map((r) => [`assets/${r.file}`, { raw: r.raw, gzip: r.gzip, text: r.file.endsWith('.js') ? r.buf.toString('utf8') : '' }]));
  for (const r of files) delete r.buf;

  const totals = {};
  for (const ext of ['js', 'css']) {
    const mine = files.filter((r) => r.file.endsWith(`.${ext}`));
    totals[ext] = {
      raw: mine.reduce((s, r) => s + r.raw, 0),
      gzip: mine.reduce((s, r) => s + r.gzip, 0),
      count: mine.length,
    };
  }

  // The first load: the entry chunk and everything it imports statically, with their CSS.
  let firstLoad = null;
  let onDemand = null;
  let routes = null;
  const manifestPath = path.join(root, '.vite', 'manifest.json');
  if (existsSync(manifestPath)) {
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
    const initial = new Set();
    const visit = (key) => {
      const chunk = manifest[key];
      if (!chunk || initial.has(chunk.file)) return;
      initial.add(chunk.file);
      for (const css of chunk.css ?? []) initial.add(css);
      for (const dep of chunk.imports ?? []) visit(dep);
    };
    for (const [key, chunk] of Object.entries(manifest)) if (chunk.isEntry) visit(key);
    const sizeOf = (set, ext) =>
      files.filter((r) => set.has(`assets/${r.file}`) && r.file.endsWith(`.${ext}`)).reduce((s, r) => s + r.gzip, 0);
    const lazy = new Set(files.map((r) => `assets/${r.file}`).filter((f) => !initial.has(f)));
    firstLoad = { js: sizeOf(initial, 'js'), css: sizeOf(initial, 'css'), files: initial.size };
    onDemand = { js: sizeOf(lazy, 'js'), css: sizeOf(lazy, 'css'), files: lazy.size };
    routes = measureRoutes(manifest, sizes, srcDir);
  }
  return { root, files, totals, firstLoad, onDemand, routes, precache: measurePrecache(root) };
}

function main() {
  let bundle;
  try {
    bundle = measureBundle(process.argv[2] ?? 'dist');
  } catch (err) {
    if (!(err instanceof MissingBuildError)) throw err;
    console.error(err.message);
    process.exit(1);
  }
  const { files, totals, firstLoad, onDemand } = bundle;
  for (const r of files) console.log(`${r.file.padEnd(48)} ${kb(r.raw).padStart(12)} ${kb(r.gzip).padStart(12)} gz`);
  for (const ext of ['js', 'css']) {
    const t = totals[ext];
    console.log(`total ${ext}: ${kb(t.raw)} raw, ${kb(t.gzip)} gzipped, ${t.count} files`);
  }
  if (firstLoad && onDemand) {
    console.log(`first load (entry + static imports): ${kb(firstLoad.js)} JS, ${kb(firstLoad.css)} CSS gzipped`);
    console.log(`loaded on demand (routes, exports): ${kb(onDemand.js)} JS, ${kb(onDemand.css)} CSS gzipped`);
    console.log('first visit to each route (entry + the route chunk + its strings + their static imports), gzip level 9:');
    for (const line of routesTable(bundle)) console.log(`  ${line}`);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
