// Prints the size of every JS and CSS file of a build, raw and gzipped, and the totals.
//   npm run build && npm run size          (or: node scripts/bundle-size.mjs dist-demo)
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const dir = path.join(process.argv[2] ?? 'dist', 'assets');
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
