import { describe, expect, it } from 'vitest';
import { dateSchema, dateTimeSchema, hasVisibleCharacter, idSchema, intParamSchema, isCalendarDate, monthSchema, requiredTextSchema } from '../../src/api/common';
import { clipMiddle, ECHO_MAX } from '../../src/domain/clip';

const messages = (r: { success: boolean; error?: { issues: { message: string }[] } }) => (r.success ? [] : (r.error?.issues.map((i) => i.message) ?? []));

describe('clipMiddle: echoes of a user’s text stay short', () => {
  it('keeps a short text as it is', () => {
    expect(clipMiddle('/khong-co-trang-nay')).toBe('/khong-co-trang-nay');
    expect(clipMiddle('a'.repeat(ECHO_MAX))).toBe('a'.repeat(ECHO_MAX));
  });

  it('cuts 8,000 characters to 80, start and end kept around “…”', () => {
    const text = `/${'x'.repeat(3998)}MID${'y'.repeat(3998)}`;
    const out = clipMiddle(text);
    expect(Array.from(out)).toHaveLength(80);
    expect(out.startsWith('/xxx')).toBe(true);
    expect(out.endsWith('yyy')).toBe(true);
    expect(out).toContain('…');
    expect(clipMiddle('abcdefghij', 5)).toBe('ab…ij');
  });

  it('never splits a character made of two UTF-16 units', () => {
    const out = clipMiddle('😀'.repeat(100), 9);
    expect(out).toBe('😀😀😀😀…😀😀😀😀');
  });
});

describe('dates follow the calendar', () => {
  it.each([
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2022-02-30', false],
    ['2025-04-31', false],
    ['2025-12-31', true],
    ['2000-02-29', true],
    ['1900-02-29', false],
  ])('%s exists: %s', (s, ok) => {
    expect(isCalendarDate(s)).toBe(ok);
    expect(dateSchema.safeParse(s).success).toBe(ok);
  });

  it('says which mistake, once', () => {
    expect(messages(dateSchema.safeParse('2022-02-30'))).toEqual(['Ngày 30/02/2022 không có trong lịch']);
    expect(messages(dateSchema.safeParse('0000-01-01'))).toEqual(['Năm phải từ 1900 đến 2100']);
    expect(messages(dateSchema.safeParse('30/02/2022'))).toEqual(['Ngày phải có dạng YYYY-MM-DD']);
    expect(messages(monthSchema.safeParse('2101-01'))).toEqual(['Năm phải từ 1900 đến 2100']);
  });

  it('instants too: a real day, a year from 1900 to 2100', () => {
    expect(dateTimeSchema.safeParse('2024-02-29T08:00:00+07:00').success).toBe(true);
    expect(dateTimeSchema.safeParse('2022-02-30T08:00:00+07:00').success).toBe(false);
    expect(messages(dateTimeSchema.safeParse('0000-01-01T00:00:00Z'))).toEqual(['Năm phải từ 1900 đến 2100']);
  });
});

describe('integers written in digits only', () => {
  it.each(['0x1', '1e0', ' 1 ', '+1', '-1', '1.0', '١'])('refuses %j', (s) => {
    expect(intParamSchema.safeParse(s).success).toBe(false);
  });
  it('reads digits, and empty is required', () => {
    expect(intParamSchema.parse('2025')).toBe(2025);
    expect(intParamSchema.parse('0')).toBe(0);
    expect(messages(intParamSchema.safeParse(''))).toEqual(['Bắt buộc nhập']);
    expect(messages(intParamSchema.safeParse(undefined))).toEqual(['Bắt buộc nhập']);
  });
});

describe('required text has something to see', () => {
  it.each(['\u200B\u200B', '\u2060', '\uFEFF', '\u00AD', '\u0301\u0300', '\u3164', '\u2800', '\u202E', ' \t\n'])('%j is not text', (s) => {
    expect(hasVisibleCharacter(s)).toBe(false);
    expect(messages(requiredTextSchema('Nhập tên', 100).safeParse(s))).toEqual(['Nhập tên']);
  });
  it.each(['Kiểm tra', 'Kiểm tra'.normalize('NFD'), '1', '-', '✓', '\u200Bx'])('%j is text', (s) => {
    expect(hasVisibleCharacter(s)).toBe(true);
  });
  it('trims and counts the limit', () => {
    expect(requiredTextSchema('Nhập tên', 10).parse('  Tên  ')).toBe('Tên');
    expect(messages(requiredTextSchema('Nhập tên', 2000).safeParse('a'.repeat(2001)))).toEqual(['Tối đa 2.000 ký tự']);
  });
  it('refuses ids that are empty, blank, padded or too long', () => {
    expect(messages(idSchema('Chọn đơn vị').safeParse(''))).toEqual(['Chọn đơn vị']);
    expect(idSchema().safeParse(' xa-1').success).toBe(false);
    expect(idSchema().safeParse('\u200B').success).toBe(false);
    expect(messages(idSchema().safeParse('x'.repeat(65)))).toEqual(['Mã tối đa 64 ký tự']);
    expect(idSchema().parse('xa-van-nhat')).toBe('xa-van-nhat');
  });
});
