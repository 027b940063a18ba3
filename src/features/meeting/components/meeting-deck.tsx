import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { useUnitLabel } from '../../../components/unit-picker';
import { onTimeRate, pending, received, resolved } from '../../../domain/dossier-measures';
import { formatDate, formatMonth, formatNumber, formatPercent } from '../../../domain/format';
import { formatPeriod, scopeContext, summaryText, useLocale } from '../../../i18n';
import { paths } from '../../../lib/paths';
import { useDashboardFilters } from '../../../lib/filters/use-dashboard-filters';
import { useParIndex } from '../../../lib/queries/par-index';
import { usePeriodReportData as useReportData, type PeriodReportContext as ReportContext } from '../../../lib/queries/period-report-data';
import { commandForKey, slideFromParam } from '../domain/navigation';
import { slideIds, type SlideId } from '../domain/slides';
import classes from './meeting.module.css';

const STATES = ['not_started', 'in_progress', 'overdue', 'fixed', 'verified'] as const;

/** Meeting mode: the period's slides from live data, keys of a clicker, `?slide=N` kept in the URL. */
export function MeetingDeck() {
  const { t } = useTranslation();
  const state = useDashboardFilters();
  const ctx = useMemo<ReportContext | null>(
    () => (state.status === 'ready' ? { filters: state.filters, meta: state.meta, units: state.units } : null),
    [state],
  );
  if (state.status === 'error')
    return (
      <div className={classes.deck}>
        <p className={classes.big}>{t('meeting.loadError')}</p>
      </div>
    );
  if (!ctx) return <div className={classes.deck} aria-busy><p className={classes.big}>{t('meeting.loading')}</p></div>;
  return <Deck ctx={ctx} />;
}

function Deck({ ctx }: { ctx: ReportContext }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const count = slideIds.length;
  const index = slideFromParam(params.get('slide'));
  const [black, setBlack] = useState(false);
  const buffer = useRef('');
  const kiosk = params.get('kiosk') === '1';
  const labelOf = useUnitLabel(ctx.meta, ctx.units);
  const footer = t('meeting.footer', {
    unit: labelOf(ctx.filters.unit),
    period: formatPeriod(ctx.filters.period, locale),
    date: formatDate(ctx.meta.asOf),
  });

  const go = useCallback(
    (i: number) => {
      setParams(
        (p) => {
          const next = new URLSearchParams(p);
          next.set('slide', String(i + 1));
          return next;
        },
        { replace: true },
      );
    },
    [setParams],
  );

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      const cmd = commandForKey(e.key, Math.min(index, count - 1), count, buffer.current);
      if (cmd.kind !== 'digit') buffer.current = e.key === 'Enter' ? '' : buffer.current;
      switch (cmd.kind) {
        case 'go':
          e.preventDefault();
          buffer.current = '';
          setBlack(false);
          go(cmd.index);
          break;
        case 'digit':
          buffer.current = cmd.buffer;
          break;
        case 'black':
          setBlack((b) => !b);
          break;
        case 'fullscreen':
          if (document.fullscreenElement) void document.exitFullscreen?.();
          else void document.documentElement.requestFullscreen?.().catch(() => undefined);
          break;
        case 'leave': {
          const back = new URLSearchParams(params);
          back.delete('slide');
          back.delete('kiosk');
          const q = back.toString();
          void navigate(`${paths.overview}${q ? `?${q}` : ''}`);
          break;
        }
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [index, count, go, navigate, params]);

  const past = index >= count;
  const id: SlideId | null = past ? null : (slideIds[index] ?? null);
  const title = id ? t(`meeting.slides.${id}`) : t('meeting.title');

  return (
    <main className={`${classes.deck} ${kiosk ? classes.kiosk : ''}`}>
      <section className={classes.slide} aria-labelledby="meeting-slide-title">
        <h1 id="meeting-slide-title" className={classes.title}>
          {title}
        </h1>
        {id ? <SlideBody id={id} ctx={ctx} /> : <p className={classes.big}>{t('meeting.pastEnd', { n: index + 1, count })}</p>}
      </section>
      <div className={classes.footer}>
        <span>{footer}</span>
        <nav className={classes.controls} aria-label={t('meeting.deck')}>
          <button type="button" onClick={() => go(Math.max(Math.min(index, count) - 1, 0))}>
            {t('meeting.controls.prev')}
          </button>
          <button type="button" onClick={() => go(Math.min(index + 1, count - 1))}>
            {t('meeting.controls.next')}
          </button>
        </nav>
        <span aria-live="polite">{t('meeting.counter', { n: index + 1, count })}</span>
      </div>
      {black && <div className={classes.black} role="status" aria-label={t('meeting.black')} />}
    </main>
  );
}

function Big({ children }: { children: ReactNode }) {
  return <p className={classes.big}>{children}</p>;
}

function SlideBody({ id, ctx }: { id: SlideId; ctx: ReportContext }) {
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
      if (s.total === 0) return <Big>{t('meeting.actions.none')}</Big>;
      return (
        <div className={classes.kpis}>
          {STATES.map((k) => (
            <div key={k} className={classes.kpi}>
              <span className={classes.kpiValue}>{formatNumber(s.counts[k], locale)}</span>
              {t(`words.remediationStates.${k}`)}
            </div>
          ))}
        </div>
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

type Ready = Extract<ReturnType<typeof useReportData>, { status: 'ready' }>;

/** The communes with a rate, lowest on-time rate first. */
function lowestCommunes(data: Ready, n: number) {
  return (data.communeFigures ?? [])
    .filter((c) => onTimeRate(c.counts) !== null)
    .sort((a, b) => (onTimeRate(a.counts) ?? 0) - (onTimeRate(b.counts) ?? 0))
    .slice(0, n);
}
