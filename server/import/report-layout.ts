import { dossierCountKeys, type DossierCounts } from '../../src/api/dossiers';

/**
 * The columns of our own report export (the one-stop office's form, as the Hồ sơ TTHC screen writes it
 * to CSV and XLSX), by their Vietnamese headers: "Group: label" as the CSV writes them, or the two
 * header lines of the XLSX joined the same way. The words are those of src/i18n/locales/dossiers.vi.ts;
 * a test builds a file with the real export and imports it, so a change there shows up here.
 */
const GROUP = { received: 'Tiếp nhận mới trong kỳ', resolved: 'Đã giải quyết', pending: 'Đang giải quyết', rates: 'Tỷ lệ (%)' };

export type ImportColumn = keyof DossierCounts | 'received' | 'resolved' | 'pending';

export const COLUMN_HEADERS: Record<ImportColumn, string> = {
  carriedOver: 'Kỳ trước chuyển sang',
  receivedOnline: `${GROUP.received}: Trực tuyến`,
  receivedDirect: `${GROUP.received}: Trực tiếp`,
  receivedPostal: `${GROUP.received}: BCCI`,
  received: `${GROUP.received}: Tổng số`,
  resolvedEarly: `${GROUP.resolved}: Trước hạn`,
  resolvedOnTime: `${GROUP.resolved}: Đúng hạn`,
  resolvedLate: `${GROUP.resolved}: Quá hạn`,
  resolved: `${GROUP.resolved}: Tổng số`,
  pendingOnTime: `${GROUP.pending}: Trong hạn`,
  pendingOverdue: `${GROUP.pending}: Quá hạn`,
  pending: `${GROUP.pending}: Tổng số`,
  returned: 'Trả lại, rút hồ sơ',
  apologyLetters: 'Phiếu xin lỗi',
};

/** The sums the form shows beside their parts: checked when present, never stored. */
export const TOTAL_COLUMNS = {
  received: ['receivedOnline', 'receivedDirect', 'receivedPostal'],
  resolved: ['resolvedEarly', 'resolvedOnTime', 'resolvedLate'],
  pending: ['pendingOnTime', 'pendingOverdue'],
} as const satisfies Record<string, readonly (keyof DossierCounts)[]>;

export const COUNT_KEYS = dossierCountKeys;

/** What the rows of the file are, from the header of the first column. */
export const ROW_HEADERS = { 'Đơn vị': 'unit', 'Lĩnh vực': 'field' } as const;
export const TOTALS_LABEL = 'Tổng cộng';

/** Headers compared without case, extra spaces, a "(%)" suffix or a BOM. */
export const normalizeHeader = (s: string) =>
  s.replace(/^\uFEFF/, '').replace(/\s*\(%\)\s*$/, '').replace(/\s+/g, ' ').trim().toLocaleLowerCase('vi');

const byHeader = new Map(Object.entries(COLUMN_HEADERS).map(([k, h]) => [normalizeHeader(h), k as ImportColumn]));
export const columnForHeader = (header: string): ImportColumn | undefined => byHeader.get(normalizeHeader(header));

/**
 * Biểu II.06a/VPCP/KSTT as the export writes it (src/features/dossiers/export/build-report-workbook.ts): the
 * columns the import reads, by their place (1-based), and the line of column numbers three lines under "STT".
 * (5) `receivedInPerson` is trực tiếp + BCCI together; (16) is ours, the postal part of (5). The sums (3) and (7),
 * (11) are formulas and not read: the form's (3) holds the carried-over stock too.
 */
export const FORM_POSITIONS = {
  receivedOnline: 4,
  receivedInPerson: 5,
  carriedOver: 6,
  resolvedEarly: 8,
  resolvedOnTime: 9,
  resolvedLate: 10,
  pendingOnTime: 12,
  pendingOverdue: 13,
  returned: 14,
  apologyLetters: 15,
  receivedPostal: 16,
} as const;
export const FORM_NUMBERS_OFFSET = 3;
/** What the form's rows are, from its column (2). */
export const FORM_ROW_HEADERS = { 'Đơn vị': 'unit', 'Lĩnh vực': 'field', 'Lĩnh vực, công việc giải quyết theo cấp': 'field' } as const;
