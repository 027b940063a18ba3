import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUnitLabel } from '../../../components/unit-picker';
import { formatDate } from '../../../domain/format';
import { formatPeriod, useLocale } from '../../../i18n';
import { useDashboardFilters } from '../../../lib/filters/use-dashboard-filters';
import type { PeriodReportContext } from '../../../lib/queries/period-report-data';
import { commandForKey } from '../domain/navigation';
import type { SlideId } from '../domain/slides';
import { useDeckIds } from '../lib/deck-choice';
import { deckKey, openPresenterSide } from '../lib/presenter-channel';
import { SlideBody } from './slide-body';
import { SlideNotes } from './slide-notes';
import deckClasses from './meeting.module.css';
import classes from './presenter.module.css';

const pad = (n: number) => String(n).padStart(2, '0');

/** A time of day as HH:mm (24 hours). */
export function formatClock(d: Date): string {
  return `${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** An elapsed time as mm:ss, or h:mm:ss from an hour on. */
export function formatElapsed(ms: number): string {
  const s = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  return h > 0 ? `${h}:${pad(m)}:${pad(s % 60)}` : `${pad(m)}:${pad(s % 60)}`;
}

function useNow(everyMs: number) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(id);
  }, [everyMs]);
  return now;
}

/**
 * The presenter view of meeting mode, in a second tab or window: the current and the next slide, the current
 * slide's notes, the clock and the elapsed time, and buttons that move the deck. It follows the deck of the same
 * filters over the presenter channel, both ways.
 */
export function MeetingPresenter() {
  const { t } = useTranslation();
  const state = useDashboardFilters();
  const ctx = useMemo<PeriodReportContext | null>(
    () => (state.status === 'ready' ? { filters: state.filters, meta: state.meta, units: state.units } : null),
    [state],
  );
  if (state.status === 'error')
    return (
      <div className={classes.presenter}>
        <p className={deckClasses.big}>{t('meeting.loadError')}</p>
      </div>
    );
  if (!ctx)
    return (
      <div className={classes.presenter} aria-busy>
        <p className={deckClasses.big}>{t('meeting.loading')}</p>
      </div>
    );
  return <Presenter ctx={ctx} />;
}

type Link = 'waiting' | 'connected' | 'closed';

function Presenter({ ctx }: { ctx: PeriodReportContext }) {
  const { t } = useTranslation();
  const locale = useLocale();
  // The deck's slides, chosen and ordered as the deck has them (the same ?deck= or the same user's choice).
  const { ids } = useDeckIds();
  const count = ids.length;
  const key = deckKey(ctx.filters);
  const [index, setIndex] = useState(0);
  const [link, setLink] = useState<Link>('waiting');
  const [startedAt, setStartedAt] = useState(() => Date.now());
  const now = useNow(1000);
  const side = useRef<ReturnType<typeof openPresenterSide> | null>(null);

  useEffect(() => {
    const opened = openPresenterSide(key, {
      onState: (s) => {
        setIndex(s.slide);
        setStartedAt(s.startedAt);
        setLink('connected');
      },
      onBye: () => setLink('closed'),
    });
    side.current = opened;
    return () => {
      opened.close();
      side.current = null;
    };
  }, [key]);

  const go = useCallback(
    (i: number) => {
      const next = Math.min(Math.max(i, 0), count - 1);
      setIndex(next);
      side.current?.go(next);
    },
    [count],
  );
  const reset = () => {
    setStartedAt(Date.now());
    side.current?.reset();
  };

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      const target = e.target as HTMLElement | null;
      if (target?.closest('button, a') && (e.key === ' ' || e.key === 'Enter')) return;
      const cmd = commandForKey(e.key, Math.min(index, count - 1), count, '');
      if (cmd.kind === 'go') {
        e.preventDefault();
        go(cmd.index);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [index, count, go]);

  const labelOf = useUnitLabel(ctx.meta, ctx.units);
  const footer = t('meeting.footer', {
    unit: labelOf(ctx.filters.unit),
    period: formatPeriod(ctx.filters.period, locale),
    date: formatDate(ctx.meta.asOf),
  });
  const id: SlideId | null = ids[index] ?? null;
  const nextId: SlideId | null = index + 1 < count ? (ids[index + 1] ?? null) : null;

  return (
    <main className={classes.presenter}>
      <header className={classes.top}>
        <div>
          <h1 className={classes.heading}>{t('meeting.presenter.title')}</h1>
          <p className={classes.context}>{footer}</p>
        </div>
        <p role="status" className={link === 'connected' ? classes.linked : classes.unlinked}>
          {t(`meeting.presenter.${link}`)}
        </p>
        <div className={classes.times}>
          <div role="group" aria-label={t('meeting.presenter.clock')} className={classes.time}>
            <span className={classes.timeLabel} aria-hidden>
              {t('meeting.presenter.clock')}
            </span>
            <time className={classes.timeValue}>{formatClock(new Date(now))}</time>
          </div>
          <div className={classes.time}>
            <span className={classes.timeLabel} aria-hidden>
              {t('meeting.presenter.elapsed')}
            </span>
            <span role="timer" aria-label={t('meeting.presenter.elapsed')} className={classes.timeValue}>
              {formatElapsed(now - startedAt)}
            </span>
          </div>
          <button type="button" className={classes.button} onClick={reset}>
            {t('meeting.presenter.reset')}
          </button>
        </div>
      </header>

      <div className={classes.main}>
        <section className={classes.currentCol} aria-labelledby="presenter-current">
          <h2 id="presenter-current" className={classes.label}>
            {t('meeting.presenter.current', { n: index + 1, count })}
          </h2>
          <SlidePreview id={id} ctx={ctx} pastEnd={t('meeting.pastEnd', { n: index + 1, count })} size="large" />
          <section className={classes.nextRow} aria-labelledby="presenter-next">
            <div className={classes.nextText}>
              <h2 id="presenter-next" className={classes.label}>
                {t('meeting.presenter.next')}
              </h2>
              <p className={classes.nextTitle}>{nextId ? t(`meeting.slides.${nextId}`) : t('meeting.presenter.last')}</p>
            </div>
            {nextId && <SlidePreview id={nextId} ctx={ctx} size="small" hidden />}
          </section>
        </section>
        <section className={classes.notes} aria-labelledby="presenter-notes">
          <h2 id="presenter-notes" className={classes.label}>
            {t('meeting.presenter.notes')}
          </h2>
          {id ? <SlideNotes id={id} ctx={ctx} className={classes.noteList} /> : <p>{t('meeting.notes.none')}</p>}
        </section>
      </div>

      <nav className={classes.bottom} aria-label={t('meeting.deck')}>
        <button type="button" className={classes.button} onClick={() => go(Math.min(index, count) - 1)} disabled={index === 0}>
          {t('meeting.controls.prev')}
        </button>
        <span>{t('meeting.counter', { n: index + 1, count })}</span>
        <button type="button" className={classes.button} onClick={() => go(index + 1)} disabled={index >= count - 1}>
          {t('meeting.controls.next')}
        </button>
      </nav>
    </main>
  );
}

/** A slide at a reduced size: its title and what it shows, as on the projector. */
function SlidePreview({
  id,
  ctx,
  pastEnd,
  size,
  hidden = false,
}: {
  id: SlideId | null;
  ctx: PeriodReportContext;
  pastEnd?: string;
  size: 'large' | 'small';
  hidden?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <div className={`${classes.frame} ${size === 'large' ? classes.frameLarge : classes.frameSmall}`} aria-hidden={hidden || undefined}>
      <div className={classes.preview}>
        <h3 className={deckClasses.title}>{id ? t(`meeting.slides.${id}`) : t('meeting.title')}</h3>
        {id ? <SlideBody id={id} ctx={ctx} /> : <p className={deckClasses.big}>{pastEnd}</p>}
      </div>
    </div>
  );
}
