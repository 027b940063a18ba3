import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * Evidence bytes in a folder, named by their SHA-256 (`ab/abcdef…`): the same file uploaded twice is
 * stored once, a name never reaches the file system, and a write lands whole (temporary file, then rename).
 */
export class EvidenceStore {
  readonly dir: string;
  constructor(dir: string) {
    this.dir = dir;
  }

  private pathOf(sha256: string) {
    return path.join(this.dir, sha256.slice(0, 2), sha256);
  }

  async put(bytes: Buffer): Promise<string> {
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const file = this.pathOf(sha256);
    try {
      await stat(file);
      return sha256;
    } catch {
      // not stored yet
    }
    await mkdir(path.dirname(file), { recursive: true });
    const tmp = `${file}.${process.pid}.${Date.now()}.tmp`;
    await writeFile(tmp, bytes, { flag: 'wx' });
    await rename(tmp, file);
    return sha256;
  }

  get(sha256: string): Promise<Buffer> {
    return readFile(this.pathOf(sha256));
  }
}
