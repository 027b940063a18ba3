import { beforeAll, describe, expect, it } from 'vitest';
import { actionSchema } from '../../src/api/actions';
import { userSchema } from '../../src/api/auth';
import { digitalByUnitSchema } from '../../src/api/digital';
import { dossierSummarySchema, dossiersByMonthSchema, dossiersByUnitSchema } from '../../src/api/dossiers';
import { feedbackSummarySchema } from '../../src/api/feedback';
import { fieldsResponseSchema } from '../../src/api/fields';
import { inspectionSchema } from '../../src/api/inspections';
import { inspectionTemplateSchema } from '../../src/api/inspection-template';
import { metaSchema } from '../../src/api/meta';
import { parIndexResponseSchema } from '../../src/api/par-index';
import { targetsSchema } from '../../src/api/targets';
import { unitsResponseSchema } from '../../src/api/units';
import { getDataset } from '../../mocks/data';
import { isUnitValidAt } from '../../mocks/data/aggregate';
import type { AggregateQuery, Dataset } from '../../mocks/data/dataset';
import { laggingCommunes } from '../../mocks/data/thuong-tin-units';
import { expectQueryConsistent, onTimeRate, pending, received, resolved } from './data-helpers';

const COMMUNE_NAMES = [
  'Chương Dương', 'Dũng Tiến', 'Duyên Thái', 'Hà Hồi', 'Hiền Giang', 'Hòa Bình', 'Hồng Vân', 'Khánh Hà', 'Lê Lợi',
  'Liên Phương', 'Minh Cường', 'Nghiêm Xuyên', 'Nguyễn Trãi', 'Nhị Khê', 'Ninh Sở', 'Quất Động', 'Tân Minh', 'Thắng Lợi',
  'Thống Nhất', 'Thư Phú', 'Tiền Phong', 'Tô Hiệu', 'Tự Nhiên', 'Vạn Điểm', 'Văn Bình', 'Văn Phú', 'Văn Tự', 'Vân Tảo',
];
const AREA_NAMES = [
  'Công tác chỉ đạo, điều hành CCHC',
  'Cải cách thể chế',
  'Cải cách thủ tục hành chính',
  'Cải cách tổ chức bộ máy hành chính nhà nước',
  'Cải cách chế độ công vụ',
  'Cải cách tài chính công',
  'Xây dựng, phát triển chính quyền điện tử, chính quyền số',
];

let ds: Dataset;
beforeAll(() => {
  ds = getDataset('thuong-tin');
});
const q = (from: string, to: string, unit = 'all', level: AggregateQuery['level'] = 'all'): AggregateQuery => ({ from, to, unit, level });

describe('Thường Tín: meta and units', () => {
  it('describes the dataset', () => {
    expect(metaSchema.parse(ds.meta)).toEqual({
      dataset: 'thuong-tin',
      name: 'UBND huyện Thường Tín',
      rootUnitId: 'huyen-thuong-tin',
      coverage: { from: '2020-01', to: '2025-06' },
      asOf: '2025-07-05',
      defaultPeriod: { from: '2025-01', to: '2025-06' },
    });
  });

  it('has the district office, the town and the 28 xã, then Vạn Nhất', () => {
    expect(unitsResponseSchema.parse(ds.units)).toHaveLength(31);
    const district = ds.units.find((u) => u.id === 'huyen-thuong-tin');
    expect(district).toMatchObject({ kind: 'district', level: 'district', name: 'UBND huyện Thường Tín' });
    expect(ds.units.find((u) => u.id === 'tt-thuong-tin')).toMatchObject({ kind: 'town', level: 'commune', name: 'Thường Tín' });
    const xa = ds.units.filter((u) => u.kind === 'commune' && u.id !== 'xa-van-nhat');
    expect(xa.map((u) => u.name).sort()).toEqual([...COMMUNE_NAMES].sort());
    for (const u of ds.units) {
      expect(u.id).toMatch(/^[a-z0-9-]+$/);
      expect(u.population).toBeGreaterThan(3000);
    }
    expect(ds.units.find((u) => u.name === 'Chương Dương')?.id).toBe('xa-chuong-duong');
    expect(ds.units.find((u) => u.name === 'Thư Phú')?.id).toBe('xa-thu-phu');
    expect(ds.units.filter((u) => isUnitValidAt(u, '2024-12-31'))).toHaveLength(30);
    expect(ds.units.filter((u) => isUnitValidAt(u, '2025-01-01'))).toHaveLength(28);
  });

  it('records the 01/01/2025 merger with successor and predecessor links', () => {
    const byId = new Map(ds.units.map((u) => [u.id, u]));
    expect(byId.get('xa-van-nhat')).toMatchObject({ validFrom: '2025-01-01', validTo: null, predecessorIds: ['xa-van-diem', 'xa-thong-nhat'] });
    for (const id of ['xa-van-diem', 'xa-thong-nhat']) expect(byId.get(id)).toMatchObject({ validTo: '2024-12-31', successorId: 'xa-van-nhat' });
    expect(byId.get('xa-thu-phu')).toMatchObject({ validTo: '2024-12-31', successorId: 'xa-chuong-duong' });
    expect(byId.get('xa-chuong-duong')).toMatchObject({ validTo: null, predecessorIds: ['xa-thu-phu'] });
    for (const u of ds.units) {
      if (u.successorId) expect(byId.get(u.successorId)?.predecessorIds).toContain(u.id);
      for (const p of u.predecessorIds) expect(byId.get(p)?.successorId).toBe(u.id);
    }
  });

  it('has fields for both levels, communes mostly chứng thực and hộ tịch', () => {
    expect(fieldsResponseSchema.parse(ds.fields).length).toBeGreaterThanOrEqual(8);
    const byField = ds.dossiersByField(q('2024-01', '2024-12', 'all', 'commune'));
    const total = byField.reduce((s, r) => s + received(r), 0);
    const main = byField.filter((r) => r.fieldId === 'chung-thuc' || r.fieldId === 'ho-tich').reduce((s, r) => s + received(r), 0);
    expect(main / total).toBeGreaterThan(0.7);
    const district = ds.dossiersByField(q('2024-01', '2024-12', 'huyen-thuong-tin'));
    expect(district.map((r) => r.fieldId)).toEqual(ds.fields.filter((f) => f.levels.includes('district')).map((f) => f.id));
    expect(district.find((r) => r.fieldId === 'dat-dai')?.receivedDirect).toBeGreaterThan(0);
  });
});

describe('Thường Tín: the article’s facts', () => {
  it('the district one-stop received 4,977 dossiers in 2022 and resolved all of them early or on time', () => {
    const s = ds.dossierSummary(q('2022-01', '2022-12', 'huyen-thuong-tin'));
    expect(s.receivedOnline + s.receivedDirect + s.receivedPostal).toBe(4977);
    expect(resolved(s)).toBeGreaterThan(4000);
    expect(s.resolvedLate).toBe(0);
    expect((s.resolvedEarly + s.resolvedOnTime) / resolved(s)).toBe(1);
    const months = ds.dossiersByMonth(q('2022-01', '2022-12', 'huyen-thuong-tin'));
    expect(months).toHaveLength(12);
    for (const m of months) expect(m.resolvedLate).toBe(0);
    expect(months.reduce((t, m) => t + received(m), 0)).toBe(4977);
  });

  it('the PAR INDEX rank of 2022 is two places better than 2021', () => {
    const par = parIndexResponseSchema.parse(ds.parIndex);
    expect(par.map((p) => p.year)).toEqual([2019, 2020, 2021, 2022, 2023, 2024]);
    const rank = (y: number) => par.find((p) => p.year === y)?.rank as number;
    expect(rank(2022)).toBe(rank(2021) - 2);
    for (const p of par) {
      expect(p.outOf).toBe(30);
      expect(p.score).toBeGreaterThanOrEqual(85);
      expect(p.score).toBeLessThanOrEqual(95);
      expect(p.components.map((c) => c.areaId)).toEqual([1, 2, 3, 4, 5, 6, 7]);
      expect(p.components.reduce((s, c) => s + c.max, 0)).toBe(100);
      expect(p.components.reduce((s, c) => s + c.score, 0)).toBeCloseTo(p.score, 9);
      for (const c of p.components) expect(c.score).toBeLessThanOrEqual(c.max);
    }
    for (let i = 1; i < par.length; i++) expect(Math.abs((par[i]?.rank ?? 0) - (par[i - 1]?.rank ?? 0))).toBeLessThanOrEqual(4);
  });
});

describe('Thường Tín: shape of the figures', () => {
  it('moves online: under 10 % in 2020, over half in 2025', () => {
    const share = (from: string, to: string) => {
      const s = ds.dossierSummary(q(from, to));
      return s.receivedOnline / received(s);
    };
    expect(share('2020-01', '2020-12')).toBeLessThan(0.1);
    expect(share('2025-01', '2025-06')).toBeGreaterThan(0.5);
    const years = [2020, 2021, 2022, 2023, 2024].map((y) => share(`${y}-01`, `${y}-12`));
    for (let i = 1; i < years.length; i++) expect(years[i]).toBeGreaterThan(years[i - 1] as number);
    const s = ds.dossierSummary(q('2024-01', '2024-12'));
    expect(s.receivedPostal / received(s)).toBeGreaterThan(0.002);
    expect(s.receivedPostal / received(s)).toBeLessThan(0.05);
  });

  it('has the Tết dip and the year-end peak', () => {
    for (const y of [2021, 2022, 2024]) {
      const months = ds.dossiersByMonth(q(`${y}-01`, `${y}-12`)).map(received);
      const feb = months[1] as number;
      const dec = months[11] as number;
      const mean = months.reduce((a, b) => a + b, 0) / 12;
      expect(feb).toBeLessThan(mean * 0.85);
      expect(dec).toBeGreaterThan(mean * 1.08);
    }
  });

  it('gives communes a few thousand dossiers a year, the town and big communes more', () => {
    const rows = ds.dossiersByUnit(q('2023-01', '2023-12', 'all', 'commune'));
    for (const r of rows) {
      expect(received(r)).toBeGreaterThan(1000);
      expect(received(r)).toBeLessThan(8000);
    }
    const town = received(rows.find((r) => r.unitId === 'tt-thuong-tin') as (typeof rows)[number]);
    const sizes = rows.map(received).sort((a, b) => a - b);
    expect(town).toBeGreaterThan(sizes[Math.floor(sizes.length * 0.8)] as number);
    const district = received(ds.dossierSummary(q('2023-01', '2023-12', 'huyen-thuong-tin')));
    expect(district).toBeGreaterThan(3000);
    expect(district).toBeLessThan(8000);
  });

  it('has most communes at 97–100 % on time and four that lag at 90–95 % until inspected', () => {
    const lagIds = laggingCommunes.map((l) => l.unitId);
    expect(lagIds).toEqual(['xa-ha-hoi', 'xa-nhi-khe', 'xa-tan-minh', 'xa-quat-dong']);
    for (let y = 2020; y <= 2025; y++) {
      const rows = ds.dossiersByUnit(q(`${y}-01`, y === 2025 ? '2025-06' : `${y}-12`, 'all', 'commune'));
      for (const r of rows) if (!lagIds.includes(r.unitId)) expect(onTimeRate(r), `${r.unitId} ${y}`).toBeGreaterThanOrEqual(0.97);
    }
    for (const lag of laggingCommunes) {
      const [y, m] = lag.inspectionDate.split('-').map(Number) as [number, number];
      const monthOf = (offset: number) => {
        const t = y * 12 + (m - 1) + offset;
        return `${Math.floor(t / 12)}-${String((t % 12) + 1).padStart(2, '0')}`;
      };
      const before = ds.dossierSummary(q(lag.lagFrom > monthOf(-8) ? lag.lagFrom : monthOf(-8), monthOf(-1), lag.unitId));
      const after = ds.dossierSummary(q(monthOf(4), monthOf(15) > '2025-06' ? '2025-06' : monthOf(15), lag.unitId));
      expect(onTimeRate(before), `${lag.unitId} before`).toBeGreaterThanOrEqual(0.9);
      expect(onTimeRate(before), `${lag.unitId} before`).toBeLessThanOrEqual(0.95);
      expect(onTimeRate(after), `${lag.unitId} after`).toBeGreaterThanOrEqual(0.97);
      // The inspection that caught it found the late dossiers.
      const insp = ds.seedInspections.find((i) => i.unitId === lag.unitId && i.plannedDate === lag.inspectionDate);
      expect(insp?.status).toBe('finalised');
      expect(insp?.findings.some((f) => f.areaId === 3 && f.severity === 'high')).toBe(true);
      expect(insp?.checklist.find((c) => c.criterionId === 'a3-c2')?.result).toBe('fail');
    }
  });

  it('issues an apology letter per late dossier where the rule is kept', () => {
    const s = ds.dossierSummary(q('2024-07', '2024-12', 'xa-khanh-ha'));
    const before = ds.dossierSummary(q('2024-06', '2024-06', 'xa-khanh-ha'));
    expect(s.apologyLetters).toBe(s.resolvedLate + s.pendingOverdue - before.pendingOverdue);
    expect(s.apologyLetters).toBeLessThanOrEqual(s.resolvedLate + s.pendingOverdue);
  });
});

describe('Thường Tín: a period spanning the merger', () => {
  it('adds up, and holds the new and the dissolved units', () => {
    const { byUnit, summary } = expectQueryConsistent(ds, q('2024-07', '2025-06'));
    const ids = byUnit.map((r) => r.unitId);
    for (const id of ['xa-van-nhat', 'xa-thu-phu', 'xa-van-diem', 'xa-thong-nhat', 'xa-chuong-duong']) expect(ids).toContain(id);
    expect(ids).toHaveLength(31);
    for (const id of ['xa-thu-phu', 'xa-van-diem', 'xa-thong-nhat']) {
      // December 2024 is the dissolved unit's last month: it ends with dossiers still pending…
      const dec = ds.dossierSummary(q('2024-12', '2024-12', id));
      expect(pending(dec), id).toBeGreaterThan(0);
      expect(received(dec), id).toBeGreaterThan(0);
      // …which are not its stock at the end of a period that goes on after it: its successor has them.
      const row = byUnit.find((r) => r.unitId === id);
      expect(pending(row as (typeof byUnit)[number])).toBe(0);
      expect(received(ds.dossierSummary(q('2025-01', '2025-06', id)))).toBe(0);
    }
    const jan = ds.dossierSummary(q('2025-01', '2025-01', 'xa-van-nhat'));
    expect(jan.carriedOver).toBeGreaterThan(0);
    expect(received(jan)).toBeGreaterThan(0);
    // Chương Dương grew when it took in Thư Phú.
    const cdBefore = received(ds.dossierSummary(q('2024-01', '2024-06', 'xa-chuong-duong')));
    const cdAfter = received(ds.dossierSummary(q('2025-01', '2025-06', 'xa-chuong-duong')));
    expect(cdAfter).toBeGreaterThan(cdBefore * 1.3);
    expect(summary.carriedOver).toBe(pending(ds.dossierSummary(q('2024-06', '2024-06'))));
  });

  const closing = (unit: string, month: string, field?: string) => {
    const [row] = ds.dossiersByMonth({ ...q(month, month, unit), ...(field === undefined ? {} : { field }) });
    return { pending: row ? pending(row) : 0, overdue: row ? row.pendingOverdue : 0 };
  };
  const opening = (unit: string, month: string, field?: string) =>
    ds.dossierSummary({ ...q(month, month, unit), ...(field === undefined ? {} : { field }) }).carriedOver;

  it('passes the pending dossiers of the merged units to their successors in January 2025', () => {
    // Vạn Nhất is new: it carries over exactly what Vạn Điểm and Thống Nhất left pending.
    const vd = closing('xa-van-diem', '2024-12');
    const tn = closing('xa-thong-nhat', '2024-12');
    expect(vd.pending).toBeGreaterThan(0);
    expect(tn.pending).toBeGreaterThan(0);
    expect(opening('xa-van-nhat', '2025-01')).toBe(vd.pending + tn.pending);
    // Chương Dương continues: its own closing balance plus Thư Phú's.
    const cd = closing('xa-chuong-duong', '2024-12');
    const tp = closing('xa-thu-phu', '2024-12');
    expect(cd.pending).toBeGreaterThan(0);
    expect(tp.pending).toBeGreaterThan(0);
    expect(opening('xa-chuong-duong', '2025-01')).toBe(cd.pending + tp.pending);
    // Field by field too (a dossier stays in its field).
    for (const f of ds.fields) {
      expect(opening('xa-van-nhat', '2025-01', f.id), f.id).toBe(
        closing('xa-van-diem', '2024-12', f.id).pending + closing('xa-thong-nhat', '2024-12', f.id).pending,
      );
      expect(opening('xa-chuong-duong', '2025-01', f.id), f.id).toBe(
        closing('xa-chuong-duong', '2024-12', f.id).pending + closing('xa-thu-phu', '2024-12', f.id).pending,
      );
    }
    // The overdue ones among them are resolved late by the successor in January.
    expect(ds.dossierSummary(q('2025-01', '2025-01', 'xa-van-nhat')).resolvedLate).toBeGreaterThanOrEqual(vd.overdue + tn.overdue);
    expect(ds.dossierSummary(q('2025-01', '2025-01', 'xa-chuong-duong')).resolvedLate).toBeGreaterThanOrEqual(cd.overdue + tp.overdue);
  });

  it('chains the district month to month across the merger', () => {
    for (const level of ['all', 'commune'] as const) {
      const [dec, jan] = ds.dossiersByMonth(q('2024-12', '2025-01', 'all', level));
      if (!dec || !jan) throw new Error('two months expected');
      expect(jan.carriedOver, level).toBe(pending(dec));
      // December's closing balance includes the dissolved units' stock, January's opening balance too.
      const decUnits = ds.dossiersByUnit(q('2024-12', '2024-12', 'all', level));
      expect(pending(dec)).toBe(decUnits.reduce((t, r) => t + pending(r), 0));
      const handedOver = ['xa-van-diem', 'xa-thong-nhat', 'xa-thu-phu'].reduce((t, id) => t + closing(id, '2024-12').pending, 0);
      const janUnits = ds.dossiersByUnit(q('2025-01', '2025-01', 'all', level));
      const ownStock = janUnits.reduce((t, r) => t + (r.unitId === 'xa-van-nhat' ? 0 : r.unitId === 'xa-chuong-duong' ? closing(r.unitId, '2024-12').pending : r.carriedOver), 0);
      expect(jan.carriedOver).toBe(ownStock + handedOver);
    }
    // Over a period spanning the merger the handed-over dossiers count once: the district's stock at
    // the start and at the end, whatever the grouping.
    const span = q('2024-07', '2025-06');
    const months = ds.dossiersByMonth(span);
    const summary = ds.dossierSummary(span);
    expect(summary.carriedOver).toBe((months[0] as (typeof months)[number]).carriedOver);
    expect(pending(summary)).toBe(pending(months[months.length - 1] as (typeof months)[number]));
    for (let k = 1; k < months.length; k++) expect((months[k] as (typeof months)[number]).carriedOver).toBe(pending(months[k - 1] as (typeof months)[number]));
  });

  it('balances the rows of merged units with the dossiers handed over', () => {
    const span = q('2024-07', '2025-06');
    const rows = new Map(ds.dossiersByUnit(span).map((r) => [r.unitId, r]));
    const row = (id: string) => rows.get(id) as NonNullable<ReturnType<typeof rows.get>>;
    const handed = (id: string) => closing(id, '2024-12').pending;
    // A dissolved unit: what it carried in and received = what it resolved, returned and handed over.
    for (const id of ['xa-van-diem', 'xa-thong-nhat', 'xa-thu-phu']) {
      const r = row(id);
      expect(r.carriedOver + received(r), id).toBe(resolved(r) + r.returned + handed(id));
    }
    // The new unit did not exist in July 2024: it carried nothing in and took over its predecessors' stock.
    const vn = row('xa-van-nhat');
    expect(vn.carriedOver).toBe(0);
    expect(received(vn) + handed('xa-van-diem') + handed('xa-thong-nhat')).toBe(resolved(vn) + pending(vn) + vn.returned);
    const cd = row('xa-chuong-duong');
    expect(cd.carriedOver).toBe(opening('xa-chuong-duong', '2024-07'));
    expect(cd.carriedOver + received(cd) + handed('xa-thu-phu')).toBe(resolved(cd) + pending(cd) + cd.returned);
  });

  it('lists for each month only the units that existed then', () => {
    expect(ds.dossiersByUnit(q('2024-12', '2024-12')).map((r) => r.unitId)).not.toContain('xa-van-nhat');
    expect(ds.dossiersByUnit(q('2025-01', '2025-01')).map((r) => r.unitId)).not.toContain('xa-thu-phu');
    expect(ds.digitalByUnit(q('2025-01', '2025-06'))).toHaveLength(28);
    expect(ds.feedbackByUnit(q('2024-07', '2025-06'))).toHaveLength(31);
  });
});

describe('Thường Tín: seed records', () => {
  it('parse with the API schemas', () => {
    for (const i of ds.seedInspections) inspectionSchema.parse(i);
    for (const a of ds.seedActions) actionSchema.parse(a);
    for (const t of ds.seedTargets) targetsSchema.parse(t);
    inspectionTemplateSchema.parse(ds.inspectionTemplate);
    parIndexResponseSchema.parse(ds.parIndex);
    for (const u of ds.users) userSchema.parse(u);
    const full = q('2020-01', '2025-06');
    dossierSummarySchema.parse({ query: full, totals: ds.dossierSummary(full) });
    dossiersByMonthSchema.parse({ query: full, rows: ds.dossiersByMonth(full) });
    dossiersByUnitSchema.parse({ query: full, rows: ds.dossiersByUnit(full) });
    digitalByUnitSchema.parse({ query: full, rows: ds.digitalByUnit(full) });
    feedbackSummarySchema.parse({ query: full, totals: ds.feedbackByUnit(full)[0], rows: ds.feedbackByUnit(full), byTopic: ds.feedbackByTopic(full), byMonth: ds.feedbackByMonth(full) });
  });

  it('has the demo users, named by post, in two teams', () => {
    expect(ds.users.map((u) => [u.username, u.role, u.teamIds, u.password])).toEqual([
      ['lanhdao', 'leader', [], 'demo'],
      ['kiemtra', 'inspector', ['doan-1'], 'demo'],
      ['vanphong', 'secretariat', [], 'demo'],
      ['kiemtra2', 'inspector', ['doan-2'], 'demo'],
    ]);
    expect(ds.users.map((u) => u.name)).toEqual([
      'Lãnh đạo UBND huyện',
      'Thành viên Đoàn kiểm tra số 1',
      'Chuyên viên Văn phòng CCHC',
      'Thành viên Đoàn kiểm tra số 2',
    ]);
    expect(ds.teams).toEqual([
      { id: 'doan-1', name: 'Đoàn kiểm tra CCHC số 1', memberIds: ['u-kiemtra'] },
      { id: 'doan-2', name: 'Đoàn kiểm tra CCHC số 2', memberIds: ['u-kiemtra2'] },
    ]);
  });

  it('has the seven areas of the template with 3–6 criteria each', () => {
    expect(ds.inspectionTemplate.areas.map((a) => a.name)).toEqual(AREA_NAMES);
    for (const a of ds.inspectionTemplate.areas) {
      expect(a.criteria.length).toBeGreaterThanOrEqual(3);
      expect(a.criteria.length).toBeLessThanOrEqual(6);
      a.criteria.forEach((c, i) => expect(c.id).toBe(`a${a.id}-c${i + 1}`));
    }
  });

  it('has targets for 2020–2025 with a rising online share', () => {
    expect(ds.seedTargets.map((t) => t.year)).toEqual([2020, 2021, 2022, 2023, 2024, 2025]);
    for (const t of ds.seedTargets) {
      expect(t.version).toBe(1);
      expect(t.values.onTimeRate).toBeGreaterThanOrEqual(0.95);
      expect(t.values.onTimeRate).toBeLessThanOrEqual(0.98);
    }
    for (let i = 1; i < ds.seedTargets.length; i++)
      expect(ds.seedTargets[i]?.values.onlineShare).toBeGreaterThan(ds.seedTargets[i - 1]?.values.onlineShare as number);
  });

  it('refers only to existing units, users and teams', () => {
    const unitIds = new Set(ds.units.map((u) => u.id));
    const userIds = new Set(ds.users.map((u) => u.id));
    const teamIds = new Set(ds.teams.map((t) => t.id));
    const byId = new Map(ds.units.map((u) => [u.id, u]));
    for (const i of ds.seedInspections) {
      expect(unitIds.has(i.unitId), i.id).toBe(true);
      expect(isUnitValidAt(byId.get(i.unitId) as NonNullable<ReturnType<typeof byId.get>>, i.plannedDate), i.id).toBe(true);
      expect(teamIds.has(i.teamId)).toBe(true);
      expect(userIds.has(i.updatedBy)).toBe(true);
    }
    const inspections = new Map(ds.seedInspections.map((i) => [i.id, i]));
    for (const a of ds.seedActions) {
      expect(unitIds.has(a.unitId), a.id).toBe(true);
      expect(unitIds.has(a.ownerUnitId), a.id).toBe(true);
      const insp = inspections.get(a.inspectionId);
      expect(insp?.unitId).toBe(a.unitId);
      expect(insp?.findings.some((f) => f.id === a.findingId)).toBe(true);
      for (const h of a.history) expect(userIds.has(h.by)).toBe(true);
    }
  });

  it('inspects about a dozen units a year, each commune at least every two years', () => {
    const years = [2020, 2021, 2022, 2023, 2024, 2025];
    for (const y of years) {
      const n = ds.seedInspections.filter((i) => i.plannedDate.startsWith(String(y))).length;
      expect(n).toBeGreaterThanOrEqual(10);
      expect(n).toBeLessThanOrEqual(16);
    }
    for (const u of ds.units.filter((x) => x.level === 'commune')) {
      const inspected = new Set(ds.seedInspections.filter((i) => i.unitId === u.id).map((i) => Number(i.plannedDate.slice(0, 4))));
      const existed = years.filter((y) => isUnitValidAt(u, `${y}-01-01`) || isUnitValidAt(u, `${y}-12-31`));
      for (let k = 0; k + 1 < existed.length; k++) {
        const y = existed[k] as number;
        expect(inspected.has(y) || inspected.has(y + 1), `${u.id} ${y}–${y + 1}`).toBe(true);
      }
      if (existed.length === 1) expect(inspected.has(existed[0] as number)).toBe(true);
    }
  });

  it('records finalised visits fully, and plans the rest of 2025', () => {
    const asOf = ds.meta.asOf;
    const criteria = ds.inspectionTemplate.areas.flatMap((a) => a.criteria.map((c) => c.id));
    const ids = new Set<string>();
    for (const i of ds.seedInspections) {
      expect(i.id).toMatch(/^insp-\d{4}-\d{2}$/);
      expect(ids.has(i.id)).toBe(false);
      ids.add(i.id);
      expect(i.version).toBe(1);
      expect(i.checklist.map((c) => c.criterionId)).toEqual(criteria);
      expect(i.createdAt <= i.updatedAt).toBe(true);
      expect(i.updatedAt.slice(0, 10) <= asOf).toBe(true);
      if (i.status === 'finalised') {
        expect(i.plannedDate < asOf).toBe(true);
        expect(i.findings.length).toBeGreaterThanOrEqual(2);
        expect(i.findings.length).toBeLessThanOrEqual(6);
        expect(i.checklist.every((c) => c.result !== null)).toBe(true);
        // Every failed criterion is a finding of its area and the other way round.
        const failedAreas = new Set(i.checklist.filter((c) => c.result === 'fail').map((c) => Number(c.criterionId.slice(1, 2))));
        expect(new Set(i.findings.map((f) => f.areaId))).toEqual(failedAreas);
        expect(i.checklist.filter((c) => c.result === 'fail')).toHaveLength(i.findings.length);
        expect(i.endDate && i.startDate && i.startDate <= i.endDate).toBe(true);
      }
      if (i.status === 'planned') {
        expect(i.plannedDate > asOf).toBe(true);
        expect(i.startDate).toBeNull();
        expect(i.findings).toEqual([]);
      }
    }
    const y2025 = ds.seedInspections.filter((i) => i.plannedDate.startsWith('2025'));
    expect(y2025.filter((i) => i.status === 'in_progress')).toHaveLength(1);
    expect(y2025.filter((i) => i.status === 'planned').length).toBeGreaterThanOrEqual(3);
    expect(y2025.filter((i) => i.status === 'finalised').length).toBeGreaterThanOrEqual(3);
    expect(ds.seedInspections.filter((i) => i.plannedDate < '2025-01-01').every((i) => i.status === 'finalised')).toBe(true);
    expect(ds.seedInspections.filter((i) => i.checklist.some((c) => c.result === 'na')).length).toBeGreaterThan(20);
    expect(ds.seedInspections.flatMap((i) => i.goodPractices).length).toBeGreaterThanOrEqual(10);
  });

  it('gives each finding of a finalised visit 1–2 actions with a consistent history', () => {
    const asOf = ds.meta.asOf;
    for (const i of ds.seedInspections) {
      for (const [k, f] of i.findings.entries()) {
        const acts = ds.seedActions.filter((a) => a.findingId === f.id);
        if (i.status !== 'finalised') {
          expect(acts).toEqual([]);
          continue;
        }
        expect(acts.length).toBeGreaterThanOrEqual(1);
        expect(acts.length).toBeLessThanOrEqual(2);
        acts.forEach((a, n) => expect(a.id).toBe(`act-${i.id.slice(5)}-${k + 1}-${n + 1}`));
      }
    }
    for (const a of ds.seedActions) {
      const insp = ds.seedInspections.find((i) => i.id === a.inspectionId);
      const months = (Date.parse(a.dueDate) - Date.parse(insp?.endDate as string)) / (30.44 * 86400000);
      expect(months).toBeGreaterThan(0.9);
      expect(months).toBeLessThan(6.2);
      expect(a.history[0]).toMatchObject({ from: null, to: 'not_started' });
      for (let h = 1; h < a.history.length; h++) {
        expect(a.history[h]?.from).toBe(a.history[h - 1]?.to);
        expect(Date.parse(a.history[h]?.at as string)).toBeGreaterThan(Date.parse(a.history[h - 1]?.at as string));
      }
      expect(a.history[a.history.length - 1]?.to).toBe(a.status);
      expect(a.updatedAt).toBe(a.history[a.history.length - 1]?.at);
      expect(a.history.every((h) => h.at.slice(0, 10) <= asOf)).toBe(true);
      for (const h of a.history) if (h.to === 'verified') expect(h.by).toBe('u-vanphong');
    }
  });

  it('has actions in every state, old ones mostly verified, and some overdue', () => {
    const asOf = ds.meta.asOf;
    const statuses = new Set(ds.seedActions.map((a) => a.status));
    expect([...statuses].sort()).toEqual(['fixed', 'in_progress', 'not_started', 'verified']);
    const overdue = ds.seedActions.filter((a) => a.dueDate < asOf && a.status !== 'fixed' && a.status !== 'verified');
    expect(overdue.length).toBeGreaterThanOrEqual(1);
    const old = ds.seedActions.filter((a) => a.dueDate < '2023-01-01');
    expect(old.filter((a) => a.status === 'verified').length / old.length).toBeGreaterThan(0.85);
    expect(new Set(ds.seedActions.map((a) => a.id)).size).toBe(ds.seedActions.length);
  });

  it('names no person: owners are posts', () => {
    const posts = /^(Chủ tịch|Phó Chủ tịch|Công chức|Bí thư)/;
    for (const a of ds.seedActions) expect(a.ownerName).toMatch(posts);
  });
});

describe('Thường Tín: seed texts', () => {
  it('fills every placeholder in findings and actions', () => {
    const ds = getDataset('thuong-tin');
    const texts = [
      ...ds.seedInspections.flatMap((i) => i.findings.flatMap((f) => [f.title, f.description, f.cause])),
      ...ds.seedActions.flatMap((a) => [a.description, a.ownerName]),
    ];
    expect(texts.filter((t) => /[{}]/.test(t))).toEqual([]);
  });
});
