import { beforeAll, describe, expect, it } from 'vitest';
import { feedbackCountsSchema, feedbackTopicIds, type FeedbackCounts } from '../../src/api/feedback';
import { getDataset } from '../../mocks/data';
import { monthsBetween } from '../../mocks/data/months';
import { validityRange } from '../../mocks/data/aggregate';
import type { AggregateQuery, Dataset } from '../../mocks/data/dataset';
import { apportion } from '../../mocks/data/feedback-generator';

const KEYS = Object.keys(feedbackCountsSchema.shape) as (keyof FeedbackCounts)[];
const sum = (rows: FeedbackCounts[], k: keyof FeedbackCounts) => rows.reduce((s, r) => s + r[k], 0);

/** Every topic row of every month of every unit adds up to the unit's month, and each topic's book chains. */
function expectTopicsPartitionEveryUnitMonth(ds: Dataset, units: readonly string[]) {
  const months = monthsBetween(ds.meta.coverage.from, ds.meta.coverage.to);
  for (const id of units) {
    const unit = ds.units.find((u) => u.id === id)!;
    const [first, last] = validityRange(unit, months);
    const carried = new Map(feedbackTopicIds.map((t) => [t, 0]));
    for (let m = first; m <= last; m++) {
      const q: AggregateQuery = { from: months[m]!, to: months[m]!, unit: id, level: 'all' };
      const [total] = ds.feedbackByUnit(q);
      const topics = ds.feedbackByTopic(q);
      expect(topics.map((r) => r.topicId)).toEqual(feedbackTopicIds);
      for (const k of KEYS) if (sum(topics, k) !== total![k]) throw new Error(`${id} ${months[m]} ${k}: topics ${sum(topics, k)} ≠ ${total![k]}`);
      for (const r of topics) {
        const where = `${id} ${months[m]} ${r.topicId}`;
        // What a topic carried in falls due this month; it is handled, on time or late, or stays.
        if (r.handledOnTime + r.handledLate !== r.dueInPeriod) throw new Error(`${where}: handled ≠ due`);
        if (r.dueInPeriod < carried.get(r.topicId)!) throw new Error(`${where}: due below what was carried in`);
        if (r.pending !== carried.get(r.topicId)! + r.received - r.handledOnTime - r.handledLate) throw new Error(`${where}: the stock does not chain`);
        if (r.rated > r.dueInPeriod || r.satisfied > r.rated) throw new Error(`${where}: rated or satisfied too many`);
        carried.set(r.topicId, r.pending);
      }
    }
  }
}

describe('feedback by topic: a partition of the counts', () => {
  describe('Thường Tín', () => {
    let ds: Dataset;
    beforeAll(() => {
      ds = getDataset('thuong-tin');
    });

    it('splits every unit-month and every column exactly, and each topic’s stock chains', () => {
      expectTopicsPartitionEveryUnitMonth(ds, ds.units.map((u) => u.id));
    });

    it.each([
      ['2020-01', '2025-06', 'all', 'all'],
      ['2022-01', '2022-12', 'all', 'commune'],
      ['2024-07', '2025-06', 'all', 'all'], // spans the merger
      ['2022-01', '2022-12', 'huyen-thuong-tin', 'all'],
    ] as const)('adds the topics of %s–%s (%s, %s) up to the summary of the units', (from, to, unit, level) => {
      const q: AggregateQuery = { from, to, unit, level };
      const rows = ds.feedbackByUnit(q);
      const topics = ds.feedbackByTopic(q);
      for (const k of KEYS) expect(sum(topics, k), k).toBe(sum(rows, k));
      expect(sum(topics, 'received')).toBeGreaterThan(0);
    });

    it('gives each month of a period as its own period: flows add up, the last month holds the pending', () => {
      const q: AggregateQuery = { from: '2024-07', to: '2025-06', unit: 'all', level: 'all' };
      const rows = ds.feedbackByUnit(q);
      const months = ds.feedbackByMonth(q);
      expect(months.map((r) => r.month)).toEqual(monthsBetween('2024-07', '2025-06'));
      for (const k of KEYS) if (k !== 'pending') expect(sum(months, k), k).toBe(sum(rows, k));
      expect(months.at(-1)!.pending).toBe(sum(rows, 'pending'));
      for (const m of months) expect(ds.feedbackByUnit({ ...q, from: m.month, to: m.month }).reduce((s, r) => s + r.received, 0)).toBe(m.received);
    });

    it('gives every topic a share of its own, land the largest', () => {
      const topics = ds.feedbackByTopic({ from: '2020-01', to: '2025-06', unit: 'all', level: 'all' });
      for (const r of topics) expect(r.received, r.topicId).toBeGreaterThan(0);
      const byReceived = [...topics].sort((a, b) => b.received - a.received);
      expect(byReceived[0]!.topicId).toBe('land');
    });
  });

  describe('national', () => {
    let ds: Dataset;
    beforeAll(() => {
      ds = getDataset('national');
    }, 120_000);

    it('splits every unit-month of a sample of units, and every month over all units', () => {
      const sample = ds.units.filter((_, i) => i % 97 === 0).map((u) => u.id);
      expectTopicsPartitionEveryUnitMonth(ds, sample);
      for (const month of monthsBetween(ds.meta.coverage.from, ds.meta.coverage.to)) {
        const q: AggregateQuery = { from: month, to: month, unit: 'all', level: 'all' };
        const rows = ds.feedbackByUnit(q);
        const topics = ds.feedbackByTopic(q);
        for (const k of KEYS) if (sum(topics, k) !== sum(rows, k)) throw new Error(`${month} ${k}`);
      }
    });
  });
});

describe('apportion', () => {
  it('splits by largest remainder within the caps', () => {
    const out = new Int32Array(3);
    apportion(10, [1, 1, 1], null, out);
    expect([...out]).toEqual([4, 3, 3]);
    apportion(10, [8, 1, 1], [5, 10, 10], out);
    expect([...out]).toEqual([5, 3, 2]);
    apportion(0, [1, 2, 3], [0, 0, 0], out);
    expect([...out]).toEqual([0, 0, 0]);
    expect(() => apportion(4, [1, 1, 1], [1, 1, 1], out)).toThrow();
  });
});
