import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { onTimeRate, pending, received, resolved } from '../../../domain/dossier-measures';
import { formatMonth, formatNumber, formatPercent } from '../../../domain/format';
import { scopeContext, summaryText, useLocale } from '../../../i18n';
import { useParIndex } from '../../../lib/queries/par-index';
import { usePeriodReportData as useReportData, type PeriodReportContext as ReportContext, type PeriodReportData } from '../../../lib/queries/period-report-data';
import type { SlideId } from '../domain/slides';
import { InspectionScoresTable } from './inspection-scores-table';
import classes from './meeting.module.css';

const STATES = ['not_started', 'in_progress', 'overdue', 'fixed', 'verified'] as const;

function Big({ children }: { children: ReactNode }) {
  return <p className={classes.big}>{children}</p>;
}

/** What a slide shows under its title, from live data; em-sized, so a smaller font gives a smaller copy. */
export function SlideBody({ id, ctx }: { id: SlideId; ctx: ReportContext }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const data = useReportData(ctx);
  const par = useParIndex();
  if (id === 'par') {
    if (par.isError) return <Big>{t('meeting.loadError')}</Big>;
    if (par.isPending) return <Big>{t('meeting.loading')}</Big>;
    const rows = [...par.data].sort((a, b) => a.year - b.year);
    if (rows.length === 0) return <Big>{t('meeting.noData')}</Big>;
    return (
      <ul>
        {rows.map((r) => (
          <li key={r.year}>{t('meeting.par.row', { year: r.year, score: formatNumber(r.score, locale, 2), rank: r.rank })}</li>
        ))}
      </ul>
    );
  }
  if (data.status === 'error') return <Big>{t('meeting.loadError')}</Big>;
  if (data.status === 'loading') return <Big>{t('meeting.loading')}</Big>;
  const totals = data.totals;
  switch (id) {
    case 'kpi': {
      if (received(totals) === 0 && resolved(totals) === 0) return <Big>{t('meeting.noData')}</Big>;
      const cards = [
        ['received', formatNumber(received(totals), locale)],
        ['resolved', formatNumber(resolved(totals), locale)],
        ['onTimeRate', formatPercent(onTimeRate(totals), locale)],
        ['pending', formatNumber(pending(totals), locale)],
        ['pendingOverdue', formatNumber(totals.pendingOverdue, locale)],
      ] as const;
      return (
        <div className={classes.kpis}>
          {cards.map(([k, v]) => (
            <div key={k} className={classes.kpi}>
              <span className={classes.kpiValue}>{v}</span>
              {t(`meeting.kpi.${k}`)}
            </div>
          ))}
        </div>
      );
    }
    case 'months': {
      const rows = data.monthRows.map((m) => ({ month: m.month, value: received(m) }));
      if (rows.length === 0) return <Big>{t('meeting.noData')}</Big>;
      const max = Math.max(...rows.map((r) => r.value), 1);
      return (
        <div className={classes.bars}>
          {rows.map((r) => (
            <div key={r.month} className={classes.barCol}>
              <strong>{formatNumber(r.value, locale)}</strong>
              <div className={classes.bar} style={{ height: `${(r.value / max) * 75}%` }} />
              <span>{formatMonth(r.month)}</span>
            </div>
          ))}
        </div>
      );
    }
    case 'ranking': {
      const rows = lowestCommunes(data, 8);
      if (rows.length === 0) return <Big>{t('meeting.noData')}</Big>;
      return (
        <table className={classes.table}>
          <thead>
            <tr>
              <th scope="col">{t('meeting.ranking.unit')}</th>
              <th scope="col" className={classes.num}>{t('meeting.ranking.received')}</th>
              <th scope="col" className={classes.num}>{t('meeting.ranking.onTime')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id}>
                <td>{r.unit.name}</td>
                <td className={classes.num}>{formatNumber(received(r.counts), locale)}</td>
                <td className={classes.num}>{formatPercent(onTimeRate(r.counts), locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      );
    }
    case 'actions': {
      const s = data.snapshot;
      if (!s) return <Big>{t('meeting.loadError')}</Big>;
      return (
        <>
          <InspectionScoresTable ctx={ctx} rows={5} />
          {s.total === 0 ? (
            <Big>{t('meeting.actions.none')}</Big>
          ) : (
            <div className={`${classes.kpis} ${classes.kpisCompact}`}>
              {STATES.map((k) => (
                <div key={k} className={classes.kpi}>
                  <span className={classes.kpiValue}>{formatNumber(s.counts[k], locale)}</span>
                  {t(`words.remediationStates.${k}`)}
                </div>
              ))}
            </div>
          )}
        </>
      );
    }
    case 'digital': {
      const lines = data.digitalLines;
      if (!lines) return <Big>{t('meeting.loadError')}</Big>;
      return (
        <table className={classes.table}>
          <tbody>
            {lines.map((l) => (
              <tr key={l.key}>
                <th scope="row">{t(`meeting.digital.names.${l.key}`)}</th>
                <td className={classes.num}>{formatPercent(l.rate, locale)}</td>
                <td className={classes.num}>{l.target === null ? '' : t('meeting.digital.target', { value: formatPercent(l.target, locale) })}</td>
                <td>{t(`meeting.digital.verdicts.${l.verdict}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      );
    }
    case 'closing': {
      const text = summaryText(data.facts, { language: locale, scope: scopeContext(ctx.meta.dataset) });
      const attention = lowestCommunes(data, 5);
      return (
        <>
          <p className={classes.summary}>{text}</p>
          {data.incomplete && <p>{t('meeting.closing.partial')}</p>}
          {attention.length > 0 && (
            <>
              <h2>{t('meeting.closing.attention')}</h2>
              <p>{attention.map((r) => `${r.unit.name} (${formatPercent(onTimeRate(r.counts), locale)})`).join(' · ')}</p>
            </>
          )}
        </>
      );
    }
    default:
      return null;
  }
}

/** The communes with a rate, lowest on-time rate first. */
export function lowestCommunes(data: PeriodReportData, n: number) {
  return (data.communeFigures ?? [])
    .filter((c) => onTimeRate(c.counts) !== null)
    .sort((a, b) => (onTimeRate(a.counts) ?? 0) - (onTimeRate(b.counts) ?? 0))
    .slice(0, n);
}
