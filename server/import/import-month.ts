import type { DossierCounts } from '../../src/api/dossiers';
import { monthOffset } from '../../mocks/data/months';
import { snake } from '../db/columns';
import { REFRESH_UNIT_MONTH } from '../db/dossier-sql';
import { refreshRollupsAfterImport } from '../db/rollups';
import type { Database, Queryable } from '../db/database';
import { monthLabel } from '../http/errors';
import type { ParsedReport } from './parse-report';
import { COLUMN_HEADERS, COUNT_KEYS, TOTAL_COLUMNS } from './report-layout';

export interface ImportTarget {
  month: string;
  /** The one unit of a report by field, or the one field of a report by unit. */
  unit?: string | undefined;
  field?: string | undefined;
}

export interface ImportResult {
  month: string;
  rowsAre: 'unit' | 'field';
  /** Rows written; of them, those that replaced a month already there. */
  imported: number;
  replaced: number;
  /** Per row number of the file: why it was refused. Not empty: nothing was written. */
  rejected: { line: number; name: string; reasons: string[] }[];
}

/** The problem is with the request itself (month, unit, field), not with a row: a 422 on that parameter. */
export class TargetError extends Error {
  readonly field: string;
  constructor(field: string, message: string) {
    super(message);
    this.field = field;
  }
}

const prevMonth = (m: string) => {
  const y = Number(m.slice(0, 4));
  const mo = Number(m.slice(5, 7));
  return mo === 1 ? `${y - 1}-12` : `${y}-${String(mo - 1).padStart(2, '0')}`;
};
const nextMonth = (m: string) => {
  const y = Number(m.slice(0, 4));
  const mo = Number(m.slice(5, 7));
  return mo === 12 ? `${y + 1}-01` : `${y}-${String(mo + 1).padStart(2, '0')}`;
};

interface UnitRow { id: string; name: string; level: string; valid_from: string; valid_to: string | null }
interface FieldRow { id: string; name: string; levels: string[] }

const norm = (s: string) => s.replace(/\s*\([^)]*\)\s*$/, '').replace(/\s+/g, ' ').trim().toLocaleLowerCase('vi');
const UNIT_WORDS = ['xã', 'thị trấn', 'phường', 'huyện', 'ubnd huyện', 'ubnd xã', 'đặc khu'];
const unitMatches = (u: UnitRow, label: string) => {
  const l = norm(label);
  const name = norm(u.name);
  return l === u.id.toLowerCase() || l === name || UNIT_WORDS.some((w) => l === `${w} ${name}`);
};

/**
 * Checks every row of a parsed report against the database and, only if none is refused, writes the
 * month's cells in one transaction (a cell already there is replaced). Refused rows come back with
 * every reason: an unknown unit or field, a count that is not a whole number ≥ 0, a sum that does not
 * match its parts, a balance that does not hold, a stock that does not chain to the month before or after.
 */
export async function importMonth(db: Database, report: ParsedReport, target: ImportTarget): Promise<ImportResult> {
  const [meta] = await db.query<{ from: string; to: string }>('SELECT coverage_from AS "from", coverage_to AS "to" FROM dataset_meta');
  if (!meta) throw new TargetError('month', 'Cơ sở dữ liệu chưa có số liệu (chạy npm run seed)');
  if (target.month < meta.from || monthOffset(meta.to, target.month) > 1)
    throw new TargetError('month', `Chỉ nhập được tháng từ ${monthLabel(meta.from)} đến ${monthLabel(nextMonth(meta.to))}`);
  const units = await db.query<UnitRow>('SELECT id, name, level, valid_from::text, valid_to::text FROM units ORDER BY ord');
  const fields = await db.query<FieldRow>('SELECT id, name, levels FROM fields ORDER BY ord');
  const fixedUnit = report.rowsAre === 'field' ? units.find((u) => u.id === target.unit) : undefined;
  const fixedField = report.rowsAre === 'unit' ? fields.find((f) => f.id === target.field) : undefined;
  if (report.rowsAre === 'field' && !fixedUnit)
    throw new TargetError('unit', target.unit ? `Không có đơn vị “${target.unit}”` : 'Báo cáo theo lĩnh vực: chọn đơn vị của báo cáo');
  if (report.rowsAre === 'unit' && !fixedField)
    throw new TargetError('field', target.field ? `Không có lĩnh vực “${target.field}”` : 'Báo cáo theo đơn vị: chọn lĩnh vực của báo cáo');

  const rejected: ImportResult['rejected'] = [];
  const accepted: { line: number; name: string; unit: UnitRow; field: FieldRow; counts: DossierCounts }[] = [];
  const seen = new Set<string>();
  for (const row of report.rows) {
    const reasons: string[] = [];
    const unit = fixedUnit ?? units.find((u) => unitMatches(u, row.name));
    const field = fixedField ?? fields.find((f) => f.id === row.name.trim() || norm(f.name) === norm(row.name));
    if (!unit) reasons.push(`Không có đơn vị “${row.name}”`);
    if (!field) reasons.push(`Không có lĩnh vực “${row.name}”`);
    if (unit && field) {
      const key = `${unit.id}|${field.id}`;
      if (seen.has(key)) reasons.push('Dòng bị lặp: đơn vị và lĩnh vực này đã có ở dòng trên');
      seen.add(key);
      if (!field.levels.includes(unit.level)) reasons.push(`Đơn vị “${unit.name}” không giải quyết lĩnh vực “${field.name}”`);
      if (unit.valid_from.slice(0, 7) > target.month || (unit.valid_to !== null && unit.valid_to.slice(0, 7) < target.month))
        reasons.push(`Đơn vị “${unit.name}” không tồn tại trong tháng ${monthLabel(target.month)}`);
    }
    const counts = {} as Record<keyof DossierCounts, number>;
    for (const k of COUNT_KEYS) {
      const v = row.cells[k];
      const n = typeof v === 'number' ? v : typeof v === 'string' && /^-?\d+$/.test(v.replace(/[.,\s](?=\d{3}\b)/g, '')) ? Number(v.replace(/[.,\s](?=\d{3}\b)/g, '')) : NaN;
      if (v === null || v === undefined) reasons.push(`Thiếu số ở cột “${COLUMN_HEADERS[k]}”`);
      else if (!Number.isInteger(n) || n < 0) reasons.push(`Cột “${COLUMN_HEADERS[k]}”: “${v}” không phải số nguyên không âm`);
      counts[k] = n;
    }
    const valid = COUNT_KEYS.every((k) => Number.isInteger(counts[k]) && counts[k] >= 0);
    if (valid) {
      for (const [total, parts] of Object.entries(TOTAL_COLUMNS)) {
        const v = row.cells[total as keyof typeof TOTAL_COLUMNS];
        const sum = parts.reduce((s, k) => s + counts[k], 0);
        if (v !== null && v !== undefined && Number(String(v).replace(/[.,\s](?=\d{3}\b)/g, '')) !== sum)
          reasons.push(`Cột “${COLUMN_HEADERS[total as keyof typeof TOTAL_COLUMNS]}” (${v}) khác tổng các cột thành phần (${sum})`);
      }
      const received = counts.receivedOnline + counts.receivedDirect + counts.receivedPostal;
      const resolved = counts.resolvedEarly + counts.resolvedOnTime + counts.resolvedLate;
      const pending = counts.pendingOnTime + counts.pendingOverdue;
      if (counts.carriedOver + received !== resolved + pending + counts.returned)
        reasons.push(
          `Số liệu không cân: kỳ trước chuyển sang + tiếp nhận = ${counts.carriedOver + received}, đã giải quyết + đang giải quyết + trả lại = ${resolved + pending + counts.returned}`,
        );
    }
    if (reasons.length) rejected.push({ line: row.line, name: row.name, reasons });
    else accepted.push({ line: row.line, name: row.name, unit: unit!, field: field!, counts: counts as DossierCounts });
  }
  if (report.rows.length === 0) throw new TargetError('file', 'Tệp không có dòng số liệu nào');

  // The stock chains month to month: what was pending at the end of the month before is what this
  // month carried over, and this month's pending is what the month after carried over.
  if (accepted.length) {
    const near = await db.query<{ unit_id: string; field_id: string; month: string; carried_over: number; pending: number }>(
      `SELECT unit_id, field_id, month, carried_over, pending_on_time + pending_overdue AS pending
         FROM dossier_monthly WHERE month IN ($1, $2) AND unit_id = ANY($3) AND field_id = ANY($4)`,
      [prevMonth(target.month), nextMonth(target.month), [...new Set(accepted.map((a) => a.unit.id))], [...new Set(accepted.map((a) => a.field.id))]],
    );
    const at = new Map(near.map((r) => [`${r.unit_id}|${r.field_id}|${r.month}`, r]));
    for (let i = accepted.length - 1; i >= 0; i--) {
      const a = accepted[i]!;
      const reasons: string[] = [];
      const before = at.get(`${a.unit.id}|${a.field.id}|${prevMonth(target.month)}`);
      const after = at.get(`${a.unit.id}|${a.field.id}|${nextMonth(target.month)}`);
      if (before && before.pending !== a.counts.carriedOver)
        reasons.push(`Kỳ trước chuyển sang (${a.counts.carriedOver}) khác số đang giải quyết cuối tháng ${monthLabel(prevMonth(target.month))} (${before.pending})`);
      const pending = a.counts.pendingOnTime + a.counts.pendingOverdue;
      if (after && after.carried_over !== pending)
        reasons.push(`Đang giải quyết cuối tháng (${pending}) khác số tháng ${monthLabel(nextMonth(target.month))} đã nhận chuyển sang (${after.carried_over})`);
      if (reasons.length) {
        rejected.push({ line: a.line, name: a.name, reasons });
        accepted.splice(i, 1);
      }
    }
  }
  rejected.sort((x, y) => x.line - y.line);
  const result: ImportResult = { month: target.month, rowsAre: report.rowsAre, imported: 0, replaced: 0, rejected };
  if (rejected.length) return result;

  await db.transaction(async (tx) => {
    result.replaced = await countExisting(tx, target.month, accepted);
    const cols = COUNT_KEYS.map(snake);
    for (const a of accepted) {
      await tx.query(
        `INSERT INTO dossier_monthly (unit_id, field_id, month, ${cols.join(', ')})
         VALUES ($1, $2, $3, ${cols.map((_, i) => `$${i + 4}`).join(', ')})
         ON CONFLICT (unit_id, field_id, month) DO UPDATE SET ${cols.map((c) => `${c} = EXCLUDED.${c}`).join(', ')}`,
        [a.unit.id, a.field.id, target.month, ...COUNT_KEYS.map((k) => a.counts[k])],
      );
    }
    const touched = [...new Set(accepted.map((a) => a.unit.id))];
    for (const sql of REFRESH_UNIT_MONTH) await tx.query(sql, [target.month, touched]);
    // A month after the coverage extends it: the screens can then ask for it.
    const extended = await tx.query('UPDATE dataset_meta SET coverage_to = $1 WHERE coverage_to < $1 RETURNING coverage_to', [target.month]);
    // The aggregates' roll-ups, in the same transaction: a re-import never leaves them behind.
    await refreshRollupsAfterImport(tx, target.month, touched, extended.length > 0);
  });
  result.imported = accepted.length;
  return result;
}

async function countExisting(tx: Queryable, month: string, rows: { unit: { id: string }; field: { id: string } }[]): Promise<number> {
  const [r] = await tx.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM dossier_monthly d JOIN unnest($2::text[], $3::text[]) AS t(u, f) ON d.unit_id = t.u AND d.field_id = t.f
      WHERE d.month = $1`,
    [month, rows.map((a) => a.unit.id), rows.map((a) => a.field.id)],
  );
  return r?.n ?? 0;
}
