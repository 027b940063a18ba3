// Fails when the production build (dist/) carries any of the mock backend:
// MSW itself, its service worker, or the mock datasets.
//   npm run build && npm run check:no-mocks
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const dir = process.argv[2] ?? 'dist';
// Without a build there is nothing to check: say so in one line rather than with an ENOENT trace.
if (!existsSync(dir) || !statSync(dir).isDirectory()) {
  console.error(`${dir}/ not found: run npm run build first`);
  process.exit(1);
}
const markers = ['setupWorker', 'mockServiceWorker', 'HttpResponse', 'getDataset', 'startMockBackend', 'kiemtra2'];

const files = [];
const walk = (d) => {
  for (const name of readdirSync(d)) {
    const p = path.join(d, name);
    if (statSync(p).isDirectory()) walk(p);
    else files.push(p);
  }
};
walk(dir);

const found = [];
for (const f of files) {
  if (path.basename(f) === 'mockServiceWorker.js') found.push(`${f}: the MSW service worker file`);
  if (!/\.(js|mjs|html)$/.test(f)) continue;
  const text = readFileSync(f, 'utf8');
  for (const m of markers) if (text.includes(m)) found.push(`${f}: contains "${m}"`);
}

if (found.length) {
  console.error(`Mock code found in ${dir}/:\n  ${found.join('\n  ')}`);
  process.exit(1);
}
console.log(`${dir}/ holds no mock code (${files.length} files checked for ${markers.join(', ')}).`);
