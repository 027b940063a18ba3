import { describe, expect, it } from 'vitest';
import {
  formatDate,
  formatMonth,
  formatNumber,
  formatPercent,
  formatPeriod,
  formatPoints,
  formatSignedNumber,
  formatSignedPercent,
} from '../../src/domain/format';

describe('vi-VN formatting', () => {
  it('groups thousands with a dot', () => {
    expect(formatNumber(4977)).toBe('4.977');
    expect(formatNumber(1234567)).toBe('1.234.567');
    expect(formatNumber(4977, 'en')).toBe('4,977');
  });
  it('writes percentages with a decimal comma and a spaced sign', () => {
    expect(formatPercent(0.986)).toBe('98,6 %');
    expect(formatPercent(1)).toBe('100,0 %');
    expect(formatPercent(0.986, 'en')).toBe('98.6%');
  });
  it('writes no data as a dash, never 0 % or NaN', () => {
    expect(formatPercent(null)).toBe('—');
    expect(formatNumber(null)).toBe('—');
    expect(formatPercent(Number.NaN)).toBe('—');
  });
  it('signs changes', () => {
    expect(formatPoints(1.5)).toBe('+1,5 điểm %');
    expect(formatPoints(-0.25, 'en')).toBe('−0.3 pts');
    expect(formatSignedPercent(0.123)).toBe('+12,3 %');
    expect(formatSignedNumber(-1234)).toBe('−1.234');
  });
  it('signs what is shown: a change that rounds to zero is ±', () => {
    expect(formatPoints(0.04)).toBe('±0,0 điểm %');
    expect(formatPoints(-0.04)).toBe('±0,0 điểm %');
    expect(formatSignedPercent(0.0004)).toBe('±0,0 %');
    expect(formatSignedNumber(0)).toBe('±0');
  });
  it('writes dates and months day first', () => {
    expect(formatDate('2023-03-27')).toBe('27/03/2023');
    expect(formatDate('2023-03-27T09:00:00+07:00')).toBe('27/03/2023');
    expect(formatMonth('2023-03')).toBe('03/2023');
  });
  it('names periods as the district reports do', () => {
    expect(formatPeriod({ from: '2022-01', to: '2022-12' })).toBe('năm 2022');
    expect(formatPeriod({ from: '2023-01', to: '2023-03' })).toBe('quý I/2023');
    expect(formatPeriod({ from: '2025-01', to: '2025-06' })).toBe('6 tháng đầu năm 2025');
    expect(formatPeriod({ from: '2023-02', to: '2023-05' })).toBe('02/2023 – 05/2023');
    expect(formatPeriod({ from: '2023-01', to: '2023-03' }, 'en')).toBe('Q1 2023');
  });
});
