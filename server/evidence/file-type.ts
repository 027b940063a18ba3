/** The types of evidence accepted, told by their first bytes (the name and the declared type are not trusted). */
export type EvidenceType = 'image/jpeg' | 'image/png' | 'image/webp' | 'application/pdf';

const starts = (b: Buffer, bytes: number[], at = 0) => bytes.every((x, i) => b[at + i] === x);
const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

export function sniffEvidenceType(b: Buffer): EvidenceType | null {
  if (starts(b, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (starts(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (starts(b, ascii('RIFF')) && starts(b, ascii('WEBP'), 8)) return 'image/webp';
  if (starts(b, ascii('%PDF-'))) return 'application/pdf';
  return null;
}
