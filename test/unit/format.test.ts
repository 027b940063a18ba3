import { describe, expect, it } from 'vitest';
import {
  formatDate,
  formatMonth,
  formatNumber,
  formatPercent,
  formatSignedNumber,
  formatSignedPercent,
  signedChange,
} from '../../src/domain/format';
import { daysBetween } from '../../src/domain/period';
import { formatMonthShort, formatPeriod, formatPeriodStart, formatPoints } from '../../src/i18n';

const NBSP = '\u00a0';

describe('vi-VN formatting', () => {
  it('groups thousands with a dot', () => {
    expect(formatNumber(4977)).toBe('4.977');
    expect(formatNumber(1234567)).toBe('1.234.567');
    expect(formatNumber(4977, 'en')).toBe('4,977');
  });
  it('writes percentages with a decimal comma and a no-break space before the sign, so "97,9 %" never wraps', () => {
    expect(formatPercent(0.986)).toBe(`98,6${NBSP}%`);
    expect(formatPercent(1)).toBe(`100,0${NBSP}%`);
    expect(formatPercent(0.979)).not.toContain(' ');
    expect(formatPercent(0.986, 'en')).toBe('98.6%');
  });
  it('writes no data as a dash, never 0 % or NaN', () => {
    expect(formatPercent(null)).toBe('—');
    expect(formatNumber(null)).toBe('—');
    expect(formatPercent(Number.NaN)).toBe('—');
  });
  it('signs changes', () => {
    expect(formatPoints(1.5)).toBe(`+1,5 điểm${NBSP}%`);
    expect(formatPoints(-0.25, 'en')).toBe('−0.3 pts');
    expect(formatSignedPercent(0.123)).toBe(`+12,3${NBSP}%`);
    expect(formatSignedNumber(-1234)).toBe('−1.234');
  });
  it('writes exactly zero as ±0,0, and a change that is not zero never as zero', () => {
    expect(formatPoints(0)).toBe(`±0,0 điểm${NBSP}%`);
    expect(formatSignedPercent(0)).toBe(`±0,0${NBSP}%`);
    expect(formatSignedNumber(0)).toBe('±0');
    // Rounds to 0,0 at one decimal: as many decimals as show it, up to three.
    expect(formatPoints(0.04)).toBe(`+0,04 điểm${NBSP}%`);
    expect(formatPoints(-0.04)).toBe(`−0,04 điểm${NBSP}%`);
    expect(formatPoints(-0.004, 'en')).toBe('−0.004 pts');
    expect(formatSignedPercent(0.0004)).toBe(`+0,04${NBSP}%`);
    expect(formatSignedPercent(-0.00004, 'en')).toBe('−0.004%');
    // Under half of 0,001: "≈ 0", no sign.
    expect(formatPoints(0.0004)).toBe(`≈${NBSP}0 điểm${NBSP}%`);
    expect(formatSignedPercent(-0.000001)).toBe(`≈${NBSP}0${NBSP}%`);
    expect(formatSignedPercent(0.000001, 'en')).toBe(`≈${NBSP}0%`);
    // One that shows at one decimal keeps one.
    expect(formatPoints(0.05)).toBe(`+0,1 điểm${NBSP}%`);
    expect(signedChange(0.06, 1)).toEqual({ sign: '+', digits: 1 });
    expect(signedChange(-0.0006, 1)).toEqual({ sign: '−', digits: 3 });
    expect(signedChange(0.0004, 1)).toBeNull();
  });
  it('writes dates and months day first', () => {
    expect(formatDate('2023-03-27')).toBe('27/03/2023');
    expect(formatDate('2023-03-27T09:00:00+07:00')).toBe('27/03/2023');
    expect(formatDate('2024-02-29')).toBe('29/02/2024');
    expect(formatMonth('2023-03')).toBe('03/2023');
  });
  it('never shows an impossible date as another one', () => {
    expect(formatDate('2022-02-30')).toBe('—'); // dayjs would show 02/03/2022
    expect(formatDate('2023-02-29')).toBe('—'); // not a leap year
    expect(formatDate('1900-02-29')).toBe('—'); // divisible by 100, not by 400
    expect(formatDate('2000-02-29')).toBe('29/02/2000');
    expect(formatDate('0000-01-01')).toBe('—');
    expect(formatDate('2022-13-01')).toBe('—');
    expect(formatDate('2022-04-31')).toBe('—');
    expect(formatDate('2022-4-3')).toBe('—');
    expect(formatDate('2022-04-03x')).toBe('—');
    expect(formatDate('')).toBe('—');
    expect(formatDate(null)).toBe('—');
  });
  it('counts days only between calendar dates', () => {
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('0001-01-01', '0001-01-02')).toBe(1);
    expect(daysBetween('0000-01-01', '2025-07-05')).toBeNaN(); // was 45.841 days overdue
    expect(daysBetween('2022-02-30', '2022-03-02')).toBeNaN();
    expect(formatNumber(daysBetween('0000-01-01', '2025-07-05'))).toBe('—');
  });
  it('names periods as the district reports do', () => {
    expect(formatPeriod({ from: '2022-01', to: '2022-12' })).toBe('năm 2022');
    expect(formatPeriod({ from: '2023-01', to: '2023-03' })).toBe('quý I/2023');
    expect(formatPeriod({ from: '2023-10', to: '2023-12' })).toBe('quý IV/2023');
    expect(formatPeriod({ from: '2025-01', to: '2025-06' })).toBe('6 tháng đầu năm 2025');
    expect(formatPeriod({ from: '2025-07', to: '2025-12' })).toBe('6 tháng cuối năm 2025');
    expect(formatPeriod({ from: '2023-02', to: '2023-05' })).toBe('02/2023 – 05/2023');
    expect(formatPeriod({ from: '2023-04', to: '2023-04' })).toBe('tháng 04/2023');
    expect(formatPeriod({ from: '2023-01', to: '2023-03' }, 'en')).toBe('Q1 2023');
    expect(formatPeriod({ from: '2025-07', to: '2025-12' }, 'en')).toBe('H2 2025');
    expect(formatPeriodStart({ from: '2023-02', to: '2023-05' })).toBe('từ tháng 02/2023 đến tháng 05/2023');
    expect(formatPeriodStart({ from: '2022-01', to: '2022-12' }, 'en')).toBe('in 2022');
  });
  it('labels chart months short', () => {
    expect(formatMonthShort('2023-03')).toBe('T3/2023');
    expect(formatMonthShort('2023-11')).toBe('T11/2023');
    expect(formatMonthShort('2023-03', 'en')).toBe('03/2023');
  });
});
