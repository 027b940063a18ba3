import type { DossierCounts } from '../api/dossiers';
import type { Unit } from '../api/units';
import type { RemediationCounts } from './action-status';
import { countChange, rateChange, trendOf, type Change } from './change';
import { onlineShare, onTimeRate, pending, received, resolved, resolvedEarlyOrOnTime } from './dossier-measures';
import { formatDate, formatMonth, formatNumber, formatPercent, formatPeriod, type Locale } from './format';
import type { DigitalIndicatorLine, MainDigitalIndicatorKey } from './digital-indicators';
import type { ParIndexChange } from './par-index';
import { formatParScore } from './par-index';
import { shapeOf, type Period } from './period';
import { belowTarget, rankBy } from './ranking';
import type { Rate } from './rate';

/**
 * The overview's summary paragraph, in the register of the district's own reports ("Trong năm 2022,
 * bộ phận một cửa cấp huyện tiếp nhận 4.977 hồ sơ, giải quyết đúng và trước hạn 100,0 %…"). Pure:
 * every figure is computed here with the same measures and formats as the KPI cards.
 *
 * What it says, in order, each part only when its figures are there:
 *  1. received (and its change against the same period last year), the on-time rate with its counts,
 *     its change in points, and whether it meets the year's target;
 *  2. the online share (and its change) and the dossiers pending overdue at the end of the period;
 *  3. for one commune: its rank among the communes on the on-time rate;
 *  4. the communes below the target, worst first (at most five named), or that all of them meet it;
 *  5. the biggest changes against last year: the commune whose on-time rate rose most and the one
 *     whose rate fell most, in percentage points, each only if the change is at least 1 point;
 *  6. remediation after inspections on the snapshot day, and the units with the most overdue actions;
 *  7. for the district (all units or the district office): the PAR INDEX rank and score and their change;
 *  8. the digital indicators against the year's targets: those met, then those below with their target.
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

export interface DigitalFigures {
  year: number;
  lines: DigitalIndicatorLine[];
}

/** A change must be at least this many percentage points to count among the "biggest changes". */
export const NOTABLE_POINTS = 1;
/** At most this many laggards are named; the rest are counted. */
const MAX_NAMED = 5;

const kindWord = { vi: { town: 'thị trấn', commune: 'xã', district: 'huyện' }, en: { town: 'thị trấn', commune: 'xã', district: 'huyện' } };

/** "xã Tân Minh", "thị trấn Thường Tín": as they stand inside a sentence. */
export const unitInSentence = (u: UnitWords, locale: Locale = 'vi') => `${kindWord[locale][u.kind]} ${u.name}`;

const capitalise = (s: string) => s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);

function periodPhrase(p: Period, locale: Locale): string {
  const s = shapeOf(p);
  if (s.kind === 'months')
    return locale === 'vi'
      ? `từ tháng ${formatMonth(p.from)} đến tháng ${formatMonth(p.to)}`
      : `from ${formatMonth(p.from)} to ${formatMonth(p.to)}`;
  return locale === 'vi' ? `trong ${formatPeriod(p, 'vi')}` : `in ${formatPeriod(p, 'en')}`;
}

function subject(scope: SummaryScope, locale: Locale): string {
  if (scope.kind === 'all') return locale === 'vi' ? 'toàn huyện' : 'the district as a whole';
  if (scope.kind === 'root') return locale === 'vi' ? 'bộ phận một cửa cấp huyện' : 'the district-level one-stop office';
  return unitInSentence(scope.unit, locale);
}

/** "A, B và C" / "A, B and C". */
function joinList(items: string[], locale: Locale): string {
  if (items.length <= 1) return items.join('');
  const and = locale === 'vi' ? ' và ' : ' and ';
  return `${items.slice(0, -1).join(', ')}${and}${items[items.length - 1]}`;
}

const pts = (points: number, locale: Locale) =>
  `${formatNumber(Math.abs(points), locale, 1)} ${locale === 'vi' ? 'điểm %' : 'pts'}`;

/** A change in words: "tăng 18,8 %", "giảm 0,1 điểm %", "bằng cùng kỳ"; null when there is none to tell. */
function changeWords(change: Change, locale: Locale, unit: string): string | null {
  const trend = trendOf(change);
  if (trend === 'unknown' || change.kind === 'none') return null;
  const vi = locale === 'vi';
  if (trend === 'flat') return vi ? 'tương đương cùng kỳ năm trước' : 'the same as a year earlier';
  const up = trend === 'up';
  let amount: string;
  if (change.kind === 'rate') amount = pts(change.points, locale);
  else if (change.relative === null) amount = `${formatNumber(Math.abs(change.delta), locale)} ${unit}`;
  else amount = formatPercent(Math.abs(change.relative), locale);
  return vi
    ? `${up ? 'tăng' : 'giảm'} ${amount} so với cùng kỳ năm trước`
    : `${up ? 'up' : 'down'} ${amount} on a year earlier`;
}

const hasFigures = (c: DossierCounts | null): c is DossierCounts =>
  c !== null && (received(c) > 0 || resolved(c) > 0 || pending(c) > 0 || c.carriedOver > 0);

function headline(input: OverviewSummaryInput, c: DossierCounts, locale: Locale): string {
  const vi = locale === 'vi';
  const { lastYear: b, target } = input;
  const n = formatNumber(received(c), locale);
  const recChange = b ? changeWords(countChange(received(c), received(b)), locale, vi ? 'hồ sơ' : 'dossiers') : null;
  const rate = onTimeRate(c);
  const start = capitalise(periodPhrase(input.period, locale));
  const who = subject(input.scope, locale);

  let s = vi ? `${start}, ${who} tiếp nhận ${n} hồ sơ` : `${start}, ${who} received ${n} dossiers`;
  if (recChange) s += ` (${recChange})`;
  if (rate === null) {
    s += vi ? ', chưa có hồ sơ nào được giải quyết trong kỳ' : '; none was resolved in the period';
    return `${s}.`;
  }
  const counts = `${formatNumber(resolvedEarlyOrOnTime(c), locale)}/${formatNumber(resolved(c), locale)}`;
  const rateChg = b ? changeWords(rateChange(rate, onTimeRate(b)), locale, '') : null;
  s += vi
    ? `, giải quyết đúng và trước hạn ${formatPercent(rate, locale)} (${counts} hồ sơ đã giải quyết${rateChg ? `; ${rateChg}` : ''})`
    : ` and resolved ${formatPercent(rate, locale)} early or on time (${counts} dossiers resolved${rateChg ? `; ${rateChg}` : ''})`;
  if (target) {
    const t = formatPercent(target.value, locale);
    const below = belowTarget(rate, target.value);
    s += vi
      ? `, ${below ? 'chưa đạt' : 'đạt'} chỉ tiêu năm ${target.year} (${t})`
      : `, ${below ? 'short of' : 'meeting'} the ${target.year} target (${t})`;
  }
  return `${s}.`;
}

function onlineAndOverdue(input: OverviewSummaryInput, c: DossierCounts, locale: Locale): string | null {
  const vi = locale === 'vi';
  const b = input.lastYear;
  const share = onlineShare(c);
  const parts: string[] = [];
  if (share !== null) {
    const chg = b ? changeWords(rateChange(share, onlineShare(b)), locale, '') : null;
    parts.push(
      vi
        ? `Tỷ lệ tiếp nhận trực tuyến đạt ${formatPercent(share, locale)}${chg ? ` (${chg})` : ''}`
        : `The online share was ${formatPercent(share, locale)}${chg ? ` (${chg})` : ''}`,
    );
  }
  const overdue = c.pendingOverdue;
  const base = b ? (vi ? ` (cùng kỳ năm trước: ${formatNumber(b.pendingOverdue, locale)})` : ` (a year earlier: ${formatNumber(b.pendingOverdue, locale)})`) : '';
  const overdueText =
    overdue === 0
      ? vi
        ? `cuối kỳ không còn hồ sơ đang giải quyết quá hạn${base}`
        : `no dossier was pending overdue at the end of the period${base}`
      : vi
        ? `cuối kỳ còn ${formatNumber(overdue, locale)} hồ sơ đang giải quyết quá hạn${base}`
        : `${formatNumber(overdue, locale)} ${overdue === 1 ? 'dossier was' : 'dossiers were'} pending overdue at the end of the period${base}`;
  parts.push(parts.length === 0 ? capitalise(overdueText) : overdueText);
  return `${parts.join('; ')}.`;
}

interface RatedCommune {
  c: CommuneFigures;
  rate: Rate;
}

function communeRank(input: OverviewSummaryInput, rated: RatedCommune[], locale: Locale): string | null {
  const { scope } = input;
  if (scope.kind !== 'unit') return null;
  const ranked = rankBy(rated, (r) => r.rate);
  const mine = ranked.find((r) => r.item.c.id === scope.id);
  if (!mine || mine.rank === null) return null;
  const n = (x: number) => formatNumber(x, locale);
  const of = n(ranked.filter((r) => r.rank !== null).length);
  const name = capitalise(unitInSentence(scope.unit, locale));
  return locale === 'vi'
    ? `Về tỷ lệ giải quyết đúng và trước hạn, ${unitInSentence(scope.unit, locale)} xếp thứ ${n(mine.rank)}/${of} xã, thị trấn.`
    : `${name} ranks ${n(mine.rank)} of ${of} communes on the on-time rate.`;
}

function laggards(input: OverviewSummaryInput, rated: RatedCommune[], locale: Locale): string | null {
  const { target } = input;
  const vi = locale === 'vi';
  const withData = rated.filter((r) => r.rate !== null);
  if (!target || withData.length === 0) return null;
  const t = formatPercent(target.value, locale);
  const below = withData
    .filter((r) => belowTarget(r.rate, target.value))
    .sort((a, b) => (a.rate as number) - (b.rate as number) || a.c.unit.name.localeCompare(b.c.unit.name, 'vi'));
  const n = (x: number) => formatNumber(x, locale);
  if (below.length === 0)
    return vi
      ? `Tất cả ${n(withData.length)} xã, thị trấn có hồ sơ trong kỳ đều đạt chỉ tiêu giải quyết đúng và trước hạn (${t}).`
      : `All ${n(withData.length)} communes with dossiers in the period met the on-time target (${t}).`;
  const named = below.slice(0, MAX_NAMED).map((r) => `${unitInSentence(r.c.unit, locale)} (${formatPercent(r.rate, locale)})`);
  const rest = below.length - named.length;
  if (rest > 0) named.push(vi ? `${n(rest)} đơn vị khác` : `${n(rest)} more`);
  const list = joinList(named, locale);
  if (vi)
    return `Có ${n(below.length)}/${n(withData.length)} xã, thị trấn chưa đạt chỉ tiêu giải quyết đúng và trước hạn (${t}), cần tập trung chỉ đạo: ${list}.`;
  return `${n(below.length)} of ${n(withData.length)} communes fell short of the on-time target (${t}) and need attention: ${list}.`;
}

function biggestChanges(rated: RatedCommune[], locale: Locale): string | null {
  const vi = locale === 'vi';
  const changes = rated
    .map((r) => {
      const before = r.c.lastYear ? onTimeRate(r.c.lastYear) : null;
      return { r, points: r.rate === null || before === null ? null : (r.rate - before) * 100 };
    })
    .filter((x): x is { r: RatedCommune; points: number } => x.points !== null);
  const byName = (a: { r: RatedCommune }, b: { r: RatedCommune }) => a.r.c.unit.name.localeCompare(b.r.c.unit.name, 'vi');
  const rise = changes.filter((x) => x.points >= NOTABLE_POINTS).sort((a, b) => b.points - a.points || byName(a, b))[0];
  const fall = changes.filter((x) => x.points <= -NOTABLE_POINTS).sort((a, b) => a.points - b.points || byName(a, b))[0];
  const parts: string[] = [];
  if (rise)
    parts.push(
      vi
        ? `${unitInSentence(rise.r.c.unit, locale)} tăng nhiều nhất (tăng ${pts(rise.points, locale)}, đạt ${formatPercent(rise.r.rate, locale)})`
        : `${unitInSentence(rise.r.c.unit, locale)} improved most (up ${pts(rise.points, locale)} to ${formatPercent(rise.r.rate, locale)})`,
    );
  if (fall)
    parts.push(
      vi
        ? `${unitInSentence(fall.r.c.unit, locale)} giảm nhiều nhất (giảm ${pts(fall.points, locale)}, còn ${formatPercent(fall.r.rate, locale)})`
        : `${unitInSentence(fall.r.c.unit, locale)} fell most (down ${pts(fall.points, locale)} to ${formatPercent(fall.r.rate, locale)})`,
    );
  if (parts.length === 0) return null;
  return vi
    ? `So với cùng kỳ năm trước, về tỷ lệ giải quyết đúng và trước hạn, ${parts.join('; ')}.`
    : `Against a year earlier, on the on-time rate, ${parts.join('; ')}.`;
}

function remediation(r: RemediationFigures, scope: SummaryScope, locale: Locale): string {
  const vi = locale === 'vi';
  const day = formatDate(r.day);
  if (r.total === 0)
    return vi
      ? `Tính đến ngày ${day}, không có kiến nghị khắc phục sau kiểm tra cần theo dõi.`
      : `As of ${day}, there was no remediation action after inspections to follow.`;
  const n = (x: number) => formatNumber(x, locale);
  const labels = vi
    ? { verified: 'đã xác minh', fixed: 'đã khắc phục (chờ xác minh)', in_progress: 'đang thực hiện', not_started: 'chưa thực hiện', overdue: 'quá hạn' }
    : { verified: 'verified', fixed: 'fixed (awaiting verification)', in_progress: 'in progress', not_started: 'not started', overdue: 'overdue' };
  const parts = (['verified', 'fixed', 'in_progress', 'not_started', 'overdue'] as const)
    .filter((k) => r.counts[k] > 0)
    .map((k) => `${n(r.counts[k])} ${labels[k]}`);
  let s = vi
    ? `Về khắc phục sau kiểm tra, tính đến ngày ${day} có ${n(r.total)} kiến nghị cần theo dõi: ${joinList(parts, locale)}`
    : `On remediation after inspections, as of ${day} there were ${n(r.total)} actions to follow: ${joinList(parts, locale)}`;
  if (r.counts.overdue === 0) return `${s}${vi ? '; không có kiến nghị quá hạn.' : '; none overdue.'}`;
  // Which units to chase: those with the most overdue actions (ties named together, at most five).
  const most = Math.max(0, ...r.overdueByUnit.map((u) => u.count));
  const tied = r.overdueByUnit
    .filter((u) => u.count === most)
    .sort((a, b) => a.unit.name.localeCompare(b.unit.name, 'vi'));
  const top = tied.slice(0, MAX_NAMED).map((u) => unitInSentence(u.unit, locale));
  if (tied.length > MAX_NAMED) top.push(vi ? `${tied.length - MAX_NAMED} đơn vị khác` : `${tied.length - MAX_NAMED} more`);
  if (scope.kind !== 'unit' && most > 0 && top.length > 0)
    s += vi
      ? `; số kiến nghị quá hạn nhiều nhất tại ${joinList(top, locale)} (${tied.length > 1 ? 'mỗi đơn vị ' : ''}${n(most)} kiến nghị)`
      : `; the most overdue at ${joinList(top, locale)} (${n(most)}${tied.length > 1 ? ' each' : ''})`;
  return `${s}.`;
}

function parIndex(p: ParIndexChange, locale: Locale): string {
  const vi = locale === 'vi';
  const score = formatParScore(p.score, locale);
  let s = vi
    ? `Chỉ số cải cách hành chính (PAR INDEX) năm ${p.year} của huyện đạt ${score} điểm, xếp thứ ${p.rank}/${p.outOf}`
    : `The district's ${p.year} PAR INDEX was ${score} points, ranked ${p.rank} of ${p.outOf}`;
  const parts: string[] = [];
  if (p.rankChange !== null) {
    const k = Math.abs(p.rankChange);
    parts.push(
      p.rankChange === 0
        ? vi ? 'giữ nguyên thứ hạng' : 'the same rank'
        : vi
          ? `${p.rankChange > 0 ? 'tăng' : 'giảm'} ${k} bậc`
          : `${p.rankChange > 0 ? 'up' : 'down'} ${k} ${k === 1 ? 'place' : 'places'}`,
    );
  }
  if (p.scoreChange !== null) {
    const shown = Math.round(Math.abs(p.scoreChange) * 100);
    const amount = formatNumber(Math.abs(p.scoreChange), locale, 2);
    parts.push(
      shown === 0
        ? vi ? 'điểm số không đổi' : 'the same score'
        : vi
          ? `${p.scoreChange > 0 ? 'tăng' : 'giảm'} ${amount} điểm`
          : `${p.scoreChange > 0 ? 'up' : 'down'} ${amount} points`,
    );
  }
  if (parts.length > 0) s += vi ? `, ${joinList(parts, locale)} so với năm ${p.year - 1}` : `, ${joinList(parts, locale)} on ${p.year - 1}`;
  return `${s}.`;
}

const digitalWords: Record<Locale, Record<MainDigitalIndicatorKey, string>> = {
  vi: {
    onlineDossiers: 'hồ sơ tiếp nhận trực tuyến',
    fullyOnlineDossiers: 'hồ sơ dịch vụ công trực tuyến toàn trình',
    digitisedDossiers: 'hồ sơ được số hóa',
    electronicResults: 'hồ sơ có kết quả điện tử',
    dossiersPaidOnline: 'hồ sơ thanh toán trực tuyến',
  },
  en: {
    onlineDossiers: 'dossiers received online',
    fullyOnlineDossiers: 'fully online service dossiers',
    digitisedDossiers: 'digitised dossiers',
    electronicResults: 'dossiers with an electronic result',
    dossiersPaidOnline: 'dossiers paid online',
  },
};

function digital({ year, lines }: DigitalFigures, locale: Locale): string | null {
  const vi = locale === 'vi';
  const judged = lines.filter((l) => l.verdict === 'met' || l.verdict === 'below');
  if (judged.length === 0) return null;
  const figure = (l: DigitalIndicatorLine) => `${digitalWords[locale][l.key]} ${formatPercent(l.rate, locale)}`;
  const met = judged.filter((l) => l.verdict === 'met').map(figure);
  const below = judged
    .filter((l) => l.verdict === 'below')
    .map((l) => `${figure(l)} (${vi ? 'chỉ tiêu' : 'target'} ${formatPercent(l.target, locale)})`);
  const n = judged.length;
  if (below.length === 0)
    return vi
      ? `Về chuyển đổi số, cả ${n} chỉ số đạt chỉ tiêu năm ${year} (${joinList(met, locale)}).`
      : `On digital transformation, all ${n} indicators met the ${year} targets (${joinList(met, locale)}).`;
  if (met.length === 0)
    return vi
      ? `Về chuyển đổi số, chưa chỉ số nào đạt chỉ tiêu năm ${year}: ${joinList(below, locale)}.`
      : `On digital transformation, no indicator met its ${year} target: ${joinList(below, locale)}.`;
  return vi
    ? `Về chuyển đổi số, ${met.length}/${n} chỉ số đạt chỉ tiêu năm ${year} (${joinList(met, locale)}); chưa đạt: ${joinList(below, locale)}.`
    : `On digital transformation, ${met.length} of ${n} indicators met the ${year} targets (${joinList(met, locale)}); below target: ${joinList(below, locale)}.`;
}

/** The summary paragraph for the overview, in Vietnamese (default) or English. */
export function overviewSummary(input: OverviewSummaryInput, locale: Locale = 'vi'): string {
  const c = input.current;
  if (!hasFigures(c)) {
    const start = capitalise(periodPhrase(input.period, locale));
    return locale === 'vi'
      ? `${start}, ${subject(input.scope, locale)} không có số liệu hồ sơ thủ tục hành chính.`
      : `${start}, ${subject(input.scope, locale)} has no dossier figures.`;
  }
  const rated: RatedCommune[] = (input.communes ?? []).map((x) => ({ c: x, rate: onTimeRate(x.counts) }));
  const sentences = [
    headline(input, c, locale),
    onlineAndOverdue(input, c, locale),
    input.communes ? communeRank(input, rated, locale) : null,
    input.communes ? laggards(input, rated, locale) : null,
    input.communes ? biggestChanges(rated, locale) : null,
    input.remediation ? remediation(input.remediation, input.scope, locale) : null,
    input.par && input.scope.kind !== 'unit' ? parIndex(input.par, locale) : null,
    input.digital ? digital(input.digital, locale) : null,
  ];
  return sentences.filter((s): s is string => s !== null).join(' ');
}
