import 'fake-indexeddb/auto';
import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { server } from '../../mocks/node';
import { findInspection } from '../../mocks/store';
import { EVIDENCE_MESSAGES } from '../../src/api/evidence';
import { getSyncEngine, replaceSyncEngine } from '../../src/lib/inspection-sync';
import { openLocalStore } from '../../src/lib/inspection-sync/db';
import { inspectionPathPattern } from '../../src/lib/paths';
import { renderRoute } from '../setup/render-route';

// insp-2025-07: team 1 (kiemtra's), in progress; area 4 is the first with criteria not assessed, open at first.
const url = '/kiem-tra/insp-2025-07';

/** The size the stubbed decoder gives every picture (jsdom decodes none). */
let pictureSize = { width: 4000, height: 3000 };
const jpegBytes = () => new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1]);

beforeEach(async () => {
  await openLocalStore().clear();
  pictureSize = { width: 4000, height: 3000 };
  // What a browser has and jsdom lacks: decoding a picture, drawing it on a canvas, object URLs.
  vi.stubGlobal('createImageBitmap', async () => ({ ...pictureSize, close: () => undefined }));
  vi.stubGlobal(
    'OffscreenCanvas',
    class {
      getContext() {
        return { fillStyle: '', fillRect: () => undefined, drawImage: () => undefined };
      }
      convertToBlob() {
        return Promise.resolve(new Blob([jpegBytes()], { type: 'image/jpeg' }));
      }
    },
  );
  URL.createObjectURL = () => 'blob:evidence';
  URL.revokeObjectURL = () => undefined;
});
afterEach(async () => {
  await getSyncEngine().flushWrites();
  replaceSyncEngine(null);
  await openLocalStore().clear();
  vi.unstubAllGlobals();
});

const criterion = (number: string) => screen.getByRole('group', { name: new RegExp(`^${number.replace('.', '\\.')}\\. `) });

async function openForKiemtra() {
  const view = await renderRoute(inspectionPathPattern, { url, user: 'kiemtra' });
  await screen.findByRole('button', { name: 'Hoàn thành kiểm tra' }, { timeout: 15_000 });
  return view;
}

/** The first criterion's "Chọn tệp" input (the second file input: the first is the camera's). */
const fileInput = () => {
  const inputs = document.querySelectorAll<HTMLInputElement>('input[type="file"]');
  expect(inputs.length).toBeGreaterThan(1);
  return inputs[1]!;
};

describe('Minh chứng của một tiêu chí', () => {
  it('says by the photo that it was scaled down before upload, with both sizes', async () => {
    const { user } = await openForKiemtra();
    await user.upload(fileInput(), new File([jpegBytes()], 'hien-truong.jpg', { type: 'image/jpeg' }));
    const list = await screen.findByRole('list', { name: 'Minh chứng' });
    expect(await within(list).findByText('Ảnh đã được thu nhỏ còn 2.000 × 1.500 px (từ 4.000 × 3.000) trước khi tải lên')).toBeInTheDocument();
    // Scaled photos are re-encoded as JPEG under their own name.
    expect(within(list).getByText('hien-truong.jpg')).toBeInTheDocument();
  }, 60_000);

  it('a photo within 2,000 px gets no such note', async () => {
    pictureSize = { width: 1600, height: 1200 };
    const { user } = await openForKiemtra();
    await user.upload(fileInput(), new File([jpegBytes()], 'nho.jpg', { type: 'image/jpeg' }));
    const list = await screen.findByRole('list', { name: 'Minh chứng' });
    expect(await within(list).findByText('nho.jpg')).toBeInTheDocument();
    expect(within(list).queryByText(/thu nhỏ/)).not.toBeInTheDocument();
  }, 60_000);

  it('a file the server refuses (415) is said by the file and stays listed to remove; the rest of the draft syncs', async () => {
    pictureSize = { width: 800, height: 600 };
    let uploads = 0;
    server.use(
      http.post('*/evidence', () => {
        uploads++;
        return HttpResponse.json(
          { error: { code: 'validation', message: EVIDENCE_MESSAGES.type, fields: { file: [EVIDENCE_MESSAGES.type] } } },
          { status: 415 },
        );
      }),
    );
    const { user } = await openForKiemtra();
    await user.upload(fileInput(), new File([jpegBytes()], 'la.jpg', { type: 'image/jpeg' }));
    const list = await screen.findByRole('list', { name: 'Minh chứng' });
    await user.click(within(criterion('4.1')).getByRole('radio', { name: 'Đạt' }));

    const alert = await within(list).findByRole('alert', {}, { timeout: 10_000 });
    expect(alert).toHaveTextContent(
      'Máy chủ không nhận tệp này: chỉ nhận ảnh JPEG, PNG, WebP hoặc tệp PDF (kiểm tra theo nội dung tệp). Tệp không được gửi; hãy bỏ tệp và chọn tệp khác. Phần còn lại của cuộc kiểm tra vẫn được đồng bộ.',
    );
    // The result went to the server without the refused file; the draft is not held back.
    await waitFor(() => expect(findInspection('insp-2025-07')!.checklist.find((c) => c.criterionId === 'a4-c1')?.result).toBe('pass'), {
      timeout: 10_000,
    });
    expect(findInspection('insp-2025-07')!.checklist.flatMap((c) => c.evidence).filter((e) => e.startsWith('local-ev-'))).toEqual([]);
    expect(await screen.findByText('Đã lưu')).toBeInTheDocument();
    // "Đã lưu" is not said alone while a file of the record was never taken.
    expect(screen.getByText('Đã lưu').closest('[role="status"]')).toHaveTextContent('1 tệp minh chứng không được máy chủ nhận: xem bên tiêu chí');
    expect(uploads).toBe(1);

    // Still listed, with its remove button, after the save; removing it takes the refusal away.
    const remove = within(list).getByRole('button', { name: 'Bỏ minh chứng la.jpg' });
    expect(remove).toHaveAccessibleDescription(/Máy chủ không nhận tệp này/);
    await user.click(remove);
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Bỏ minh chứng la.jpg' })).not.toBeInTheDocument());
    expect(screen.queryByText(/Máy chủ không nhận tệp này/)).not.toBeInTheDocument();
    await waitFor(() => expect(screen.queryByText(/tệp minh chứng không được máy chủ nhận/)).not.toBeInTheDocument());
    // Another try does not upload it again.
    expect(uploads).toBe(1);
  }, 60_000);
});
