// Prints the size of every JS and CSS file of a build, raw and gzipped, the totals, and what the
// first page load fetches (index.html's entry and its static imports) against what loads on demand.
//   npm run build && npm run size          (or: node scripts/bundle-size.mjs dist-demo)
// scripts/bench imports measureBundle() for its report.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

export const kb = (n) => `${(n / 1024).toFixed(1)} KiB`;

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
export function measureBundle(root = 'dist') {
  const dir = path.join(root, 'assets');
  if (!existsSync(dir)) throw new MissingBuildError(root);
  const files = readdirSync(dir)
    .filter((f) => /\.(js|css)$/.test(f))
    .map((f) => {
      const buf = readFileSync(path.join(dir, f));
      return { file: f, raw: buf.length, gzip: gzipSync(buf, { level: 9 }).length };
    })
    .sort((a, b) => b.gzip - a.gzip);

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
  }
  return { root, files, totals, firstLoad, onDemand };
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
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
