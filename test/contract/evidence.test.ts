import { afterEach, describe, expect, it, vi } from 'vitest';
import { EVIDENCE_MAX_BYTES, evidenceSchema, getEvidenceBlob, isEvidenceId, uploadEvidence } from '../../src/api/evidence';
import { PNG_BYTES, pngFile } from './endpoint-cases';
import { BASE, errorOf, expectApiError, mockOnlyIt, signInAs, setupMockBackend, tokenFor } from './helpers';

setupMockBackend();
afterEach(() => vi.restoreAllMocks());

const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, ...new TextEncoder().encode('a small thumbnail')]);
const PDF = new TextEncoder().encode('%PDF-1.7\n1 0 obj\n<<>>\nendobj\n');
const WEBP = new Uint8Array([...new TextEncoder().encode('RIFF'), 0x10, 0, 0, 0, ...new TextEncoder().encode('WEBPVP8 ')]);
/** A Windows program ("MZ" header) renamed to look like a photo. */
const EXE = new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00]);

const TYPE = 'Chỉ nhận ảnh JPEG, PNG, WebP hoặc tệp PDF (kiểm tra theo nội dung tệp, không theo tên tệp)';
const TOO_LARGE = 'Tệp lớn hơn 10 MB: mỗi tệp minh chứng tối đa 10 MB';

const bytesOf = async (blob: Blob) => new Uint8Array(await blob.arrayBuffer());

/** A raw multipart POST, for bodies the typed fetcher would not send. */
async function post(form: FormData, token: string | null) {
  const res = await fetch(`${BASE}/evidence`, { method: 'POST', body: form, headers: token ? { Authorization: `Bearer ${token}` } : {} });
  return { status: res.status, body: (await res.json()) as unknown };
}

describe('POST /evidence and GET /evidence/:id', () => {
  it('stores a photo typed by its content, and gives the same bytes back with their type to anyone signed in', async () => {
    await signInAs('inspector');
    const saved = await uploadEvidence(pngFile('ảnh hiện trường.jpg'));
    expect(evidenceSchema.parse(saved)).toEqual({
      id: saved.id,
      name: 'ảnh hiện trường.jpg',
      type: 'image/png',
      size: PNG_BYTES.length,
      thumbnailId: null,
      createdAt: saved.createdAt,
    });
    await signInAs('leader');
    const blob = await getEvidenceBlob(saved.id);
    expect(blob.type).toBe('image/png');
    expect(await bytesOf(blob)).toEqual(PNG_BYTES);
  });

  it('keeps the thumbnail the client made for a photo, readable by its own id', async () => {
    await signInAs('secretariat');
    const saved = await uploadEvidence(pngFile(), new Blob([JPEG], { type: 'image/jpeg' }));
    expect(saved.thumbnailId).toEqual(expect.any(String));
    expect(saved.thumbnailId).not.toBe(saved.id);
    const thumb = await getEvidenceBlob(saved.thumbnailId!);
    expect([thumb.type, await bytesOf(thumb)]).toEqual(['image/jpeg', JPEG]);
  });

  it.each([
    ['a PDF', PDF, 'bien-ban.pdf', 'application/pdf'],
    ['a WebP', WEBP, 'anh.webp', 'image/webp'],
    ['a JPEG named .pdf', JPEG, 'anh.pdf', 'image/jpeg'],
  ])('accepts %s, typed by its content', async (_name, bytes, name, type) => {
    await signInAs('inspector');
    const saved = await uploadEvidence(new File([bytes], name, { type: 'application/octet-stream' }));
    expect([saved.type, saved.size, saved.name]).toEqual([type, bytes.length, name]);
  });

  it('names an uploaded file by an id that tells it from a written reference', async () => {
    await signInAs('inspector');
    const saved = await uploadEvidence(pngFile());
    expect(isEvidenceId(saved.id)).toBe(true);
    expect(isEvidenceId('Kế hoạch số 12/KH-UBND ngày 20/12/2024 về CCHC năm 2025')).toBe(false);
  });

  it('strips folders and control characters from the name', async () => {
    await signInAs('inspector');
    expect((await uploadEvidence(pngFile('..\\..\\Windows\\a\u0000nh\u202e.png'))).name).toBe('anh.png');
  });

  it('a renamed program (.exe as .jpg): 415 with the words at the field, nothing stored', async () => {
    await signInAs('inspector');
    const err = await expectApiError(uploadEvidence(new File([EXE], 'anh-hien-truong.jpg', { type: 'image/jpeg' })), {
      kind: 'validation',
      status: 415,
      message: TYPE,
      fields: { file: [TYPE] },
    });
    expect(err.fieldMessage('file')).toBe(TYPE);
  });

  it('a file of 10 MB is taken, one byte more is a 413 with the words at the field', async () => {
    await signInAs('inspector');
    const exact = new Uint8Array(EVIDENCE_MAX_BYTES);
    exact.set(PDF);
    expect((await uploadEvidence(new File([exact], 'bien-ban.pdf'))).size).toBe(EVIDENCE_MAX_BYTES);
    const over = new Uint8Array(EVIDENCE_MAX_BYTES + 1);
    over.set(PDF);
    await expectApiError(uploadEvidence(new File([over], 'bien-ban.pdf')), { kind: 'validation', status: 413, message: TOO_LARGE, fields: { file: [TOO_LARGE] } });
  });

  it('a 50 MB file: 413', async () => {
    await signInAs('inspector');
    const big = new Uint8Array(50 * 1024 * 1024);
    big.set(JPEG);
    await expectApiError(uploadEvidence(new File([big], 'video.jpg')), { kind: 'validation', status: 413, message: TOO_LARGE });
  });

  it('no file, an empty one, a thumbnail for a PDF or a thumbnail that is no image: refused at the part', async () => {
    const token = await tokenFor('inspector');
    const none = new FormData();
    none.append('note', 'no file');
    const r1 = await post(none, token);
    expect([r1.status, errorOf(r1).fields]).toEqual([422, { file: ['Chưa chọn tệp minh chứng (gửi tệp trong trường “file”, multipart/form-data)'] }]);

    const empty = new FormData();
    empty.append('file', new File([], 'rong.png'));
    const r2 = await post(empty, token);
    expect([r2.status, errorOf(r2).fields]).toEqual([422, { file: ['Tệp rỗng: không có nội dung'] }]);

    const pdfThumb = new FormData();
    pdfThumb.append('file', new File([PDF], 'bien-ban.pdf'));
    pdfThumb.append('thumbnail', new File([JPEG], 't.jpg'));
    const r3 = await post(pdfThumb, token);
    expect([r3.status, errorOf(r3).fields]).toEqual([422, { thumbnail: ['Chỉ ảnh mới có ảnh thu nhỏ, tệp PDF thì không'] }]);

    const badThumb = new FormData();
    badThumb.append('file', pngFile());
    badThumb.append('thumbnail', new File([PDF], 't.jpg'));
    const r4 = await post(badThumb, token);
    expect([r4.status, errorOf(r4).fields]).toEqual([415, { thumbnail: ['Ảnh thu nhỏ phải là ảnh JPEG, PNG hoặc WebP'] }]);
  });

  it('a JSON body instead of multipart: 422 on file', async () => {
    const res = await fetch(`${BASE}/evidence`, {
      method: 'POST',
      body: JSON.stringify({ file: 'x' }),
      headers: { Authorization: `Bearer ${await tokenFor('inspector')}`, 'Content-Type': 'application/json' },
    });
    expect(res.status).toBe(422);
  });

  it('roles: a leader may not upload (403), no one without a session (401); inspectors and the secretariat may', async () => {
    const form = () => {
      const f = new FormData();
      f.append('file', pngFile());
      return f;
    };
    const leader = await post(form(), await tokenFor('leader'));
    expect([leader.status, errorOf(leader)]).toEqual([403, { code: 'forbidden', message: 'Lãnh đạo chỉ được xem, không được thay đổi dữ liệu' }]);
    expect((await post(form(), null)).status).toBe(401);
    expect((await post(form(), await tokenFor('inspector'))).status).toBe(201);
    expect((await post(form(), await tokenFor('secretariat'))).status).toBe(201);
  });

  it('GET of an unknown id: 404; without a session: 401', async () => {
    await signInAs('leader');
    await expectApiError(getEvidenceBlob('ev-khong-co'), { kind: 'not_found', status: 404, message: 'Không có minh chứng “ev-khong-co”' });
    await signInAs(null);
    await expectApiError(getEvidenceBlob('ev-khong-co'), { kind: 'unauthorized', status: 401 });
  });

  mockOnlyIt(
    'a write the browser store cannot keep (its quota) is a 507 the user sees, and nothing is stored',
    async () => {
      await signInAs('inspector');
      const stored = await uploadEvidence(pngFile());
      vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      });
      const err = await expectApiError(uploadEvidence(pngFile(), new Blob([JPEG])), { kind: 'server', status: 507 });
      expect(err.serverMessage).toBe(
        'Bộ nhớ của trình duyệt đã đầy: không lưu được tệp minh chứng. Hãy xóa bớt dữ liệu mô phỏng (bảng điều khiển mô phỏng) rồi thử lại.',
      );
      vi.restoreAllMocks();
      // What was kept before is still there.
      expect(await bytesOf(await getEvidenceBlob(stored.id))).toEqual(PNG_BYTES);
    },
    'the server keeps files on its disk, not in the browser',
  );
});
