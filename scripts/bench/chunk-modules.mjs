// What each chunk of the production build is made of: rebuilds it into a temporary folder (the real dist/ is left
// alone) with a plugin that reads every chunk's modules and their rendered (minified, before gzip) length, then
// prints, for the chunks a first visit to a route loads, the packages and source folders inside them, largest first.
// The manifest names chunks, not modules; this answers "which import put that in the first load".
//   node scripts/bench/chunk-modules.mjs                      the entry's chunks
//   node scripts/bench/chunk-modules.mjs /kiem-tra/:inspectionId   the entry's and that route's chunks
//   node scripts/bench/chunk-modules.mjs --top=40             more lines per chunk (default 15)
//   node scripts/bench/chunk-modules.mjs --why=@mantine/form  the static import chain from src/main.tsx to it
// Sizes: minified, and gzipped per package/folder on its own (the chunk gzips a little smaller as a whole).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { readRoutes } from '../bundle-size.mjs';

const args = process.argv.slice(2);
const top = Number(args.find((a) => a.startsWith('--top='))?.slice(6) ?? 15);
const why = args.filter((a) => a.startsWith('--why=')).map((a) => a.slice(6));
const routePath = args.find((a) => !a.startsWith('--'));
const route = routePath ? readRoutes().find((r) => r.path === routePath) : null;
if (routePath && !route) {
  console.error(`no route ${routePath} in src/app/router.tsx; routes: ${readRoutes().map((r) => r.path).join(', ')}`);
  process.exit(1);
}

/** A module id as a package name (node_modules/@scope/name) or a source folder (src/features/x). */
function group(id) {
  const clean = id.replace(/\?.*$/, '').replace(/^\0/, '');
  const nm = clean.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const parts = clean.slice(nm + 'node_modules/'.length).split('/');
    return parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
  }
  const rel = path.relative(process.cwd(), clean);
  const parts = rel.split(path.sep);
  return parts.slice(0, Math.min(parts.length - 1, parts[0] === 'src' ? 3 : 2)).join('/') || rel;
}

const chunks = new Map();
const graph = new Map();
const recorder = {
  name: 'record-chunk-modules',
  apply: 'build',
  generateBundle(_, bundle) {
    for (const id of this.getModuleIds()) graph.set(id, this.getModuleInfo(id)?.importedIds ?? []);
    for (const out of Object.values(bundle)) {
      if (out.type !== 'chunk') continue;
      chunks.set(out.fileName, {
        facade: out.facadeModuleId ? path.relative(process.cwd(), out.facadeModuleId) : null,
        isEntry: out.isEntry,
        imports: out.imports,
        modules: Object.entries(out.modules).map(([id, m]) => ({ id, length: m.renderedLength, code: m.code ?? '' })),
      });
    }
  },
};

const outDir = mkdtempSync(path.join(tmpdir(), 'cchc-chunk-modules-'));
try {
  await build({ logLevel: 'warn', build: { outDir, emptyOutDir: true, manifest: false }, plugins: [recorder] });
} finally {
  rmSync(outDir, { recursive: true, force: true });
}

// The chunks of a first visit: the entries' static closure, and the route chunk's.
const wanted = new Set();
const visit = (file) => {
  if (wanted.has(file) || !chunks.has(file)) return;
  wanted.add(file);
  for (const dep of chunks.get(file).imports) visit(dep);
};
for (const [file, c] of chunks) if (c.isEntry) visit(file);
if (route) for (const [file, c] of chunks) if (c.facade === route.module) visit(file);

const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
let total = 0;
for (const file of [...wanted].sort((a, b) => sum(chunks.get(b)) - sum(chunks.get(a)))) {
  const c = chunks.get(file);
  const groups = new Map();
  for (const m of c.modules) {
    const g = groups.get(group(m.id)) ?? { length: 0, code: [] };
    g.length += m.length;
    g.code.push(m.code);
    groups.set(group(m.id), g);
  }
  total += sum(c);
  console.log(`${file}${c.isEntry ? ' (entry)' : ''}${c.facade && !c.isEntry ? ` (${c.facade})` : ''}: ${kib(sum(c))} minified`);
  for (const [name, g] of [...groups].sort((a, b) => b[1].length - a[1].length).slice(0, top)) {
    const gz = g.code.join('').length ? kib(gzipSync(g.code.join('\n'), { level: 9 }).length) : '?';
    console.log(`   ${kib(g.length).padStart(10)}  ${gz.padStart(9)} gz  ${name}`);
  }
}
console.log(`${wanted.size} chunks, ${kib(total)} minified (before gzip)${route ? ` for a first visit to ${route.path}` : ' in the first load'}`);

// --why: breadth first through the static imports from the app's entry module to the first module of that group.
const entryModule = [...chunks.values()].find((c) => c.isEntry)?.facade;
for (const target of why) {
  const start = [...graph.keys()].find((id) => entryModule && id.endsWith(entryModule));
  const prev = new Map([[start, null]]);
  const queue = [start];
  let hit = null;
  while (queue.length && !hit) {
    const id = queue.shift();
    if (group(id) === target || group(id).startsWith(`${target}/`)) hit = id;
    else {
      for (const dep of graph.get(id) ?? []) {
        if (prev.has(dep)) continue;
        prev.set(dep, id);
        queue.push(dep);
      }
    }
  }
  if (!hit) {
    console.log(`${target}: not statically imported from ${entryModule}`);
    continue;
  }
  const chain = [];
  for (let id = hit; id != null; id = prev.get(id)) chain.unshift(path.relative(process.cwd(), id.replace(/\?.*$/, '').replace(/^\0/, '')));
  console.log(`${target}: ${chain.join('\n   → ')}`);
}

function sum(c) {
  return c.modules.reduce((s, m) => s + m.length, 0);
}
