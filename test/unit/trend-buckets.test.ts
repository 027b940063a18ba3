import { describe, expect, it } from 'vitest';
import { trendBuckets } from '../../src/domain/trend-buckets';

describe('sparkline points of a period', () => {
  it('goes month by month up to twelve months', () => {
    const b = trendBuckets({ from: '2022-01', to: '2022-12' });
    expect(b).toHaveLength(12);
    expect(b[0]).toEqual({ kind: 'month', from: '2022-01', to: '2022-01' });
    expect(b[11]).toEqual({ kind: 'month', from: '2022-12', to: '2022-12' });
    expect(trendBuckets({ from: '2025-03', to: '2025-03' })).toEqual([{ kind: 'month', from: '2025-03', to: '2025-03' }]);
  });

  it('goes by calendar quarter, clipped at both ends, from 13 to 36 months', () => {
    expect(trendBuckets({ from: '2022-02', to: '2023-03' })).toEqual([
      { kind: 'quarter', from: '2022-02', to: '2022-03' },
      { kind: 'quarter', from: '2022-04', to: '2022-06' },
      { kind: 'quarter', from: '2022-07', to: '2022-09' },
      { kind: 'quarter', from: '2022-10', to: '2022-12' },
      { kind: 'quarter', from: '2023-01', to: '2023-03' },
    ]);
    expect(trendBuckets({ from: '2022-01', to: '2024-12' })).toHaveLength(12);
  });

  it('goes by calendar year beyond 36 months', () => {
    expect(trendBuckets({ from: '2020-01', to: '2025-06' })).toEqual([
      { kind: 'year', from: '2020-01', to: '2020-12' },
      { kind: 'year', from: '2021-01', to: '2021-12' },
      { kind: 'year', from: '2022-01', to: '2022-12' },
      { kind: 'year', from: '2023-01', to: '2023-12' },
      { kind: 'year', from: '2024-01', to: '2024-12' },
      { kind: 'year', from: '2025-01', to: '2025-06' },
    ]);
  });
});
