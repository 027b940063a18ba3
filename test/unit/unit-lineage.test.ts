import { describe, expect, it } from 'vitest';
import type { Unit } from '../../src/api/units';
import { dayAfter, unitEventsInPeriod, unitPresence } from '../../src/domain/unit-lineage';

const unit = (id: string, over: Partial<Unit> = {}): Unit => ({
  id,
  name: id,
  kind: 'commune',
  level: 'commune',
  population: 1000,
  validFrom: '2019-01-01',
  validTo: null,
  successorId: null,
  predecessorIds: [],
  ...over,
});

// The 01/01/2025 merger of the default data.
const vanDiem = unit('xa-van-diem', { validTo: '2024-12-31', successorId: 'xa-van-nhat' });
const thongNhat = unit('xa-thong-nhat', { validTo: '2024-12-31', successorId: 'xa-van-nhat' });
const vanNhat = unit('xa-van-nhat', { validFrom: '2025-01-01', predecessorIds: ['xa-van-diem', 'xa-thong-nhat'] });
const thuPhu = unit('xa-thu-phu', { validTo: '2024-12-31', successorId: 'xa-chuong-duong' });
const chuongDuong = unit('xa-chuong-duong', { predecessorIds: ['xa-thu-phu'] });
const khanhHa = unit('xa-khanh-ha');
const units = [vanDiem, thongNhat, vanNhat, thuPhu, chuongDuong, khanhHa];

const spanning = { from: '2024-07', to: '2025-06' };
const year2024 = { from: '2024-01', to: '2024-12' };
const half2025 = { from: '2025-01', to: '2025-06' };

describe('dayAfter', () => {
  it('rolls over months and years, and leap days', () => {
    expect(dayAfter('2024-12-31')).toBe('2025-01-01');
    expect(dayAfter('2024-02-28')).toBe('2024-02-29');
    expect(dayAfter('2023-02-28')).toBe('2023-03-01');
  });
});

describe('unit presence in a period', () => {
  it('tells whole, part, ended and not-yet apart', () => {
    expect(unitPresence(thuPhu, year2024)).toBe('whole');
    expect(unitPresence(thuPhu, spanning)).toBe('part');
    expect(unitPresence(thuPhu, half2025)).toBe('ended');
    expect(unitPresence(vanNhat, year2024)).toBe('not-yet');
    expect(unitPresence(vanNhat, spanning)).toBe('part');
    expect(unitPresence(vanNhat, half2025)).toBe('whole');
    expect(unitPresence(khanhHa, spanning)).toBe('whole');
  });
});

describe('merger events inside a period', () => {
  it('names the absorbing unit for a unit merged into one that continues', () => {
    expect(unitEventsInPeriod(thuPhu, units, spanning)).toEqual([{ kind: 'merged-into', date: '2025-01-01', successorId: 'xa-chuong-duong' }]);
    expect(unitEventsInPeriod(chuongDuong, units, spanning)).toEqual([{ kind: 'took-in', date: '2025-01-01', predecessorIds: ['xa-thu-phu'] }]);
  });

  it('names the new unit and the partner for units consolidated into a new one', () => {
    expect(unitEventsInPeriod(vanDiem, units, spanning)).toEqual([
      { kind: 'consolidated-into', date: '2025-01-01', successorId: 'xa-van-nhat', partnerIds: ['xa-thong-nhat'] },
    ]);
    expect(unitEventsInPeriod(vanNhat, units, spanning)).toEqual([
      { kind: 'formed-from', date: '2025-01-01', predecessorIds: ['xa-van-diem', 'xa-thong-nhat'] },
    ]);
  });

  it('says nothing for a period before the merger, or for an untouched unit', () => {
    expect(unitEventsInPeriod(thuPhu, units, year2024)).toEqual([]);
    expect(unitEventsInPeriod(chuongDuong, units, year2024)).toEqual([]);
    expect(unitEventsInPeriod(khanhHa, units, spanning)).toEqual([]);
  });

  it('still notes the merger for a period that starts on its day', () => {
    expect(unitEventsInPeriod(vanNhat, units, half2025)).toHaveLength(1);
    expect(unitEventsInPeriod(chuongDuong, units, half2025)).toEqual([{ kind: 'took-in', date: '2025-01-01', predecessorIds: ['xa-thu-phu'] }]);
  });
});
