import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The one-way dependency rule (docs/architecture.md), checked on code that breaks it and code that keeps it.
const root = path.resolve(import.meta.dirname, '../..');
const eslint = new ESLint({ cwd: root });

async function boundaryMessages(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'cchc/import-boundaries').map((m) => m.message);
}

describe('import boundaries', () => {
  it('keeps React out of src/domain', async () => {
    expect(await boundaryMessages('src/domain/x.ts', "import { useState } from 'react';\nexport const a = useState;\n")).toEqual([
      'src/domain holds pure functions: no React or UI library (react)',
    ]);
  });

  it('forbids a feature to import another feature', async () => {
    const msgs = await boundaryMessages('src/features/overview/x.ts', "export { a } from '../dossiers/a';\n");
    expect(msgs).toEqual(['features must not import each other: move the shared piece down (../dossiers/a)']);
  });

  it('lets src reach mocks only through the dynamic import of src/main.tsx', async () => {
    expect(await boundaryMessages('src/main.tsx', "export const m = () => import('../mocks/browser');\n")).toEqual([]);
    expect(await boundaryMessages('src/app/x.ts', "export const m = () => import('../../mocks/browser');\n")).toHaveLength(1);
    expect(await boundaryMessages('src/main.tsx', "export { server } from '../mocks/node';\n")).toHaveLength(1);
  });

  it('keeps mocks on the contract side', async () => {
    expect(await boundaryMessages('mocks/handlers/x.ts', "export { a } from '../../src/app/a';\n")).toEqual([
      'mocks must not import the app shell (../../src/app/a)',
    ]);
    expect(await boundaryMessages('mocks/handlers/x.ts', "export { metaSchema } from '../../src/api/meta';\n")).toEqual([]);
  });

  it('keeps the reference server apart: it reads the contract and the generators, nothing imports it', async () => {
    expect(await boundaryMessages('src/app/x.ts', "export { buildApp } from '../../server/app';\n")).toEqual([
      'only server/ imports server/ (the SPA talks to it over HTTP) (../../server/app)',
    ]);
    expect(await boundaryMessages('server/routes/x.ts', "export { getDataset } from '../../mocks/data';\n")).toEqual([]);
    expect(await boundaryMessages('server/routes/x.ts', "export { metaSchema } from '../../src/api/meta';\n")).toEqual([]);
    expect(await boundaryMessages('server/routes/x.ts', "export { handlers } from '../../mocks/handlers';\n")).toEqual([
      'server must not import mocks (../../mocks/handlers)',
    ]);
    expect(await boundaryMessages('server/routes/x.ts', "export { App } from '../../src/app/app';\n")).toEqual([
      'server must not import app (../../src/app/app)',
    ]);
  });

  it('lets a feature use the shared layers', async () => {
    const code = "export { onTimeRate } from '../../domain/dossier-measures';\nexport { getMeta } from '../../api/meta';\n";
    expect(await boundaryMessages('src/features/overview/x.ts', code)).toEqual([]);
  });
});
