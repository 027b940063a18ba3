/** Calendar helpers on plain strings ('YYYY-MM', 'YYYY-MM-DD'); no clock, no time zone. */

export function monthsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  let y = Number(from.slice(0, 4));
  let m = Number(from.slice(5, 7));
  const endY = Number(to.slice(0, 4));
  const endM = Number(to.slice(5, 7));
  while (y < endY || (y === endY && m <= endM)) {
    out.push(`${y}-${String(m).padStart(2, '0')}`);
    m++;
    if (m > 12) {
      m = 1;
      y++;
    }
  }
  return out;
}

/** Months from `base` to `month` (negative when before). */
export function monthOffset(base: string, month: string): number {
  return (
    (Number(month.slice(0, 4)) - Number(base.slice(0, 4))) * 12 + Number(month.slice(5, 7)) - Number(base.slice(5, 7))
  );
}

export const pad2 = (n: number) => String(n).padStart(2, '0');

/** Day arithmetic through UTC dates, which have no daylight-saving jumps. */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export function addMonths(date: string, months: number): string {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7)) - 1 + months;
  const day = Number(date.slice(8, 10));
  const ny = y + Math.floor(m / 12);
  const nm = ((m % 12) + 12) % 12;
  const lastDay = new Date(Date.UTC(ny, nm + 1, 0)).getUTCDate();
  return `${ny}-${pad2(nm + 1)}-${pad2(Math.min(day, lastDay))}`;
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(date: string): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}

/** The same day if it is Monday–Friday, else the next Monday. */
export function nextWorkday(date: string): string {
  const wd = weekday(date);
  if (wd === 6) return addDays(date, 2);
  if (wd === 0) return addDays(date, 1);
  return date;
}

export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86400000);
}

/** An instant in Viet Nam time (UTC+7), as the API's ISO strings carry it. */
export function vnInstant(date: string, hour: number, minute = 0): string {
  return `${date}T${pad2(hour)}:${pad2(minute)}:00+07:00`;
}

/** The time frame both simulated datasets cover: January 2020 to June 2025, figures as of 5 July 2025. */
export const SIMULATED_TIME_FRAME = {
  coverage: { from: '2020-01', to: '2025-06' },
  asOf: '2025-07-05',
  defaultPeriod: { from: '2025-01', to: '2025-06' },
} as const;
