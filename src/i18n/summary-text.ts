import type { TFunction } from 'i18next';
import { formatDate, formatNumber, formatPercent, signedChange, type Locale } from '../domain/format';
import type { SummaryFact, SummaryScope, ToldChange } from '../domain/overview-summary';
import { formatParScore } from '../domain/par-index';
import type { Language } from './instance';
import { i18n } from './instance';
import { formatPeriodStart } from './period-words';
import type { ScopeContext } from './scope-words';
import type { UnitNameParts } from './unit-words';

/**
 * The overview's summary facts (src/domain/overview-summary.ts) in words, in either language, as one
 * paragraph. A plain function over the app's i18n resources, kept in this shared layer rather than in
 * the overview feature (features may not import each other) so that what the overview writes can be
 * told elsewhere too (the meeting mode's speaker notes), sentence by sentence with `summarySentences`.
 */
export interface SummaryWords {
  language: Language;
  /** Whether the scope is a district or the whole country (scopeContext of meta.dataset). */
  scope?: ScopeContext;
}

class Writer {
  readonly t: TFunction;
  readonly lng: Locale;
  readonly context: ScopeContext;
  constructor(lng: Locale, context: ScopeContext) {
    this.lng = lng;
    this.context = context;
    this.t = i18n.getFixedT(lng);
  }

  n = (x: number) => formatNumber(x, this.lng);
  pct = (r: number) => formatPercent(r, this.lng);
  points = (p: number) => this.t('words.points', { value: formatNumber(p, this.lng, 1) });

  /** Upper-cases a sentence's first letter ("xã Hà Hồi ranks…" → "Xã Hà Hồi ranks…"). */
  sentence = (s: string) => s.charAt(0).toLocaleUpperCase(this.lng) + s.slice(1);

  /** "A, B và C" / "A, B and C". */
  list = (items: readonly string[]) =>
    items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${this.t('words.and')} ${items[items.length - 1]}`;

  unit = (u: UnitNameParts) => this.t(`words.unit.${u.kind}`, { name: u.name });

  who = (scope: SummaryScope) =>
    scope.kind === 'unit' ? this.unit(scope.unit) : this.t(`words.scope.${scope.kind}`, { context: this.context });

  communes = () => this.t('words.scope.communes', { context: this.context });

  /**
   * A change in words. A relative change that would read 0,0 % gets the decimals that show it
   * (see signedChange); one too small even for those is told in dossiers instead ("tăng 3 hồ sơ").
   */
  change = (c: ToldChange): string => {
    if (c.direction === 'flat') return this.t('summary.change.flat');
    const a = c.amount;
    const dossiers = (count: number) => this.t('summary.change.dossiers', { count, n: this.n(count) });
    let amount: string;
    if (a.unit === 'points') amount = this.points(a.value);
    else if (a.unit !== 'relative') amount = dossiers(a.value);
    else {
      const shown = signedChange(a.value * 100, 1);
      amount = shown === null ? dossiers(a.count) : formatPercent(a.value, this.lng, shown.digits);
    }
    return this.t(c.direction === 'up' ? 'summary.change.up' : 'summary.change.down', { amount });
  };
}

function sentenceOf(w: Writer, f: SummaryFact): string {
  const { t } = w;
  switch (f.kind) {
    case 'noFigures':
      return w.sentence(t('summary.noFigures', { start: formatPeriodStart(f.period, w.lng), who: w.who(f.scope) }));
    case 'received': {
      let s = t('summary.received.lead', { start: formatPeriodStart(f.period, w.lng), who: w.who(f.scope), count: w.n(f.received) });
      if (f.change) s += ` (${w.change(f.change)})`;
      if (!f.onTime) return `${w.sentence(s)}${t('summary.received.noneResolved')}.`;
      const o = f.onTime;
      s += t('summary.received.onTime', {
        rate: w.pct(o.rate),
        onTime: w.n(o.onTime),
        resolved: w.n(o.resolved),
        change: o.change ? `; ${w.change(o.change)}` : '',
      });
      if (o.target)
        s += t(o.target.met ? 'summary.received.targetMet' : 'summary.received.targetMissed', { year: o.target.year, target: w.pct(o.target.value) });
      return `${w.sentence(s)}.`;
    }
    case 'onlineAndOverdue': {
      const parts: string[] = [];
      if (f.online) parts.push(t('summary.online', { share: w.pct(f.online.share) }) + (f.online.change ? ` (${w.change(f.online.change)})` : ''));
      const overdue =
        (f.overdue === 0 ? t('summary.overdue.none') : t('summary.overdue.some', { count: f.overdue, n: w.n(f.overdue) })) +
        (f.overdueLastYear === null ? '' : t('summary.overdue.lastYear', { count: w.n(f.overdueLastYear) }));
      parts.push(overdue);
      return `${w.sentence(parts.join('; '))}.`;
    }
    case 'communeRank':
      return w.sentence(t('summary.communeRank', { unit: w.unit(f.unit), rank: w.n(f.rank), of: w.n(f.of), communes: w.communes() }));
    case 'allMeetTarget':
      return t('summary.allMeetTarget', { count: w.n(f.communes), communes: w.communes(), target: w.pct(f.target) });
    case 'belowTarget': {
      const named = f.named.map((x) => `${w.unit(x.unit)} (${w.pct(x.rate)})`);
      if (f.more > 0) named.push(t('summary.moreUnits', { count: w.n(f.more) }));
      return w.sentence(
        t('summary.belowTarget', { below: w.n(f.below), of: w.n(f.of), communes: w.communes(), target: w.pct(f.target), list: w.list(named) }),
      );
    }
    case 'biggestChanges': {
      const parts: string[] = [];
      if (f.rise) parts.push(t('summary.rise', { unit: w.unit(f.rise.unit), points: w.points(f.rise.points), rate: w.pct(f.rise.rate) }));
      if (f.fall) parts.push(t('summary.fall', { unit: w.unit(f.fall.unit), points: w.points(f.fall.points), rate: w.pct(f.fall.rate) }));
      return t('summary.biggestChanges', { changes: parts.join('; ') });
    }
    case 'noRemediation':
      return t('summary.noRemediation', { day: formatDate(f.day) });
    case 'remediation': {
      const states = f.states.map((x) => t(`summary.remediation.states.${x.state}`, { count: w.n(x.count) }));
      let s = t('summary.remediation.lead', { day: formatDate(f.day), total: w.n(f.total), states: w.list(states) });
      if (!f.states.some((x) => x.state === 'overdue')) s += t('summary.remediation.noneOverdue');
      else if (f.mostOverdue) {
        const m = f.mostOverdue;
        const units = m.units.map(w.unit);
        if (m.more > 0) units.push(t('summary.moreUnits', { count: w.n(m.more) }));
        const each = m.units.length + m.more > 1;
        s += t(each ? 'summary.remediation.mostOverdueEach' : 'summary.remediation.mostOverdue', { units: w.list(units), count: w.n(m.count) });
      }
      return `${s}.`;
    }
    case 'parIndex': {
      const p = f.par;
      let s = t('summary.par.lead', { context: w.context, year: p.year, score: formatParScore(p.score, w.lng), rank: w.n(p.rank), outOf: w.n(p.outOf) });
      const parts: string[] = [];
      if (p.rankChange !== null)
        parts.push(
          p.rankChange === 0
            ? t('summary.par.rankSame')
            : t(p.rankChange > 0 ? 'summary.par.rankUp' : 'summary.par.rankDown', { count: Math.abs(p.rankChange) }),
        );
      if (p.scoreChange !== null) {
        // Scores are published in hundredths: a change that rounds to 0,00 is no change of the score.
        const same = Math.round(Math.abs(p.scoreChange) * 100) === 0;
        const amount = formatNumber(Math.abs(p.scoreChange), w.lng, 2);
        parts.push(same ? t('summary.par.scoreSame') : t(p.scoreChange > 0 ? 'summary.par.scoreUp' : 'summary.par.scoreDown', { amount }));
      }
      if (parts.length > 0) s += t('summary.par.changes', { changes: w.list(parts), previous: p.year - 1 });
      return `${s}.`;
    }
    case 'digital': {
      const name = (key: (typeof f.met)[number]['key']) => t(`summary.digital.names.${key}`);
      const met = f.met.map((x) => t('summary.digital.figure', { name: name(x.key), rate: w.pct(x.rate) }));
      const below = f.below.map((x) => t('summary.digital.belowFigure', { name: name(x.key), rate: w.pct(x.rate), target: w.pct(x.target) }));
      const count = met.length + below.length;
      if (below.length === 0) return t('summary.digital.allMet', { count, year: f.year, met: w.list(met) });
      if (met.length === 0) return t('summary.digital.noneMet', { year: f.year, below: w.list(below) });
      return t('summary.digital.someMet', { metCount: met.length, count, year: f.year, met: w.list(met), below: w.list(below) });
    }
  }
}

/** Each fact as one sentence, in the facts' order. */
export function summarySentences(facts: readonly SummaryFact[], words: SummaryWords): string[] {
  const w = new Writer(words.language, words.scope);
  return facts.map((f) => sentenceOf(w, f));
}

/** The facts as the overview's paragraph. */
export function summaryText(facts: readonly SummaryFact[], words: SummaryWords): string {
  return summarySentences(facts, words).join(' ');
}
