import { readdirSync, rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EVIDENCE_MAX_BYTES } from '../../src/api/evidence';
import { accounts, signIn, startServer, tempDir, type TestServer } from './helpers';

const dir = tempDir('cchc-evidence-test-');
let s: TestServer;
let inspector: string;

beforeAll(async () => {
  s = await startServer({ evidenceDir: dir });
  inspector = await signIn(s.app, accounts.inspector);
});
afterAll(async () => {
  await s.cleanup();
  rmSync(dir, { recursive: true, force: true });
});

const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('rest of a picture')]);
const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from('a small thumbnail')]);
const PDF = Buffer.from('%PDF-1.7\n1 0 obj\n<<>>\nendobj\n');

type Part = { name: string; fileName?: string; bytes: Buffer };

async function upload(parts: Part[], token: string | null = inspector) {
  const boundary = '----cchc-evidence';
  const payload = Buffer.concat([
    ...parts.flatMap((p) => [
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${p.name}"${p.fileName === undefined ? '' : `; filename="${p.fileName}"`}\r\n` +
          `${p.fileName === undefined ? '' : 'Content-Type: image/jpeg\r\n'}\r\n`,
      ),
      p.bytes,
      Buffer.from('\r\n'),
    ]),
    Buffer.from(`--${boundary}--\r\n`),
  ]);
  const res = await s.app.inject({
    method: 'POST',
    url: '/api/evidence',
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}`, ...(token ? { authorization: `Bearer ${token}` } : {}) },
    payload,
  });
  return { status: res.statusCode, body: res.json() };
}

const get = (id: string, token = inspector) => s.app.inject({ method: 'GET', url: `/api/evidence/${id}`, headers: { authorization: `Bearer ${token}` } });

describe('evidence files on the reference server', () => {
  it('stores a PNG typed by its content whatever its name says, on disk under its SHA-256, and gives the same bytes back', async () => {
    const res = await upload([{ name: 'file', fileName: '../../etc/ảnh hiện trường.pdf', bytes: PNG }]);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toEqual({ id: expect.stringMatching(/^ev-\d+$/), name: 'ảnh hiện trường.pdf', type: 'image/png', size: PNG.length, thumbnailId: null, createdAt: expect.any(String) });
    const file = await get(res.body.id);
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('image/png');
    expect(String(file.headers['content-disposition'])).toMatch(/^attachment;/);
    expect(file.rawPayload.equals(PNG)).toBe(true);
    const files = readdirSync(dir, { recursive: true }).map(String);
    expect(files.some((f) => f.includes('ảnh') || f.includes('etc'))).toBe(false);
    expect(files.filter((f) => /[0-9a-f]{64}$/.test(f))).toHaveLength(1);
  });

  it('keeps a photo’s thumbnail as an evidence file of its own', async () => {
    const res = await upload([
      { name: 'file', fileName: 'anh.png', bytes: PNG },
      { name: 'thumbnail', fileName: 'thumbnail.jpg', bytes: JPEG },
    ]);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.thumbnailId).toMatch(/^ev-\d+$/);
    const thumb = await get(res.body.thumbnailId, await signIn(s.app, accounts.leader));
    expect(thumb.headers['content-type']).toBe('image/jpeg');
    expect(thumb.rawPayload.equals(JPEG)).toBe(true);
  });

  it('refuses a second file, a text in place of the file, an empty file and an oversized thumbnail', async () => {
    const twice = await upload([
      { name: 'file', fileName: 'a.png', bytes: PNG },
      { name: 'file', fileName: 'b.png', bytes: PNG },
    ]);
    expect([twice.status, twice.body.error.fields]).toEqual([422, { file: ['Mỗi lần chỉ gửi một tệp minh chứng và một ảnh thu nhỏ'] }]);
    const text = await upload([{ name: 'file', bytes: Buffer.from('not a file') }]);
    expect(text.status).toBe(422);
    const empty = await upload([{ name: 'file', fileName: 'a.png', bytes: Buffer.alloc(0) }]);
    expect([empty.status, empty.body.error.fields]).toEqual([422, { file: ['Tệp rỗng: không có nội dung'] }]);
    const bigThumb = await upload([
      { name: 'file', fileName: 'a.png', bytes: PNG },
      { name: 'thumbnail', fileName: 't.jpg', bytes: Buffer.concat([JPEG, Buffer.alloc(1024 * 1024)]) },
    ]);
    expect([bigThumb.status, bigThumb.body.error.fields]).toEqual([413, { thumbnail: ['Ảnh thu nhỏ tối đa 1 MB'] }]);
  });

  it('takes a file of exactly 10 MB and refuses one byte more (413)', async () => {
    const exact = Buffer.concat([PDF, Buffer.alloc(EVIDENCE_MAX_BYTES - PDF.length)]);
    expect((await upload([{ name: 'file', fileName: 'bien-ban.pdf', bytes: exact }])).status).toBe(201);
    const over = await upload([{ name: 'file', fileName: 'bien-ban.pdf', bytes: Buffer.concat([exact, Buffer.from('x')]) }]);
    expect([over.status, over.body.error.message]).toEqual([413, 'Tệp lớn hơn 10 MB: mỗi tệp minh chứng tối đa 10 MB']);
  });

  it('no token: 401; a leader: 403', async () => {
    expect((await upload([{ name: 'file', fileName: 'a.png', bytes: PNG }], null)).status).toBe(401);
    expect((await upload([{ name: 'file', fileName: 'a.png', bytes: PNG }], await signIn(s.app, accounts.leader))).status).toBe(403);
  });
});
