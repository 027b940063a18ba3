/**
 * A calendar date written YYYY-MM-DD (optionally followed by a time, which is ignored), read strictly:
 * month 01–12, a day that exists in that month (29 February only in leap years) and a year from 0001.
 * dayjs and Date roll impossible dates over ("2022-02-30" becomes 2 March), which would show another
 * date than the one stored; here they are refused (null).
 */
export interface IsoDate {
  year: number;
  month: number;
  day: number;
}

const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

export function daysInMonth(year: number, month: number): number {
  return month === 2 ? (isLeap(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export function parseIsoDate(text: string): IsoDate | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:$|T)/.exec(text);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

/** Days since 0001-01-01 in the proleptic Gregorian calendar (no time zone, no daylight saving). */
export function dayNumber({ year, month, day }: IsoDate): number {
  // Date.UTC maps years 0–99 to 1900–1999; setUTCFullYear does not.
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  return Math.round(d.getTime() / 86_400_000);
}
