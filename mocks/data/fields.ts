import type { Field } from '../../src/api/fields';

/**
 * Procedure fields (lĩnh vực) with the parameters that shape their dossiers. Commune one-stops handle
 * mostly chứng thực and hộ tịch; the district one-stop mostly land, construction and business.
 */
export interface FieldProfile extends Field {
  /** Share of a commune's / the district office's dossiers in this field (0 if not handled there). */
  communeShare: number;
  districtShare: number;
  /** Dossiers still open at month end, as a share of the month's intake (longer deadlines → more). */
  pendingShare: number;
  /** Of resolved in time, the share resolved before the deadline. */
  earlyShare: number;
  /** How prone the field is to lateness, relative to the unit's rate. */
  lateFactor: number;
  /** How well the field moved online, relative to the overall curve. */
  onlineFactor: number;
  /** Returned or withdrawn, as a share of what was open in the month. */
  returnedShare: number;
}

export const thuongTinFields: FieldProfile[] = [
  { id: 'chung-thuc', name: 'Chứng thực', levels: ['commune'], communeShare: 0.52, districtShare: 0, pendingShare: 0.01, earlyShare: 0.3, lateFactor: 0.35, onlineFactor: 0.7, returnedShare: 0.002 },
  { id: 'ho-tich', name: 'Hộ tịch', levels: ['commune'], communeShare: 0.27, districtShare: 0, pendingShare: 0.06, earlyShare: 0.55, lateFactor: 0.9, onlineFactor: 1.3, returnedShare: 0.006 },
  { id: 'dat-dai', name: 'Đất đai', levels: ['district', 'commune'], communeShare: 0.05, districtShare: 0.43, pendingShare: 0.45, earlyShare: 0.35, lateFactor: 3.5, onlineFactor: 0.8, returnedShare: 0.03 },
  { id: 'xay-dung', name: 'Xây dựng', levels: ['district'], communeShare: 0, districtShare: 0.1, pendingShare: 0.35, earlyShare: 0.4, lateFactor: 2.5, onlineFactor: 1.0, returnedShare: 0.03 },
  { id: 'kinh-doanh', name: 'Đăng ký kinh doanh (hộ kinh doanh)', levels: ['district'], communeShare: 0, districtShare: 0.19, pendingShare: 0.08, earlyShare: 0.6, lateFactor: 0.8, onlineFactor: 1.4, returnedShare: 0.02 },
  { id: 'bao-tro-xa-hoi', name: 'Bảo trợ xã hội', levels: ['district', 'commune'], communeShare: 0.07, districtShare: 0.1, pendingShare: 0.25, earlyShare: 0.45, lateFactor: 1.5, onlineFactor: 1.0, returnedShare: 0.01 },
  { id: 'lao-dong-tbxh', name: 'Lao động - Thương binh và Xã hội', levels: ['district', 'commune'], communeShare: 0.06, districtShare: 0.05, pendingShare: 0.2, earlyShare: 0.45, lateFactor: 1.3, onlineFactor: 1.0, returnedShare: 0.01 },
  { id: 'nong-nghiep', name: 'Nông nghiệp và phát triển nông thôn', levels: ['commune'], communeShare: 0.03, districtShare: 0, pendingShare: 0.15, earlyShare: 0.4, lateFactor: 1.0, onlineFactor: 0.9, returnedShare: 0.01 },
  { id: 'tu-phap', name: 'Tư pháp', levels: ['district'], communeShare: 0, districtShare: 0.09, pendingShare: 0.1, earlyShare: 0.5, lateFactor: 0.8, onlineFactor: 1.1, returnedShare: 0.01 },
  { id: 'giao-duc', name: 'Giáo dục và đào tạo', levels: ['district'], communeShare: 0, districtShare: 0.04, pendingShare: 0.12, earlyShare: 0.5, lateFactor: 0.8, onlineFactor: 1.2, returnedShare: 0.005 },
];

/** Fewer fields for the national dataset, to keep its typed arrays small. */
export const nationalFields: FieldProfile[] = [
  { id: 'chung-thuc', name: 'Chứng thực', levels: ['commune'], communeShare: 0.5, districtShare: 0, pendingShare: 0.01, earlyShare: 0.3, lateFactor: 0.35, onlineFactor: 0.7, returnedShare: 0.002 },
  { id: 'ho-tich', name: 'Hộ tịch', levels: ['commune'], communeShare: 0.27, districtShare: 0, pendingShare: 0.06, earlyShare: 0.55, lateFactor: 0.9, onlineFactor: 1.3, returnedShare: 0.006 },
  { id: 'dat-dai', name: 'Đất đai', levels: ['district', 'commune'], communeShare: 0.1, districtShare: 0.5, pendingShare: 0.45, earlyShare: 0.35, lateFactor: 3.5, onlineFactor: 0.8, returnedShare: 0.03 },
  { id: 'kinh-doanh', name: 'Đăng ký kinh doanh (hộ kinh doanh)', levels: ['district', 'commune'], communeShare: 0.05, districtShare: 0.3, pendingShare: 0.08, earlyShare: 0.6, lateFactor: 0.8, onlineFactor: 1.4, returnedShare: 0.02 },
  { id: 'bao-tro-xa-hoi', name: 'Bảo trợ xã hội', levels: ['district', 'commune'], communeShare: 0.08, districtShare: 0.2, pendingShare: 0.25, earlyShare: 0.45, lateFactor: 1.5, onlineFactor: 1.0, returnedShare: 0.01 },
];

/** The API's view of a field (without the generator's parameters). */
export const publicField = (f: FieldProfile): Field => ({ id: f.id, name: f.name, levels: [...f.levels] });
