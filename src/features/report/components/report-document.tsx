import { useTranslation } from 'react-i18next';
import { received, resolved, resolvedEarlyOrOnTime, onTimeRate, pending, sumCounts } from '../../../domain/dossier-measures';
import { formatDate, formatNumber, formatPercent } from '../../../domain/format';
import { decreeDateParts } from '../../../domain/inspection-minutes';
import { remediationStates } from '../../../domain/action-status';
import { formatPeriod, scopeContext, summaryText, unitName, useLocale } from '../../../i18n';
import type { PeriodReportContext as ReportContext, PeriodReportData as ReportData } from '../../../lib/queries/period-report-data';
import { IndicatorBars, MonthBars } from './report-charts';
import { classes } from './report-classes';

const roman = ['I', 'II', 'III', 'IV', 'V', 'VI'];
const upper = (s: string) => s.toLocaleUpperCase('vi-VN');
/** The overdue actions listed by name; the rest are counted. */
const MAX_ACTIONS = 15;

/**
 * The period's report as Decree 30/2020/NĐ-CP lays out an administrative document: issuing body and national motto,
 * number and date, the document type and its subject, numbered sections (the summary paragraph the overview writes,
 * the key tables and two charts), the signature block and the recipients.
 */
export function ReportDocument({ ctx, data, unitLabel, labelOf }: { ctx: ReportContext; data: ReportData; unitLabel: string; labelOf: (id: string) => string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const context = scopeContext(ctx.meta.dataset);
  const period = formatPeriod(ctx.filters.period, locale);
  const date = decreeDateParts(ctx.meta.asOf);
  const place = t('report.header.place', { context });
  const dateLine = date ? t('report.header.dateLine', { place, ...date }) : place;
  const nameOf = labelOf;
  const summary = summaryText(data.facts, { language: locale, scope: context });
  const totals = data.totals;
  const rows = data.unitRows.filter((r) => received(r) + resolved(r) + pending(r) + r.carriedOver > 0);
  const rowsTotal = sumCounts(rows);
  const lagging = (data.communeFigures ?? [])
    .filter((c) => resolved(c.counts) > 0)
    .sort((a, b) => (onTimeRate(a.counts) ?? 0) - (onTimeRate(b.counts) ?? 0))
    .slice(0, 3)
    .map((c) => unitName(c.unit));
  let section = 0;
  const heading = (key: 'general' | 'inspection' | 'digital' | 'proposals') => `${roman[section++]}. ${t(`report.sections.${key}`)}`;

  return (
    <article className={classes.paper} aria-label={t('report.screen.document')}>
      <header className={classes.letterhead}>
        <div className={classes.issuer}>
          <p className={classes.issuerBody}>{t('report.header.issuer', { name: upper(ctx.meta.name) })}</p>
          <p className={classes.issuerTeam}>{t('report.header.office')}</p>
          <span className={classes.rule} aria-hidden />
          <p className={classes.number}>{t('report.header.number')}</p>
        </div>
        <div className={classes.nation}>
          <p className={classes.nationName}>{t('report.header.nation')}</p>
          <p className={classes.motto}>
            <span>{t('report.header.motto')}</span>
          </p>
          <p className={classes.dateLine}>{dateLine}</p>
        </div>
      </header>

      <div className={classes.titleBlock}>
        <h1 className={classes.docType}>{upper(t('report.docType'))}</h1>
        <p className={classes.subject}>{t('report.subject', { period })}</p>
        <span className={classes.rule} aria-hidden />
      </div>
      <p className={classes.filtersLine}>{t('report.screen.filters', { period, unit: unitLabel, date: formatDate(ctx.meta.asOf) })}</p>

      <section className={classes.section}>
        <h2 className={classes.h2}>{heading('general')}</h2>
        <h3 className={classes.h3}>{t('report.general.summaryLead')}</h3>
        <p className={classes.para} data-testid="report-summary">
          {summary}
        </p>
        <p className={classes.para}>
          {t('report.general.totalsLine', {
            received: formatNumber(received(totals), locale),
            resolved: formatNumber(resolved(totals), locale),
            onTime: formatNumber(resolvedEarlyOrOnTime(totals), locale),
            rate: formatPercent(onTimeRate(totals), locale),
            pending: formatNumber(pending(totals), locale),
          })}
        </p>
        {data.incomplete && <p className={classes.note}>{t('report.screen.partial')}</p>}

        <h3 className={classes.h3}>{t('report.general.byUnit')}</h3>
        <table className={classes.table}>
          <caption className={classes.caption}>{t('report.general.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('report.general.no')}</th>
              <th scope="col">{t('report.general.unit')}</th>
              <th scope="col">{t('report.general.received')}</th>
              <th scope="col">{t('report.general.resolved')}</th>
              <th scope="col">{t('report.general.onTime')}</th>
              <th scope="col">{t('report.general.late')}</th>
              <th scope="col">{t('report.general.pending')}</th>
              <th scope="col">{t('report.general.onTimeRate')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => (
              <tr key={r.unitId}>
                <td className={classes.center}>{i + 1}</td>
                <th scope="row" className={classes.rowHead}>
                  {nameOf(r.unitId)}
                </th>
                <td className={classes.num}>{formatNumber(received(r), locale)}</td>
                <td className={classes.num}>{formatNumber(resolved(r), locale)}</td>
                <td className={classes.num}>{formatNumber(resolvedEarlyOrOnTime(r), locale)}</td>
                <td className={classes.num}>{formatNumber(r.resolvedLate, locale)}</td>
                <td className={classes.num}>{formatNumber(pending(r), locale)}</td>
                <td className={classes.num}>{formatPercent(onTimeRate(r), locale)}</td>
              </tr>
            ))}
            <tr className={classes.totalRow}>
              <td />
              <th scope="row" className={classes.rowHead}>
                {t('report.general.total')}
              </th>
              <td className={classes.num}>{formatNumber(received(rowsTotal), locale)}</td>
              <td className={classes.num}>{formatNumber(resolved(rowsTotal), locale)}</td>
              <td className={classes.num}>{formatNumber(resolvedEarlyOrOnTime(rowsTotal), locale)}</td>
              <td className={classes.num}>{formatNumber(rowsTotal.resolvedLate, locale)}</td>
              <td className={classes.num}>{formatNumber(pending(rowsTotal), locale)}</td>
              <td className={classes.num}>{formatPercent(onTimeRate(rowsTotal), locale)}</td>
            </tr>
          </tbody>
        </table>

        {data.monthRows.length > 0 && (
          <>
            <h3 className={classes.h3}>{t('report.general.byMonth')}</h3>
            <MonthBars rows={data.monthRows.map((m) => ({ month: m.month, value: received(m) }))} label={t('report.general.chartCaption')} locale={locale} />
          </>
        )}
      </section>

      <section className={classes.section}>
        <h2 className={classes.h2}>{heading('inspection')}</h2>
        {data.snapshot && data.snapshot.total > 0 ? (
          <>
            <p className={classes.para}>{t('report.inspection.intro', { date: formatDate(data.snapshot.day), total: formatNumber(data.snapshot.total, locale) })}</p>
            <ul className={classes.dashList}>
              {remediationStates.map((s) => (
                <li key={s}>
                  {t(`words.remediationStates.${s}`)}: {formatNumber(data.snapshot!.counts[s], locale)}
                </li>
              ))}
            </ul>
          </>
        ) : (
          <p className={classes.para}>{t('report.inspection.none')}</p>
        )}
        {data.overdueActions.length === 0 ? (
          <p className={classes.para}>{t('report.inspection.noOverdue')}</p>
        ) : (
          <>
            <table className={classes.table}>
              <caption className={classes.caption}>{t('report.inspection.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('report.general.no')}</th>
                  <th scope="col">{t('report.inspection.description')}</th>
                  <th scope="col">{t('report.inspection.unit')}</th>
                  <th scope="col">{t('report.inspection.due')}</th>
                </tr>
              </thead>
              <tbody>
                {data.overdueActions.slice(0, MAX_ACTIONS).map((a, i) => (
                  <tr key={a.id}>
                    <td className={classes.center}>{i + 1}</td>
                    <td>{a.description}</td>
                    <td>{nameOf(a.unitId)}</td>
                    <td className={classes.center}>{formatDate(a.dueDate)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            {data.overdueActions.length > MAX_ACTIONS && (
              <p className={classes.note}>{t('report.inspection.more', { count: data.overdueActions.length - MAX_ACTIONS })}</p>
            )}
          </>
        )}
      </section>

      <section className={classes.section}>
        <h2 className={classes.h2}>{heading('digital')}</h2>
        {data.digitalLines ? (
          <>
            <table className={classes.table}>
              <caption className={classes.caption}>{t('report.digital.caption', { year: ctx.filters.period.to.slice(0, 4) })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('report.general.no')}</th>
                  <th scope="col">{t('report.digital.indicator')}</th>
                  <th scope="col">{t('report.digital.value')}</th>
                  <th scope="col">{t('report.digital.target')}</th>
                  <th scope="col">{t('report.digital.verdict')}</th>
                </tr>
              </thead>
              <tbody>
                {data.digitalLines.map((l, i) => (
                  <tr key={l.key}>
                    <td className={classes.center}>{i + 1}</td>
                    <th scope="row" className={classes.rowHead}>
                      {t(`report.digital.names.${l.key}`)}
                    </th>
                    <td className={classes.num}>{formatPercent(l.rate, locale)}</td>
                    <td className={classes.num}>{l.target === null ? '—' : formatPercent(l.target, locale)}</td>
                    <td className={classes.center}>{t(`report.digital.verdicts.${l.verdict}`)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <IndicatorBars lines={data.digitalLines} names={(k) => t(`report.digital.names.${k}`)} label={t('report.digital.chartCaption')} locale={locale} />
          </>
        ) : (
          <p className={classes.para}>{t('report.digital.none')}</p>
        )}
      </section>

      <section className={classes.section}>
        <h2 className={classes.h2}>{heading('proposals')}</h2>
        {lagging.length > 0 && <p className={classes.para}>1. {t('report.proposals.lagging', { units: lagging.join(', ') })}</p>}
        <p className={classes.para}>
          {lagging.length > 0 ? 2 : 1}. {t('report.proposals.overdue')}
        </p>
        <p className={classes.para}>
          {lagging.length > 0 ? 3 : 2}. {t('report.proposals.digital')}
        </p>
      </section>

      <div className={classes.closing}>
        <footer className={classes.recipients}>
          <p className={classes.recipientsTitle}>{t('report.recipients.title')}</p>
          <p>{t('report.recipients.upper', { context })}</p>
          <p>{t('report.recipients.leaders')}</p>
          <p>{t('report.recipients.units')}</p>
          <p>{t('report.recipients.file')}</p>
        </footer>
        <div className={classes.signature} aria-label={t('report.signature.post')} role="group">
          <p className={classes.signTitle}>{t('report.signature.on')}</p>
          <p className={classes.signTitle}>{t('report.signature.post')}</p>
          <p className={classes.signHint}>{t('report.signature.hint')}</p>
          <p className={classes.signName}>{t('report.signature.nameLine')}</p>
        </div>
      </div>
    </article>
  );
}
