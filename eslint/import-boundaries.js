// The one-way dependency rule of the house (docs/architecture.md), as a local ESLint rule:
//   src/api → src/config · src/domain → src/api · src/components → api, domain, lib, i18n, config
//   src/features/<x> → shared layers, never another feature · src/app → anything in src
//   src → mocks only through the dev bootstrap's dynamic import in src/main.tsx
//   mocks → src/api and src/domain only · src/domain imports no React or UI library.
//   server → src/api, src/domain and mocks/data only; nothing outside server/ imports server/.
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');

/** Which layer a file belongs to: 'api', 'domain', 'feature:overview', 'mocks', … or null. */
function layerOf(file) {
  const rel = path.relative(root, file).split(path.sep);
  if (rel[0] === 'mocks') return rel[1] === 'data' ? 'mocks-data' : 'mocks';
  if (rel[0] === 'server') return 'server';
  if (rel[0] !== 'src') return null;
  if (rel.length === 2) return rel[1].startsWith('main.') ? 'main' : 'src-root';
  if (rel[1] === 'features') return `feature:${rel[2]}`;
  return rel[1];
}

const allowed = {
  config: ['config'],
  api: ['api', 'config'],
  domain: ['domain', 'api'],
  lib: ['lib', 'api', 'domain', 'config'],
  i18n: ['i18n', 'domain', 'config'],
  components: ['components', 'lib', 'api', 'domain', 'i18n', 'config', 'src-root'],
  mocks: ['mocks', 'mocks-data', 'api', 'domain'],
  'mocks-data': ['mocks-data', 'api', 'domain'],
  server: ['server', 'api', 'domain', 'mocks-data'],
};
const uiPackages = /^(react|react-dom|react-router|@mantine\/|@tanstack\/|recharts|i18next|react-i18next|@tabler\/)/;

function problem(fromLayer, toLayer) {
  if (!fromLayer || !toLayer || fromLayer === toLayer) return null;
  if (toLayer === 'server') return 'only server/ imports server/ (the SPA talks to it over HTTP)';
  if (fromLayer === 'server') return allowed.server.includes(toLayer) ? null : `server must not import ${toLayer}`;
  if (toLayer === 'mocks' || (toLayer === 'mocks-data' && fromLayer !== 'mocks')) return 'src may load mocks only through the dynamic import in src/main.tsx';
  if (toLayer === 'main' || toLayer === 'app') {
    return fromLayer === 'main' || fromLayer === 'app' ? null : `${fromLayer} must not import the app shell`;
  }
  if (fromLayer === 'app' || fromLayer === 'main' || fromLayer === 'src-root') return null;
  if (fromLayer.startsWith('feature:')) {
    return toLayer.startsWith('feature:') ? 'features must not import each other: move the shared piece down' : null;
  }
  const ok = allowed[fromLayer];
  if (ok && !ok.includes(toLayer)) return `${fromLayer} must not import ${toLayer}`;
  return null;
}

export default {
  meta: { type: 'problem', schema: [], messages: { boundary: '{{why}} ({{source}})' } },
  create(context) {
    const file = context.filename;
    const fromLayer = layerOf(file);
    const check = (node, source, dynamic) => {
      if (typeof source !== 'string') return;
      let why = null;
      if (source.startsWith('.')) {
        const toLayer = layerOf(path.resolve(path.dirname(file), source));
        if (toLayer === 'mocks' && fromLayer === 'main' && dynamic) return;
        why = problem(fromLayer, toLayer);
      } else if (fromLayer === 'domain' && uiPackages.test(source)) {
        why = 'src/domain holds pure functions: no React or UI library';
      }
      if (why) context.report({ node, messageId: 'boundary', data: { why, source } });
    };
    return {
      ImportDeclaration: (n) => check(n, n.source.value, false),
      ExportNamedDeclaration: (n) => n.source && check(n, n.source.value, false),
      ExportAllDeclaration: (n) => check(n, n.source.value, false),
      ImportExpression: (n) => n.source.type === 'Literal' && check(n, n.source.value, true),
    };
  },
};
