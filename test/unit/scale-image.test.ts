import { describe, expect, it } from 'vitest';
import { jpegName, prepareEvidence, scaledSize, THUMBNAIL_MAX_SIDE, UPLOAD_MAX_SIDE } from '../../src/lib/evidence/scale-image';

describe('scaledSize', () => {
  it('brings a tablet photo’s longest side to 2000 px for the upload and 320 px for the thumbnail, keeping its proportions', () => {
    expect(scaledSize(4032, 3024, UPLOAD_MAX_SIDE)).toEqual({ width: 2000, height: 1500 });
    expect(scaledSize(3024, 4032, UPLOAD_MAX_SIDE)).toEqual({ width: 1500, height: 2000 });
    expect(scaledSize(4032, 3024, THUMBNAIL_MAX_SIDE)).toEqual({ width: 320, height: 240 });
    expect(scaledSize(4000, 2250, UPLOAD_MAX_SIDE)).toEqual({ width: 2000, height: 1125 });
    expect(scaledSize(2560, 1600, THUMBNAIL_MAX_SIDE)).toEqual({ width: 320, height: 200 });
  });

  it('rounds the short side to whole pixels, at least 1', () => {
    expect(scaledSize(3000, 1999, UPLOAD_MAX_SIDE)).toEqual({ width: 2000, height: 1333 });
    expect(scaledSize(2001, 1001, UPLOAD_MAX_SIDE)).toEqual({ width: 2000, height: 1000 });
    expect(scaledSize(9000, 1, UPLOAD_MAX_SIDE)).toEqual({ width: 2000, height: 1 });
    expect(scaledSize(1, 9000, THUMBNAIL_MAX_SIDE)).toEqual({ width: 1, height: 320 });
    expect(scaledSize(5000, 5000, UPLOAD_MAX_SIDE)).toEqual({ width: 2000, height: 2000 });
  });

  it('never upscales: a picture within the limit keeps its size', () => {
    expect(scaledSize(2000, 1500, UPLOAD_MAX_SIDE)).toEqual({ width: 2000, height: 1500 });
    expect(scaledSize(800, 600, UPLOAD_MAX_SIDE)).toEqual({ width: 800, height: 600 });
    expect(scaledSize(320, 100, THUMBNAIL_MAX_SIDE)).toEqual({ width: 320, height: 100 });
    expect(scaledSize(12, 7, THUMBNAIL_MAX_SIDE)).toEqual({ width: 12, height: 7 });
  });

  it('refuses what is not a size', () => {
    for (const [w, h, m] of [[0, 100, 2000], [100, -1, 2000], [Number.NaN, 100, 2000], [100, 100, 0], [Infinity, 1, 2000]] as const)
      expect(() => scaledSize(w, h, m)).toThrow(RangeError);
  });
});

describe('jpegName', () => {
  it('puts .jpg in place of the extension', () => {
    expect(jpegName('IMG_0042.HEIC.png')).toBe('IMG_0042.HEIC.jpg');
    expect(jpegName('ảnh hiện trường.webp')).toBe('ảnh hiện trường.jpg');
    expect(jpegName('khong-duoi')).toBe('khong-duoi.jpg');
    expect(jpegName('.png')).toBe('anh.jpg');
  });
});

describe('prepareEvidence (the parts that need no canvas)', () => {
  it('passes a PDF through unchanged, without a thumbnail', async () => {
    const pdf = new File([new TextEncoder().encode('%PDF-1.7\n%…')], 'bien-ban.pdf', { type: 'application/pdf' });
    const prepared = await prepareEvidence(pdf);
    expect(prepared).toEqual({ file: pdf, thumbnail: null, type: 'application/pdf', scaled: false, width: null, height: null, originalWidth: null, originalHeight: null });
  });

  it('tells a file of another type by its content (a program renamed .jpg): type null, unchanged', async () => {
    const exe = new File([new Uint8Array([0x4d, 0x5a, 0x90, 0])], 'anh.jpg', { type: 'image/jpeg' });
    expect(await prepareEvidence(exe)).toEqual({ file: exe, thumbnail: null, type: null, scaled: false, width: null, height: null, originalWidth: null, originalHeight: null });
  });

  it('a picture the environment cannot decode passes through unchanged (the server still takes it)', async () => {
    const png = new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3])], 'anh.png');
    expect(await prepareEvidence(png)).toEqual({ file: png, thumbnail: null, type: 'image/png', scaled: false, width: null, height: null, originalWidth: null, originalHeight: null });
  });
});
