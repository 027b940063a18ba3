import { rmSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { startServer, tempDir } from '../server/helpers';

/**
 * Seeds the Thường Tín demo once into a PGlite folder that every contract file copies:
 * seeding takes seconds, copying a folder does not.
 */
export default async function setup(project: TestProject): Promise<() => void> {
  const dir = tempDir('cchc-contract-template-');
  const s = await startServer({ dataDir: dir });
  await s.close();
  project.provide('contractTemplateDir', dir);
  return () => rmSync(dir, { recursive: true, force: true });
}

declare module 'vitest' {
  export interface ProvidedContext {
    contractTemplateDir: string;
  }
}
