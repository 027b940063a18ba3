import { sniffEvidenceType as sniff, type EvidenceType } from '../../src/api/evidence';

export type { EvidenceType };

/** The types of evidence accepted, told by their first bytes (the contract's rule, src/api/evidence.ts). */
export const sniffEvidenceType = (b: Buffer): EvidenceType | null => sniff(new Uint8Array(b.buffer, b.byteOffset, b.byteLength));
