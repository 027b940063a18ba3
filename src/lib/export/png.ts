import { downloadBlob } from './download';

/** Marks a part of an exported node (buttons, menus) that the picture leaves out. */
export const EXPORT_EXCLUDE_ATTRIBUTE = 'data-export-exclude';
/** Set on the copy being pictured, so that CSS can show it whole (e.g. a scrolled table at full length). */
export const EXPORTING_ATTRIBUTE = 'data-exporting';

export interface PngExportOptions {
  /** The picture's background: the page's own (white, or the dark scheme's body), never transparent. */
  backgroundColor: string;
  /** 2 by default: sharp when pasted into a report or projected. */
  pixelRatio?: number;
}

/** "data:image/png;base64,…" → a PNG Blob (a Blob downloads where long data: links do not). */
export function dataUrlToBlob(dataUrl: string): Blob {
  const match = /^data:([^;,]+)?((?:;[^;,]+)*?)(;base64)?,(.*)$/s.exec(dataUrl);
  if (!match) throw new Error('Not a data URL');
  const [, type = 'text/plain', , base64, payload = ''] = match;
  if (!base64) return new Blob([decodeURIComponent(payload)], { type });
  const binary = atob(payload);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return new Blob([bytes], { type });
}

/**
 * Lays out a copy of the node off screen, at the node's width, without the parts marked with
 * EXPORT_EXCLUDE_ATTRIBUTE, and hands it to `draw`. html-to-image copies every computed size, so
 * leaving the controls out of the live node would leave their hole in the picture; the copy reflows.
 */
export async function withExportCopy<T>(node: HTMLElement, draw: (copy: HTMLElement) => Promise<T>): Promise<T> {
  const holder = document.createElement('div');
  holder.setAttribute('aria-hidden', 'true');
  holder.inert = true;
  Object.assign(holder.style, {
    position: 'fixed',
    top: '0',
    left: '-100000px',
    width: `${node.getBoundingClientRect().width}px`,
    pointerEvents: 'none',
  });
  const copy = node.cloneNode(true) as HTMLElement;
  for (const part of copy.querySelectorAll(`[${EXPORT_EXCLUDE_ATTRIBUTE}]`)) part.remove();
  // No duplicate ids in the document while the copy lives.
  for (const el of [copy, ...copy.querySelectorAll('[id]')]) el.removeAttribute('id');
  copy.setAttribute(EXPORTING_ATTRIBUTE, '');
  holder.append(copy);
  document.body.append(holder);
  try {
    return await draw(copy);
  } finally {
    holder.remove();
  }
}

/** The node as a PNG Blob. Web fonts are embedded by html-to-image (all formats: its format filter drops fonts on a second call). */
export async function nodeToPng(node: HTMLElement, { backgroundColor, pixelRatio = 2 }: PngExportOptions): Promise<Blob> {
  // Loaded on the first export: no page needs it to show its charts.
  const { toPng } = await import('html-to-image');
  return dataUrlToBlob(await toPng(node, { backgroundColor, pixelRatio }));
}

/** Saves the node, as laid out without its controls, as `<fileName>.png`. */
export async function downloadPng(node: HTMLElement, fileName: string, options: PngExportOptions): Promise<void> {
  const blob = await withExportCopy(node, (copy) => nodeToPng(copy, options));
  downloadBlob(blob, `${fileName}.png`);
}
