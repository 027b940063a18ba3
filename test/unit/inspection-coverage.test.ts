import { describe, expect, it } from 'vitest';
import type { Inspection, InspectionStatus } from '../../src/api/inspections';
import type { Unit } from '../../src/api/units';
import { activeCommunes, communeCoverage, needsInspection, yearsBefore } from '../../src/domain/inspection-coverage';
import { getDataset } from '../../mocks/data';

const unit = (id: string, extra: Partial<Unit> = {}): Unit => ({
  id,
  name: id,
  kind: 'commune',
  level: 'commune',
  population: 1000,
  validFrom: '2019-01-01',
  validTo: null,
  successorId: null,
  predecessorIds: [],
  ...extra,
} as Unit);

let n = 0;
const insp = (unitId: string, status: InspectionStatus, plannedDate: string, startDate: string | null = null): Inspection => ({
  id: `i-${++n}`,
  version: 1,
  unitId,
  title: 'Kiểm tra',
  teamId: 'doan-1',
  plannedDate,
  startDate,
  endDate: null,
  status,
  areaIds: [1, 2, 3, 4, 5, 6, 7],
  checklist: [],
  findings: [],
  goodPractices: [],
  history: [],
  createdAt: '2020-01-01T00:00:00.000Z',
  updatedAt: '2020-01-01T00:00:00.000Z',
  updatedBy: 'u',
} as Inspection);

const AS_OF = '2025-07-05';

describe('yearsBefore', () => {
  it('is the same calendar day two years earlier', () => {
    expect(yearsBefore('2025-07-05', 2)).toBe('2023-07-05');
  });
  it('moves 29 February to 28 February in a common year', () => {
    expect(yearsBefore('2024-02-29', 2)).toBe('2022-02-28');
    expect(yearsBefore('2024-02-29', 4)).toBe('2020-02-29');
  });
  it('refuses a date that does not exist', () => {
    expect(yearsBefore('2025-02-30', 2)).toBeNull();
  });
});

describe('communeCoverage', () => {
  it('takes the last visit that took place, and the boundary day still counts as within two years', () => {
    const units = [unit('a'), unit('b'), unit('c')];
    const rows = communeCoverage(
      units,
      [
        insp('a', 'finalised', '2022-03-01', '2022-03-02'),
        insp('a', 'finalised', '2023-07-05'), // exactly two years before asOf
        insp('b', 'finalised', '2023-07-04'), // one day too old
        insp('c', 'in_progress', '2025-07-01', '2025-07-02'), // under way counts
      ],
      AS_OF,
    );
    expect(rows.map((r) => [r.unitId, r.lastDate, r.status])).toEqual([
      ['a', '2023-07-05', 'recent'],
      ['b', '2023-07-04', 'overdue'],
      ['c', '2025-07-02', 'recent'],
    ]);
  });

  it('ignores planned and cancelled visits for the last date, and reports the earliest planned one', () => {
    const rows = communeCoverage(
      [unit('a')],
      [
        insp('a', 'finalised', '2022-05-10', '2022-05-12'),
        insp('a', 'cancelled', '2024-05-10'),
        insp('a', 'planned', '2025-10-01'),
        insp('a', 'planned', '2025-08-20'),
      ],
      AS_OF,
    );
    expect(rows).toEqual([
      expect.objectContaining({ lastDate: '2022-05-12', nextPlannedDate: '2025-08-20', predecessorLastDate: null, status: 'overdue' }),
    ]);
    expect(needsInspection(rows[0]!)).toBe(true);
  });

  it('does not count a visit dated after asOf, even if it is marked as started', () => {
    const rows = communeCoverage([unit('a')], [insp('a', 'in_progress', '2025-07-06', '2025-07-06')], AS_OF);
    expect(rows[0]).toMatchObject({ lastDate: null, lastInspectionId: null, status: 'overdue' });
  });

  it('leaves out the district and units that do not exist on asOf', () => {
    const units = [
      unit('district', { kind: 'district', level: 'district' } as Partial<Unit>),
      unit('merged', { validTo: '2024-12-31', successorId: 'new' }),
      unit('future', { validFrom: '2025-07-06' }),
      unit('town', { kind: 'town' } as Partial<Unit>),
    ];
    expect(activeCommunes(units, AS_OF).map((u) => u.id)).toEqual(['town']);
    expect(communeCoverage(units, [], AS_OF).map((r) => r.unitId)).toEqual(['town']);
  });

  it('judges a 2025 merged unit on its own visits; its predecessors’ visit is only reported beside it', () => {
    const units = [
      unit('old-1', { validTo: '2024-12-31', successorId: 'new' }),
      unit('old-2', { validTo: '2024-12-31', successorId: 'new' }),
      unit('new', { validFrom: '2025-01-01', predecessorIds: ['old-1', 'old-2'] }),
      unit('keeps', { predecessorIds: ['gone'] }),
      unit('gone', { validTo: '2024-12-31', successorId: 'keeps' }),
    ];
    const rows = communeCoverage(
      units,
      [
        insp('old-1', 'finalised', '2024-09-01'),
        insp('old-2', 'finalised', '2024-10-15'),
        insp('gone', 'finalised', '2024-06-01'),
        insp('keeps', 'finalised', '2022-01-10'),
      ],
      AS_OF,
    );
    expect(rows).toEqual([
      expect.objectContaining({ unitId: 'new', lastDate: null, predecessorLastDate: '2024-10-15', status: 'new-uninspected' }),
      expect.objectContaining({ unitId: 'keeps', lastDate: '2022-01-10', predecessorLastDate: '2024-06-01', status: 'overdue' }),
    ]);
    expect(rows.filter(needsInspection)).toHaveLength(2);
  });

  it('a never-inspected unit that has existed two years or more is overdue', () => {
    const rows = communeCoverage([unit('a', { validFrom: '2023-07-05' }), unit('b', { validFrom: '2023-07-06' })], [], AS_OF);
    expect(rows.map((r) => r.status)).toEqual(['overdue', 'new-uninspected']);
  });

  it('on the Thường Tín seed: 27 communes on 05/07/2025, Hiền Giang and Nguyễn Trãi not inspected for two years', () => {
    const ds = getDataset('thuong-tin');
    const rows = communeCoverage(ds.units, ds.seedInspections, ds.meta.asOf);
    expect(ds.meta.asOf).toBe('2025-07-05');
    expect(rows).toHaveLength(27);
    expect(rows.filter(needsInspection).map((r) => [r.unitId, r.lastDate, r.nextPlannedDate])).toEqual([
      ['xa-hien-giang', '2023-04-05', '2025-08-27'],
      ['xa-nguyen-trai', '2023-03-13', '2025-11-13'],
    ]);
    expect(rows.find((r) => r.unitId === 'xa-van-nhat')).toMatchObject({ lastDate: '2025-04-22', predecessorLastDate: '2024-08-09', status: 'recent' });
  });
});
