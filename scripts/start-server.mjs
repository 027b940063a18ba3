// npm start: builds the SPA once if dist/ has none, then runs the reference server (server/main.ts).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const dist = process.env.DIST_DIR ?? path.join(root, 'dist');

if (!existsSync(path.join(dist, 'index.html'))) {
  console.log('start: no production build yet, building it (vite build)…');
  const build = spawnSync(bin('vite'), ['build', '--outDir', dist], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) {
    console.error('start: the build failed; see above');
    process.exit(build.status ?? 1);
  }
}
const server = spawn(bin('tsx'), [path.join(root, 'server', 'main.ts')], { cwd: root, stdio: 'inherit' });
// A stop request to npm start stops the server (which closes the database cleanly).
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
