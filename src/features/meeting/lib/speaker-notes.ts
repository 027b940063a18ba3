import type { ParIndexYear } from '../../../api/par-index';
import { onTimeRate, received } from '../../../domain/dossier-measures';
import { formatMonth, formatNumber, formatPercent, type Locale } from '../../../domain/format';
import type { SummaryFact, SummaryFactKind } from '../../../domain/overview-summary';
import { i18n, summarySentences, type ScopeContext } from '../../../i18n';
import type { PeriodReportData } from '../../../lib/queries/period-report-data';
import type { SlideId } from '../domain/slides';

/**
 * Which of the overview summary's facts (src/domain/overview-summary.ts) each slide's notes tell. The sentences
 * are the overview's own (summarySentences), so the notes say what the overview says, in the same words.
 */
const factsOfSlide: Record<SlideId, readonly SummaryFactKind[]> = {
  kpi: ['noFigures', 'received', 'onlineAndOverdue'],
  months: [],
  ranking: ['communeRank', 'allMeetTarget', 'belowTarget', 'biggestChanges'],
  actions: ['noRemediation', 'remediation'],
  digital: ['digital'],
  par: ['parIndex'],
  closing: [],
};

export interface NotesInput {
  data: PeriodReportData;
  /** The PAR INDEX years, or null while they load or when they failed. */
  par: readonly ParIndexYear[] | null;
  /** The communes the closing slide names (lowest on-time rate first). */
  attention: readonly { unit: { name: string }; rate: number | null }[];
}

/** A few sentences for the presenter to say over slide `id`, in the presenter's language. */
export function speakerNotes(id: SlideId, input: NotesInput, words: { language: Locale; scope?: ScopeContext }): string[] {
  const t = i18n.getFixedT(words.language);
  const n = (x: number) => formatNumber(x, words.language);
  const pct = (r: number | null) => formatPercent(r, words.language);
  const { data } = input;
  const kinds = factsOfSlide[id];
  const facts = data.facts.filter((f: SummaryFact) => kinds.includes(f.kind));
  const out = summarySentences(facts, words);

  switch (id) {
    case 'months': {
      const rows = data.monthRows.map((m) => ({ month: m.month, count: received(m) }));
      const total = rows.reduce((s, r) => s + r.count, 0);
      if (rows.length === 0 || total === 0) break;
      const most = rows.reduce((a, b) => (b.count > a.count ? b : a));
      const least = rows.reduce((a, b) => (b.count < a.count ? b : a));
      out.push(t('meeting.notes.months', { month: formatMonth(most.month), count: n(most.count) }));
      if (rows.length > 1) {
        out.push(t('meeting.notes.monthsLeast', { month: formatMonth(least.month), count: n(least.count) }));
        out.push(t('meeting.notes.monthsAverage', { count: n(Math.round(total / rows.length)), months: n(rows.length) }));
      }
      break;
    }
    case 'ranking': {
      const lowest = input.attention[0];
      if (out.length === 0 && lowest) out.push(t('meeting.notes.ranking', { unit: lowest.unit.name, rate: pct(lowest.rate) }));
      break;
    }
    case 'actions':
      if (out.length === 0 && data.snapshot)
        out.push(t('meeting.notes.actions', { overdue: n(data.snapshot.counts.overdue), total: n(data.snapshot.total) }));
      break;
    case 'digital':
      if (out.length === 0 && data.digitalLines) {
        const withTarget = data.digitalLines.filter((l) => l.verdict === 'met' || l.verdict === 'below');
        if (withTarget.length > 0)
          out.push(t('meeting.notes.digital', { met: n(withTarget.filter((l) => l.verdict === 'met').length), count: n(withTarget.length) }));
      }
      break;
    case 'par':
      if (out.length === 0 && input.par && input.par.length > 0) {
        const latest = [...input.par].sort((a, b) => b.year - a.year)[0]!;
        out.push(t('meeting.notes.par', { year: latest.year, rank: n(latest.rank), outOf: n(latest.outOf) }));
      }
      break;
    case 'closing':
      out.push(t('meeting.notes.closing'));
      if (input.attention.length > 0)
        out.push(t('meeting.notes.attention', { units: input.attention.map((c) => `${c.unit.name} (${pct(c.rate)})`).join(', ') }));
      if (data.incomplete) out.push(t('meeting.closing.partial'));
      break;
    case 'kpi':
      break;
  }
  return out.length > 0 ? out : [t('meeting.notes.none')];
}

/** The communes the ranking and closing slides name, with their rate (for the notes). */
export function attentionOf(communes: readonly { unit: { name: string }; counts: Parameters<typeof onTimeRate>[0] }[]) {
  return communes.map((c) => ({ unit: c.unit, rate: onTimeRate(c.counts) }));
}
