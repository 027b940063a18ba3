import { beforeAll, describe, expect, it } from 'vitest';
import { actionSchema } from '../../src/api/actions';
import { fieldsResponseSchema } from '../../src/api/fields';
import { inspectionSchema } from '../../src/api/inspections';
import { inspectionTemplateSchema } from '../../src/api/inspection-template';
import { metaSchema } from '../../src/api/meta';
import { parIndexResponseSchema } from '../../src/api/par-index';
import { targetsSchema } from '../../src/api/targets';
import { unitsResponseSchema } from '../../src/api/units';
import { getDataset } from '../../mocks/data';
import type { Dataset } from '../../mocks/data/dataset';
import { received } from './data-helpers';

let ds: Dataset;
beforeAll(() => {
  ds = getDataset('national');
});

describe('national dataset', () => {
  it('describes itself and shares the coverage of the default dataset', () => {
    expect(metaSchema.parse(ds.meta)).toEqual({
      dataset: 'national',
      name: 'Toàn quốc (dữ liệu mô phỏng)',
      rootUnitId: 'tw',
      coverage: { from: '2020-01', to: '2025-06' },
      asOf: '2025-07-05',
      defaultPeriod: { from: '2025-01', to: '2025-06' },
    });
  });

  it('has generated units without real names, and a few fields', () => {
    unitsResponseSchema.parse(ds.units);
    expect(ds.units[0]).toMatchObject({ id: 'tw', level: 'district', kind: 'district' });
    expect(ds.units[1]).toMatchObject({ id: 'xa-0001', name: 'Số 0001', level: 'commune' });
    expect(ds.units[3321]?.id).toBe('xa-3321');
    const fields = fieldsResponseSchema.parse(ds.fields);
    expect(fields.length).toBeGreaterThanOrEqual(4);
    expect(fields.length).toBeLessThanOrEqual(5);
  });

  it('parses its seed records and refers to existing units', () => {
    const ids = new Set(ds.units.map((u) => u.id));
    expect(ds.seedInspections.length).toBeGreaterThanOrEqual(25);
    expect(ds.seedInspections.length).toBeLessThanOrEqual(40);
    for (const i of ds.seedInspections) {
      inspectionSchema.parse(i);
      expect(ids.has(i.unitId)).toBe(true);
    }
    for (const a of ds.seedActions) {
      actionSchema.parse(a);
      expect(ids.has(a.unitId) && ids.has(a.ownerUnitId)).toBe(true);
    }
    for (const t of ds.seedTargets) targetsSchema.parse(t);
    parIndexResponseSchema.parse(ds.parIndex);
    inspectionTemplateSchema.parse(ds.inspectionTemplate);
    expect(ds.seedActions.some((a) => a.dueDate < ds.meta.asOf && (a.status === 'not_started' || a.status === 'in_progress'))).toBe(true);
    expect(ds.seedInspections.filter((i) => i.status === 'in_progress')).toHaveLength(1);
  });

  it('moves online like the district: a few % in 2020, over half in 2025', () => {
    const s2020 = ds.dossierSummary({ from: '2020-01', to: '2020-12', unit: 'all', level: 'all' });
    const s2025 = ds.dossierSummary({ from: '2025-01', to: '2025-06', unit: 'all', level: 'all' });
    expect(s2020.receivedOnline / received(s2020)).toBeLessThan(0.1);
    expect(s2025.receivedOnline / received(s2025)).toBeGreaterThan(0.5);
  });
});
