import { readdirSync, rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UPLOAD_LIMIT } from '../../server/http/upload';
import { accounts, call, signIn, startServer, tempDir, type TestServer } from './helpers';

const dir = tempDir('cchc-evidence-test-');
let s: TestServer;
let inspector: string;
let inspectionId: string;

beforeAll(async () => {
  s = await startServer({ evidenceDir: dir });
  inspector = await signIn(s.app, accounts.inspector);
  const rec = await call(s.app, 'POST', '/inspections', {
    token: inspector,
    body: { unitId: 'xa-nhi-khe', title: 'Kiểm tra có minh chứng', teamId: 'doan-1', plannedDate: '2025-09-15' },
  });
  inspectionId = rec.body.id;
});
afterAll(async () => {
  await s.cleanup();
  rmSync(dir, { recursive: true, force: true });
});

const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('rest of a picture')]);
const PDF = Buffer.from('%PDF-1.7\n1 0 obj\n<<>>\nendobj\n');
const WEBP = Buffer.concat([Buffer.from('RIFF'), Buffer.from([0x10, 0, 0, 0]), Buffer.from('WEBPVP8 ')]);

async function upload(bytes: Buffer, name: string, token: string | null = inspector, id = inspectionId) {
  const boundary = '----cchc-evidence';
  const payload = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: image/jpeg\r\n\r\n`),
    bytes,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  const res = await s.app.inject({
    method: 'POST',
    url: `/api/inspections/${id}/evidence`,
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}`, ...(token ? { authorization: `Bearer ${token}` } : {}) },
    payload,
  });
  return { status: res.statusCode, body: res.json() };
}

describe('evidence files', () => {
  it('stores a PNG, typed by its content whatever its name says, and gives the same bytes back as a download', async () => {
    const res = await upload(PNG, '../../etc/ảnh hiện trường.pdf');
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({ inspectionId, fileName: 'ảnh hiện trường.pdf', mediaType: 'image/png', sizeBytes: PNG.length, uploadedBy: 'u-kiemtra' });
    const file = await s.app.inject({ method: 'GET', url: `/api/evidence/${res.body.id}`, headers: { authorization: `Bearer ${inspector}` } });
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('image/png');
    expect(String(file.headers['content-disposition'])).toMatch(/^attachment;/);
    expect(file.rawPayload.equals(PNG)).toBe(true);
    // On disk under its SHA-256, never under the name it came with.
    expect(readdirSync(dir, { recursive: true }).map(String).some((f) => f.endsWith(res.body.sha256))).toBe(true);
  });

  it('accepts PDF and WebP, lists them in order', async () => {
    expect((await upload(PDF, 'bien-ban.pdf')).body.mediaType).toBe('application/pdf');
    expect((await upload(WEBP, 'anh.webp')).body.mediaType).toBe('image/webp');
    const list = await call(s.app, 'GET', `/inspections/${inspectionId}/evidence`, { token: inspector });
    expect(list.body.map((e: { mediaType: string }) => e.mediaType)).toEqual(['image/png', 'application/pdf', 'image/webp']);
  });

  it('refuses a file that is not a picture or a PDF by its content (422), and one over 10 MB (413)', async () => {
    const text = await upload(Buffer.from('<script>alert(1)</script>'), 'anh.jpg');
    expect(text.status).toBe(422);
    expect(text.body.error.fields.file).toEqual(['Chỉ nhận ảnh JPEG, PNG, WebP hoặc tệp PDF (kiểm tra theo nội dung tệp)']);
    const big = await upload(Buffer.concat([PNG, Buffer.alloc(UPLOAD_LIMIT)]), 'to.png');
    expect(big.status).toBe(413);
    expect(big.body.error.message).toBe('Tệp lớn hơn 10 MB');
    expect((await call(s.app, 'GET', `/inspections/${inspectionId}/evidence`, { token: inspector })).body).toHaveLength(3);
  });

  it('only the inspection’s team or the secretariat adds evidence', async () => {
    expect((await upload(PNG, 'a.png', await signIn(s.app, accounts.inspector2))).status).toBe(403);
    expect((await upload(PNG, 'a.png', await signIn(s.app, accounts.leader))).status).toBe(403);
    expect((await upload(PNG, 'a.png', null)).status).toBe(401);
    expect((await upload(PNG, 'a.png', await signIn(s.app, accounts.secretariat))).status).toBe(201);
    expect((await upload(PNG, 'a.png', inspector, 'khong-co')).status).toBe(404);
  });
});
