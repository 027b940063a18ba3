// Prints the size of every JS and CSS file of a build, raw and gzipped, the totals, and what the
// first page load fetches (index.html's entry and its static imports) against what loads on demand.
//   npm run build && npm run size          (or: node scripts/bundle-size.mjs dist-demo)
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const root = process.argv[2] ?? 'dist';
const dir = path.join(root, 'assets');
const kb = (n) => `${(n / 1024).toFixed(1)} KiB`;
const rows = readdirSync(dir)
  .filter((f) => /\.(js|css)$/.test(f))
  .map((f) => {
    const buf = readFileSync(path.join(dir, f));
    return { file: f, raw: buf.length, gzip: gzipSync(buf, { level: 9 }).length };
  })
  .sort((a, b) => b.gzip - a.gzip);

for (const r of rows) console.log(`${r.file.padEnd(48)} ${kb(r.raw).padStart(12)} ${kb(r.gzip).padStart(12)} gz`);
for (const ext of ['js', 'css']) {
  const mine = rows.filter((r) => r.file.endsWith(`.${ext}`));
  const raw = mine.reduce((s, r) => s + r.raw, 0);
  const gz = mine.reduce((s, r) => s + r.gzip, 0);
  console.log(`total ${ext}: ${kb(raw)} raw, ${kb(gz)} gzipped, ${mine.length} files`);
}

// The first load: the entry chunk and everything it imports statically, with their CSS.
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
  const sizeOf = (files, ext) =>
    rows.filter((r) => files.has(`assets/${r.file}`) && r.file.endsWith(`.${ext}`)).reduce((s, r) => s + r.gzip, 0);
  const lazy = new Set(rows.map((r) => `assets/${r.file}`).filter((f) => !initial.has(f)));
  console.log(`first load (entry + static imports): ${kb(sizeOf(initial, 'js'))} JS, ${kb(sizeOf(initial, 'css'))} CSS gzipped`);
  console.log(`loaded on demand (routes, exports): ${kb(sizeOf(lazy, 'js'))} JS, ${kb(sizeOf(lazy, 'css'))} CSS gzipped`);
}
