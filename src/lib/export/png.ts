import { toPng } from 'html-to-image';
import { downloadBlob } from './download';

/** Marks a part of a captured node (buttons, menus) that the picture leaves out. */
export const EXPORT_EXCLUDE_ATTRIBUTE = 'data-export-exclude';

export interface PngExportOptions {
  /** The picture's background: the page's own (white, or the dark scheme's body), never transparent. */
  backgroundColor: string;
  /** 2 by default: sharp when pasted into a report or projected. */
  pixelRatio?: number;
}

/** html-to-image asks about every node, text nodes too; only elements can be marked. */
export function keepInPicture(node: Node): boolean {
  const element = node as Partial<Element>;
  return !(typeof element.hasAttribute === 'function' && element.hasAttribute(EXPORT_EXCLUDE_ATTRIBUTE));
}

/** "data:image/png;base64,…" → a PNG Blob (a Blob downloads where long data: links do not). */
export function dataUrlToBlob(dataUrl: string): Blob {
  const match = /^data:([^;,]+)?(;base64)?,(.*)$/s.exec(dataUrl);
  if (!match) throw new Error('Not a data URL');
  const [, type = 'application/octet-stream', base64, payload = ''] = match;
  if (!base64) return new Blob([decodeURIComponent(payload)], { type });
  const binary = atob(payload);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return new Blob([bytes], { type });
}

/** The node as it looks on screen, as a PNG, minus the parts marked with EXPORT_EXCLUDE_ATTRIBUTE. */
export async function nodeToPng(node: HTMLElement, { backgroundColor, pixelRatio = 2 }: PngExportOptions): Promise<Blob> {
  const dataUrl = await toPng(node, {
    backgroundColor,
    pixelRatio,
    filter: keepInPicture,
    // The app's fonts are self-hosted in woff2 and woff; one format is enough for the picture.
    preferredFontFormat: 'woff2',
  });
  return dataUrlToBlob(dataUrl);
}

/** Saves the node as `<fileName>.png`. */
export async function downloadPng(node: HTMLElement, fileName: string, options: PngExportOptions): Promise<void> {
  downloadBlob(await nodeToPng(node, options), `${fileName}.png`);
}
