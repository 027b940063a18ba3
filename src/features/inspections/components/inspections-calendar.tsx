import { Button, Card, Group, Skeleton, Text, Title, VisuallyHidden } from '@mantine/core';
import { IconChevronLeft, IconChevronRight } from '@tabler/icons-react';
import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Inspection } from '../../../api/inspections';
import { QueryError } from '../../../components/errors';
import { formatDate } from '../../../domain/format';
import { visitDate } from '../../../domain/inspection-coverage';
import { daysInMonth } from '../../../domain/iso-date';
import { inspectionPath } from '../../../lib/paths';
import { inspectionStatusColors } from '../../../semantic-colors';
import classes from './inspections.module.css';

const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

export interface InspectionsCalendarProps {
  /** YYYY-MM */
  month: string;
  onMonth: (month: string) => void;
  rows: readonly Inspection[];
  loading: boolean;
  error: unknown;
  onRetry: () => void;
  asOf: string;
  unitLabel: (unitId: string) => string;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The month before or after (YYYY-MM). */
export function shiftMonth(month: string, by: number): string {
  const index = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + by;
  return `${Math.floor(index / 12)}-${pad((index % 12) + 1)}`;
}

/** The day a visit shows on: a planned one on its planned date, one that took place on the day it started. */
const dayOf = (i: Inspection) => (i.status === 'planned' ? i.plannedDate : visitDate(i));

/**
 * A month of planned and done visits (cancelled ones are left out) as a table of weeks, Monday first. The days
 * are one tab stop: the arrow keys move between them (Home/End to the week's ends, PageUp/PageDown a week),
 * and Tab goes on into the day's visits, each a link to its inspection.
 */
export function InspectionsCalendar({ month, onMonth, rows, loading, error, onRetry, asOf, unitLabel }: InspectionsCalendarProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const year = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  const days = daysInMonth(year, m);
  const monthLabel = t('inspections.calendar.monthLabel', { month: pad(m), year });

  const byDay = new Map<number, Inspection[]>();
  for (const insp of rows) {
    if (insp.status === 'cancelled') continue;
    const d = dayOf(insp);
    if (!d.startsWith(`${month}-`)) continue;
    const day = Number(d.slice(8, 10));
    byDay.set(day, [...(byDay.get(day) ?? []), insp]);
  }
  const count = [...byDay.values()].reduce((s, l) => s + l.length, 0);

  // Monday = 0; the weekday of the 1st from a fixed UTC date, no time zone involved.
  const lead = (new Date(Date.UTC(year, m - 1, 1)).getUTCDay() + 6) % 7;
  const cells: (number | null)[] = [...Array<null>(lead).fill(null), ...Array.from({ length: days }, (_, i) => i + 1)];
  while (cells.length % 7 !== 0) cells.push(null);
  const weeks = Array.from({ length: cells.length / 7 }, (_, w) => cells.slice(w * 7, w * 7 + 7));

  const firstVisitDay = [...byDay.keys()].sort((a, b) => a - b)[0];
  const asOfDay = asOf.startsWith(`${month}-`) ? Number(asOf.slice(8, 10)) : null;
  const [focusDay, setFocusDay] = useState<number | null>(null);
  const activeDay = focusDay !== null && focusDay <= days ? focusDay : (firstVisitDay ?? asOfDay ?? 1);
  const cellRefs = useRef(new Map<number, HTMLTableCellElement>());

  const moveTo = (day: number) => {
    if (day < 1) {
      onMonth(shiftMonth(month, -1));
      return;
    }
    if (day > days) {
      onMonth(shiftMonth(month, 1));
      return;
    }
    setFocusDay(day);
    cellRefs.current.get(day)?.focus();
  };

  const onKey = (day: number) => (e: KeyboardEvent<HTMLTableCellElement>) => {
    if (e.target !== e.currentTarget) return;
    const weekday = (lead + day - 1) % 7;
    const step: Record<string, number> = {
      ArrowLeft: -1,
      ArrowRight: 1,
      ArrowUp: -7,
      ArrowDown: 7,
      Home: -weekday,
      End: 6 - weekday,
      PageUp: -7,
      PageDown: 7,
    };
    const by = step[e.key];
    if (by === undefined) return;
    e.preventDefault();
    moveTo(day + by);
  };

  return (
    <Card component="section" aria-labelledby={headingId}>
      <Group justify="space-between" align="center" gap="sm" mb="sm">
        <Title order={2} size="h4" id={headingId}>
          {t('inspections.calendar.title', { month: monthLabel })}
        </Title>
        <Group gap="xs">
          <Button variant="default" className={classes.touch} leftSection={<IconChevronLeft size={18} aria-hidden />} onClick={() => onMonth(shiftMonth(month, -1))}>
            {t('inspections.calendar.previous')}
          </Button>
          <Button variant="default" className={classes.touch} rightSection={<IconChevronRight size={18} aria-hidden />} onClick={() => onMonth(shiftMonth(month, 1))}>
            {t('inspections.calendar.next')}
          </Button>
        </Group>
      </Group>
      <Text size="sm" c="dimmed" mb="sm" role="status">
        {loading || error ? '\u00a0' : count === 0 ? t('inspections.calendar.none', { month: monthLabel }) : t('inspections.calendar.count', { count, month: monthLabel })}
      </Text>
      {error ? (
        <QueryError error={error} onRetry={onRetry} minHeight={200} />
      ) : loading ? (
        <Skeleton height={480} />
      ) : (
        <table className={classes.calendar}>
          <caption>
            <VisuallyHidden>
              {t('inspections.calendar.caption', { month: monthLabel })}. {t('inspections.calendar.keyboard')}
            </VisuallyHidden>
          </caption>
          <thead>
            <tr>
              {WEEKDAYS.map((d) => (
                <th key={d} scope="col">
                  <abbr title={t(`inspections.calendar.weekdays.${d}`)}>{t(`inspections.calendar.weekdaysShort.${d}`)}</abbr>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {weeks.map((week, w) => (
              <tr key={w}>
                {week.map((day, i) => {
                  if (day === null) return <td key={`x${i}`} className={classes.outside} aria-hidden />;
                  const visits = byDay.get(day) ?? [];
                  const date = `${month}-${pad(day)}`;
                  const label =
                    visits.length > 0
                      ? t('inspections.calendar.dayVisits', { date: formatDate(date), count: visits.length })
                      : t('inspections.calendar.day', { date: formatDate(date) });
                  return (
                    <td
                      key={day}
                      ref={(el) => {
                        if (el) cellRefs.current.set(day, el);
                        else cellRefs.current.delete(day);
                      }}
                      tabIndex={day === activeDay ? 0 : -1}
                      aria-label={label}
                      onKeyDown={onKey(day)}
                      onFocus={() => setFocusDay(day)}
                      className={day === asOfDay ? classes.asOfDay : undefined}
                    >
                      <span className={classes.dayNumber} aria-hidden>
                        {day}
                      </span>
                      {day === asOfDay && <VisuallyHidden>{t('inspections.calendar.today')}</VisuallyHidden>}
                      {visits.map((insp) => (
                        <Link
                          key={insp.id}
                          to={inspectionPath(insp.id)}
                          // One name in every browser: the commune, then the status (the two lines read as one).
                          aria-label={`${unitLabel(insp.unitId)}, ${t(`inspections.statuses.${insp.status}`)}`}
                          className={classes.visit}
                          style={{ ['--visit-color' as string]: inspectionStatusColors[insp.status] }}
                        >
                          <span>{unitLabel(insp.unitId)}</span>
                          <span className={classes.visitStatus}>{t(`inspections.statuses.${insp.status}`)}</span>
                        </Link>
                      ))}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Card>
  );
}
