import type { DossierCounts } from '../api/dossiers';
import type { Unit } from '../api/units';
import type { RemediationCounts, RemediationState } from './action-status';
import { countChange, rateChange, trendOf, type Change } from './change';
import { onlineShare, onTimeRate, pending, received, resolved, resolvedEarlyOrOnTime } from './dossier-measures';
import type { DigitalIndicatorLine, MainDigitalIndicatorKey } from './digital-indicators';
import type { ParIndexChange } from './par-index';
import type { Period } from './period';
import { belowTarget, rankBy } from './ranking';
import type { Rate } from './rate';

/**
 * The facts of the overview's summary paragraph, in the register of the district's own reports
 * ("Trong năm 2022, bộ phận một cửa cấp huyện tiếp nhận 4.977 hồ sơ, giải quyết đúng và trước hạn
 * 100,0 %…"). Pure: every figure is computed here with the same measures as the KPI cards, and returned
 * as structured facts (which sentence, with which numbers and names); the words are the renderer's
 * (src/features/overview/summary), so the meeting mode's speaker notes can tell the same facts.
 *
 * The facts, in order, each only when its figures are there:
 *  1. `received`: received (and its change against the same period last year), the on-time rate with
 *     its counts, its change in points, and whether it meets the year's target;
 *  2. `onlineAndOverdue`: the online share (and its change), the dossiers pending overdue at the end;
 *  3. `communeRank`: for one commune, its rank among the communes on the on-time rate;
 *  4. `belowTarget` (worst first, at most five named) or `allMeetTarget`;
 *  5. `biggestChanges`: the commune whose on-time rate rose most and the one whose rate fell most, in
 *     percentage points, each only if the change is at least NOTABLE_POINTS;
 *  6. `remediation` / `noRemediation`: actions after inspections on the snapshot day, and the units
 *     with the most overdue actions;
 *  7. `parIndex`: for the district (all units or the district office), the PAR INDEX and its change;
 *  8. `digital`: the digital indicators against the year's targets, those met and those below.
 * Without any dossier figure the summary is the one fact `noFigures`.
 */

type UnitWords = Pick<Unit, 'kind' | 'name'>;

/** Whose figures these are: every unit, the overseeing body's own one-stop office, or one unit. */
export type SummaryScope = { kind: 'all' } | { kind: 'root' } | { kind: 'unit'; id: string; unit: UnitWords };

export interface CommuneFigures {
  id: string;
  unit: UnitWords;
  counts: DossierCounts;
  /** The same period last year; null when the commune has no figures for it. */
  lastYear: DossierCounts | null;
}

export interface RemediationFigures {
  /** The day the statuses are taken at (YYYY-MM-DD). */
  day: string;
  counts: RemediationCounts;
  total: number;
  /** Units with overdue actions and how many. */
  overdueByUnit: { unit: UnitWords; count: number }[];
}

export interface DigitalFigures {
  year: number;
  lines: DigitalIndicatorLine[];
}

export interface OverviewSummaryInput {
  period: Period;
  scope: SummaryScope;
  /** The scope's counts for the period; null when it has none. */
  current: DossierCounts | null;
  /** The same period last year; null when not covered or not loaded. */
  lastYear: DossierCounts | null;
  /** The on-time target the period is judged by. */
  target: { year: number; value: number } | null;
  /** Every commune-level unit with figures in the period; null when not loaded. */
  communes: CommuneFigures[] | null;
  remediation: RemediationFigures | null;
  /** The PAR INDEX year the period is judged by, with its change; null when none. */
  par: ParIndexChange | null;
  /** The scope's main digital indicators against the targets of `year`; null (or absent) when not loaded. */
  digital?: DigitalFigures | null;
}

/**
 * A change against the same period last year, as it is told: flat, or up/down by an amount (always
 * positive): a relative change of a count (a share, 0.247 = 24,7 %, with the count it stands for), a
 * count (when the base was 0), or percentage points of a rate.
 */
export type ToldAmount = { unit: 'relative'; value: number; count: number } | { unit: 'count' | 'points'; value: number };
export type ToldChange = { direction: 'flat' } | { direction: 'up' | 'down'; amount: ToldAmount };

/** A unit named with a figure: a laggard with its rate. */
export interface NamedRate {
  unit: UnitWords;
  rate: number;
}

/** A commune's change of on-time rate: points (positive) and the rate it reached. */
export interface CommuneChange {
  unit: UnitWords;
  points: number;
  rate: number;
}

export type SummaryFact =
  | { kind: 'noFigures'; period: Period; scope: SummaryScope }
  | {
      kind: 'received';
      period: Period;
      scope: SummaryScope;
      received: number;
      change: ToldChange | null;
      /** null: no dossier was resolved in the period. */
      onTime: {
        rate: number;
        onTime: number;
        resolved: number;
        change: ToldChange | null;
        target: { year: number; value: number; met: boolean } | null;
      } | null;
    }
  | {
      kind: 'onlineAndOverdue';
      online: { share: number; change: ToldChange | null } | null;
      overdue: number;
      /** Pending overdue at the end of the same period last year; null when not known. */
      overdueLastYear: number | null;
    }
  | { kind: 'communeRank'; unit: UnitWords; rank: number; of: number }
  | { kind: 'allMeetTarget'; communes: number; target: number }
  | { kind: 'belowTarget'; below: number; of: number; target: number; named: NamedRate[]; more: number }
  | { kind: 'biggestChanges'; rise: CommuneChange | null; fall: CommuneChange | null }
  | { kind: 'noRemediation'; day: string }
  | {
      kind: 'remediation';
      day: string;
      total: number;
      /** The states with actions, in the order told: verified, fixed, in progress, not started, overdue. */
      states: { state: RemediationState; count: number }[];
      /** The units with the most overdue actions (ties together); null when none is overdue or for one unit. */
      mostOverdue: { units: UnitWords[]; more: number; count: number } | null;
    }
  | { kind: 'parIndex'; par: ParIndexChange }
  | {
      kind: 'digital';
      year: number;
      met: { key: MainDigitalIndicatorKey; rate: number }[];
      below: { key: MainDigitalIndicatorKey; rate: number; target: number }[];
    };

export type SummaryFactKind = SummaryFact['kind'];

/** A change must be at least this many percentage points to count among the "biggest changes". */
export const NOTABLE_POINTS = 1;
/** At most this many laggards (or units with the most overdue actions) are named; the rest are counted. */
export const MAX_NAMED = 5;

const byName = (a: UnitWords, b: UnitWords) => a.name.localeCompare(b.name, 'vi');

function told(change: Change): ToldChange | null {
  const trend = trendOf(change);
  if (trend === 'unknown' || change.kind === 'none') return null;
  if (trend === 'flat') return { direction: 'flat' };
  const amount: ToldAmount =
    change.kind === 'rate'
      ? { unit: 'points', value: Math.abs(change.points) }
      : change.relative === null
        ? { unit: 'count', value: Math.abs(change.delta) }
        : { unit: 'relative', value: Math.abs(change.relative), count: Math.abs(change.delta) };
  return { direction: trend, amount };
}

const hasFigures = (c: DossierCounts | null): c is DossierCounts =>
  c !== null && (received(c) > 0 || resolved(c) > 0 || pending(c) > 0 || c.carriedOver > 0);

function headline(input: OverviewSummaryInput, c: DossierCounts): SummaryFact {
  const { lastYear: b, target } = input;
  const rate = onTimeRate(c);
  return {
    kind: 'received',
    period: input.period,
    scope: input.scope,
    received: received(c),
    change: b ? told(countChange(received(c), received(b))) : null,
    onTime:
      rate === null
        ? null
        : {
            rate,
            onTime: resolvedEarlyOrOnTime(c),
            resolved: resolved(c),
            change: b ? told(rateChange(rate, onTimeRate(b))) : null,
            target: target ? { ...target, met: !belowTarget(rate, target.value) } : null,
          },
  };
}

function onlineAndOverdue(input: OverviewSummaryInput, c: DossierCounts): SummaryFact {
  const b = input.lastYear;
  const share = onlineShare(c);
  return {
    kind: 'onlineAndOverdue',
    online: share === null ? null : { share, change: b ? told(rateChange(share, onlineShare(b))) : null },
    overdue: c.pendingOverdue,
    overdueLastYear: b ? b.pendingOverdue : null,
  };
}

interface RatedCommune {
  c: CommuneFigures;
  rate: Rate;
}

function communeRank(scope: SummaryScope, rated: RatedCommune[]): SummaryFact | null {
  if (scope.kind !== 'unit') return null;
  const ranked = rankBy(rated, (r) => r.rate);
  const mine = ranked.find((r) => r.item.c.id === scope.id);
  if (!mine || mine.rank === null) return null;
  return { kind: 'communeRank', unit: scope.unit, rank: mine.rank, of: ranked.filter((r) => r.rank !== null).length };
}

function laggards(input: OverviewSummaryInput, rated: RatedCommune[]): SummaryFact | null {
  const { target } = input;
  const withData = rated.filter((r): r is { c: CommuneFigures; rate: number } => r.rate !== null);
  if (!target || withData.length === 0) return null;
  const below = withData
    .filter((r) => belowTarget(r.rate, target.value))
    .sort((a, b) => a.rate - b.rate || byName(a.c.unit, b.c.unit));
  if (below.length === 0) return { kind: 'allMeetTarget', communes: withData.length, target: target.value };
  const named = below.slice(0, MAX_NAMED).map((r) => ({ unit: r.c.unit, rate: r.rate }));
  return { kind: 'belowTarget', below: below.length, of: withData.length, target: target.value, named, more: below.length - named.length };
}

function biggestChanges(rated: RatedCommune[]): SummaryFact | null {
  const changes = rated.flatMap((r) => {
    const before = r.c.lastYear ? onTimeRate(r.c.lastYear) : null;
    return r.rate === null || before === null ? [] : [{ unit: r.c.unit, rate: r.rate, points: (r.rate - before) * 100 }];
  });
  const rise = changes.filter((x) => x.points >= NOTABLE_POINTS).sort((a, b) => b.points - a.points || byName(a.unit, b.unit))[0];
  const fall = changes.filter((x) => x.points <= -NOTABLE_POINTS).sort((a, b) => a.points - b.points || byName(a.unit, b.unit))[0];
  if (!rise && !fall) return null;
  const abs = (x: CommuneChange | undefined) => (x ? { ...x, points: Math.abs(x.points) } : null);
  return { kind: 'biggestChanges', rise: abs(rise), fall: abs(fall) };
}

const toldStates = ['verified', 'fixed', 'in_progress', 'not_started', 'overdue'] as const;

function remediation(r: RemediationFigures, scope: SummaryScope): SummaryFact {
  if (r.total === 0) return { kind: 'noRemediation', day: r.day };
  const states = toldStates.filter((k) => r.counts[k] > 0).map((state) => ({ state, count: r.counts[state] }));
  // Which units to chase: those with the most overdue actions (ties named together, at most five).
  const most = Math.max(0, ...r.overdueByUnit.map((u) => u.count));
  const tied = r.overdueByUnit
    .filter((u) => u.count === most)
    .map((u) => u.unit)
    .sort(byName);
  const mostOverdue =
    r.counts.overdue > 0 && scope.kind !== 'unit' && most > 0 && tied.length > 0
      ? { units: tied.slice(0, MAX_NAMED), more: Math.max(0, tied.length - MAX_NAMED), count: most }
      : null;
  return { kind: 'remediation', day: r.day, total: r.total, states, mostOverdue };
}

function digital({ year, lines }: DigitalFigures): SummaryFact | null {
  const met: { key: MainDigitalIndicatorKey; rate: number }[] = [];
  const below: { key: MainDigitalIndicatorKey; rate: number; target: number }[] = [];
  for (const l of lines) {
    if (l.rate === null) continue;
    if (l.verdict === 'met') met.push({ key: l.key, rate: l.rate });
    else if (l.verdict === 'below' && l.target !== null) below.push({ key: l.key, rate: l.rate, target: l.target });
  }
  return met.length + below.length === 0 ? null : { kind: 'digital', year, met, below };
}

/** The facts of the overview's summary, in the order they are told. */
export function overviewSummaryFacts(input: OverviewSummaryInput): SummaryFact[] {
  const c = input.current;
  if (!hasFigures(c)) return [{ kind: 'noFigures', period: input.period, scope: input.scope }];
  const rated: RatedCommune[] = (input.communes ?? []).map((x) => ({ c: x, rate: onTimeRate(x.counts) }));
  const facts = [
    headline(input, c),
    onlineAndOverdue(input, c),
    input.communes ? communeRank(input.scope, rated) : null,
    input.communes ? laggards(input, rated) : null,
    input.communes ? biggestChanges(rated) : null,
    input.remediation ? remediation(input.remediation, input.scope) : null,
    input.par && input.scope.kind !== 'unit' ? ({ kind: 'parIndex', par: input.par } as const) : null,
    input.digital ? digital(input.digital) : null,
  ];
  return facts.filter((f): f is SummaryFact => f !== null);
}
