import { toPng } from 'html-to-image';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { dataUrlToBlob, nodeToPng } from '../../src/lib/export/png';

// html-to-image needs a browser's canvas; here only what it is asked for and what becomes of its answer.
vi.mock('html-to-image', () => ({ toPng: vi.fn() }));

/** A 1×1 transparent PNG. */
const onePixel =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

const bytesOf = async (blob: Blob) => [...new Uint8Array(await blob.arrayBuffer())];

afterEach(() => {
  vi.mocked(toPng).mockReset();
});

describe('dataUrlToBlob', () => {
  it('decodes a base64 PNG to its bytes, typed image/png', async () => {
    const blob = dataUrlToBlob(`data:image/png;base64,${onePixel}`);
    expect(blob.type).toBe('image/png');
    expect(blob.size).toBe(70);
    const bytes = await bytesOf(blob);
    // The PNG signature, then the IHDR chunk with width 1 and height 1.
    expect(bytes.slice(0, 8)).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(bytes.slice(16, 24)).toEqual([0, 0, 0, 1, 0, 0, 0, 1]);
  });

  it('decodes a percent-encoded data URL with parameters', async () => {
    const blob = dataUrlToBlob('data:text/plain;charset=utf-8,H%E1%BB%93%20s%C6%A1');
    expect(blob.type).toBe('text/plain');
    expect(await blob.text()).toBe('Hồ sơ');
  });

  it('refuses what is not a data URL', () => {
    expect(() => dataUrlToBlob('https://example.org/a.png')).toThrow('Not a data URL');
  });
});

describe('nodeToPng', () => {
  it('asks for twice the pixels on the given background and returns the PNG', async () => {
    vi.mocked(toPng).mockResolvedValue(`data:image/png;base64,${onePixel}`);
    const node = {} as HTMLElement;
    const blob = await nodeToPng(node, { backgroundColor: '#242424' });
    expect(toPng).toHaveBeenCalledWith(node, { backgroundColor: '#242424', pixelRatio: 2 });
    expect(blob.type).toBe('image/png');
    expect((await bytesOf(blob)).slice(1, 4)).toEqual([0x50, 0x4e, 0x47]);
  });

  it('passes on html-to-image failing', async () => {
    vi.mocked(toPng).mockRejectedValue(new Error('tainted canvas'));
    await expect(nodeToPng({} as HTMLElement, { backgroundColor: '#fff' })).rejects.toThrow('tainted canvas');
  });
});
