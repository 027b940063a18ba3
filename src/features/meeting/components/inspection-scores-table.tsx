import { useTranslation } from 'react-i18next';
import { formatDate, formatPercent, NO_DATA } from '../../../domain/format';
import { latestResults, sortByTotal, type AreaResult, type ResultInspection, type ScoreBand } from '../../../domain/inspection-results';
import { lastDayOfMonth, type Period } from '../../../domain/period';
import { useLocale } from '../../../i18n';
import type { PeriodReportContext } from '../../../lib/queries/period-report-data';
import { useInspectionTemplate } from '../../../lib/queries/inspection-template';
import { useInspections } from '../../../lib/queries/inspections';
import classes from './meeting.module.css';

/** The last day the results look at: the period's last day, or the data's today if that comes first (as Kết quả kiểm tra). */
const resultsUntil = (period: Period, asOf: string) => {
  const last = lastDayOfMonth(period.to);
  return last < asOf ? last : asOf;
};

/**
 * The heat map of Kết quả kiểm tra cut to a slide: the `rows` communes with the lowest overall score at their latest
 * finalised inspection up to the period's end (latestResults, sortByTotal), the seven areas and the total, each cell
 * a number over its grade's word on the grade's fill (never colour alone; the projector's fills are in the deck's
 * stylesheet, for its dark slide whatever the app's scheme). The selected unit is marked.
 */
export function InspectionScoresTable({ ctx, rows }: { ctx: PeriodReportContext; rows: number }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const inspections = useInspections();
  const template = useInspectionTemplate();
  if (inspections.isError || template.isError) return <p>{t('meeting.loadError')}</p>;
  if (!inspections.data || !template.data) return <p>{t('meeting.loading')}</p>;
  const until = resultsUntil(ctx.filters.period, ctx.meta.asOf);
  const lowest = sortByTotal(latestResults(template.data, inspections.data as ResultInspection[], until), 'asc')
    .filter((r) => r.total !== null)
    .slice(0, rows);
  if (lowest.length === 0) return <p>{t('meeting.inspections.none', { date: formatDate(until) })}</p>;
  const names = new Map(ctx.units.map((u) => [u.id, u.name]));
  const cell = (key: string, score: number | null, band: ScoreBand | null) =>
    score === null || band === null ? (
      <td key={key} className={classes.scoreCell}>
        {NO_DATA}
      </td>
    ) : (
      <td key={key} className={classes.scoreCell} data-band={band}>
        <strong>{formatPercent(score, locale, 0)}</strong>
        <span>{t(`results.bands.${band}`)}</span>
      </td>
    );
  const areaCell = (a: AreaResult) => (a.kind === 'scored' ? cell(String(a.areaId), a.score, a.band) : cell(String(a.areaId), null, null));
  return (
    <>
      <p className={classes.tableTitle}>{t('meeting.inspections.lowest', { count: lowest.length, date: formatDate(until) })}</p>
      <table className={`${classes.table} ${classes.scores}`}>
        <thead>
          <tr>
            <th scope="col">{t('meeting.inspections.unit')}</th>
            {template.data.areas.map((a) => (
              <th key={a.id} scope="col" className={classes.scoreHead} title={a.name}>
                {t(`results.areaShort.a${a.id}` as 'results.areaShort.a1')}
              </th>
            ))}
            <th scope="col" className={classes.scoreHead}>
              {t('meeting.inspections.total')}
            </th>
          </tr>
        </thead>
        <tbody>
          {lowest.map((r) => (
            <tr key={r.inspectionId} aria-current={r.unitId === ctx.filters.unit ? 'true' : undefined}>
              <th scope="row">{names.get(r.unitId) ?? r.unitId}</th>
              {r.areas.map(areaCell)}
              {cell('total', r.total, r.totalBand)}
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
