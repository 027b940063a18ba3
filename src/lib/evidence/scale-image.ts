import { EVIDENCE_IMAGE_TYPES, sniffEvidenceType, type EvidenceType } from '../../api/evidence';

/** The longest side of an uploaded photo (a tablet camera's 4032 × 3024 becomes 2000 × 1500) and of its thumbnail. */
export const UPLOAD_MAX_SIDE = 2000;
export const THUMBNAIL_MAX_SIDE = 320;
const JPEG_QUALITY = 0.85;
const THUMBNAIL_QUALITY = 0.8;

export interface Size {
  width: number;
  height: number;
}

/**
 * The size of a picture scaled so that its longest side is at most `maxSide`, keeping its proportions: whole pixels,
 * at least 1 on each side, never larger than it is (no upscaling). A size that is not a positive finite number is a
 * RangeError.
 */
export function scaledSize(width: number, height: number, maxSide: number): Size {
  for (const v of [width, height, maxSide])
    if (!Number.isFinite(v) || v <= 0) throw new RangeError(`scaledSize: ${width} × ${height} within ${maxSide} is not a size`);
  const w = Math.round(width);
  const h = Math.round(height);
  const longest = Math.max(w, h);
  const limit = Math.floor(maxSide);
  if (longest <= limit) return { width: Math.max(1, w), height: Math.max(1, h) };
  const scale = limit / longest;
  // The longest side is exactly the limit; the other rounds to the nearest pixel.
  return w >= h
    ? { width: limit, height: Math.max(1, Math.min(limit, Math.round(h * scale))) }
    : { width: Math.max(1, Math.min(limit, Math.round(w * scale))), height: limit };
}

/** The name of a photo re-encoded as JPEG: its own name with `.jpg` in place of its extension. */
export function jpegName(name: string): string {
  const base = name.replace(/\.[^./\\]*$/, '') || 'anh';
  return `${base}.jpg`;
}

export interface PreparedEvidence {
  /** What to upload: the photo scaled down (a JPEG) when it was larger than 2000 px, else the file as chosen. */
  file: File;
  /** For a photo, a JPEG of at most 320 px for lists and the minutes; null for a PDF or a picture that would not decode. */
  thumbnail: Blob | null;
  /** The type by content (the server checks the same); null: not a JPEG, PNG, WebP or PDF (the server answers 415). */
  type: EvidenceType | null;
  /** Whether the photo was scaled down, so the screen can say so ("thu nhỏ còn 2000 × 1500 px"). */
  scaled: boolean;
  /** The uploaded picture's size in pixels; null for a PDF or a picture that would not decode. */
  width: number | null;
  height: number | null;
  /** The picture's size as chosen (before scaling); null for a PDF or a picture that would not decode. */
  originalWidth: number | null;
  originalHeight: number | null;
}

type Drawable = ImageBitmap | HTMLImageElement;

/** Decodes a picture upright (its EXIF orientation applied), or null when the browser cannot. */
async function decode(file: Blob): Promise<{ image: Drawable; width: number; height: number; close: () => void } | null> {
  if (typeof createImageBitmap === 'function') {
    try {
      const bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
      return { image: bitmap, width: bitmap.width, height: bitmap.height, close: () => bitmap.close() };
    } catch {
      // fall through to an <img>
    }
  }
  if (typeof Image === 'undefined' || typeof URL.createObjectURL !== 'function') return null;
  const url = URL.createObjectURL(file);
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    return { image: img, width: img.naturalWidth, height: img.naturalHeight, close: () => undefined };
  } catch {
    return null;
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Draws the picture at `size` on a white ground (a transparent PNG does not turn black) and encodes it as JPEG. */
async function drawJpeg(image: Drawable, size: Size, quality: number): Promise<Blob | null> {
  if (typeof OffscreenCanvas !== 'undefined') {
    const canvas = new OffscreenCanvas(size.width, size.height);
    const ctx = canvas.getContext('2d');
    if (!ctx) return null;
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, size.width, size.height);
    ctx.drawImage(image, 0, 0, size.width, size.height);
    return canvas.convertToBlob({ type: 'image/jpeg', quality });
  }
  if (typeof document === 'undefined') return null;
  const canvas = document.createElement('canvas');
  canvas.width = size.width;
  canvas.height = size.height;
  const ctx = canvas.getContext('2d');
  if (!ctx) return null;
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, size.width, size.height);
  ctx.drawImage(image, 0, 0, size.width, size.height);
  return new Promise((resolve) => canvas.toBlob(resolve, 'image/jpeg', quality));
}

/**
 * Gets a chosen file ready for `uploadEvidence(file, thumbnail)`, in the browser: a JPEG, PNG or WebP photo whose
 * longest side is over 2000 px is drawn onto a canvas at 2000 px and re-encoded as JPEG, and every photo gets a
 * thumbnail of at most 320 px; a PDF, a file of another type and a picture the browser cannot decode pass through
 * unchanged (the server judges them). Never throws for a bad file.
 */
export async function prepareEvidence(file: File): Promise<PreparedEvidence> {
  const head = new Uint8Array(await file.slice(0, 16).arrayBuffer());
  const type = sniffEvidenceType(head);
  const unchanged: PreparedEvidence = { file, thumbnail: null, type, scaled: false, width: null, height: null, originalWidth: null, originalHeight: null };
  if (!type || !EVIDENCE_IMAGE_TYPES.includes(type)) return unchanged;

  const decoded = await decode(file);
  if (!decoded) return unchanged;
  try {
    const target = scaledSize(decoded.width, decoded.height, UPLOAD_MAX_SIDE);
    const scaled = target.width !== decoded.width || target.height !== decoded.height;
    const upload = scaled ? await drawJpeg(decoded.image, target, JPEG_QUALITY) : null;
    const thumbnail = await drawJpeg(decoded.image, scaledSize(decoded.width, decoded.height, THUMBNAIL_MAX_SIDE), THUMBNAIL_QUALITY);
    const original = { originalWidth: decoded.width, originalHeight: decoded.height };
    if (scaled && !upload) return { ...unchanged, thumbnail, width: decoded.width, height: decoded.height, ...original };
    return {
      file: upload ? new File([upload], jpegName(file.name), { type: 'image/jpeg', lastModified: file.lastModified }) : file,
      thumbnail,
      type: upload ? 'image/jpeg' : type,
      scaled: upload !== null,
      width: upload ? target.width : decoded.width,
      height: upload ? target.height : decoded.height,
      ...original,
    };
  } finally {
    decoded.close();
  }
}
