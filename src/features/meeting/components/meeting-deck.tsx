import { notifications } from '@mantine/notifications';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { useUnitLabel } from '../../../components/unit-picker';
import { formatDate } from '../../../domain/format';
import { formatPeriod, i18n, useLocale } from '../../../i18n';
import { paths } from '../../../lib/paths';
import { useDashboardFilters } from '../../../lib/filters/use-dashboard-filters';
import type { PeriodReportContext as ReportContext } from '../../../lib/queries/period-report-data';
import { commandForKey, slideFromParam } from '../domain/navigation';
import { formatRemaining } from '../domain/auto-advance';
import { slideDurationMs, type SlideId } from '../domain/slides';
import { formatDeck, isDefaultDeck, storeDeck, useDeckIds } from '../lib/deck-choice';
import { deckKey, openDeckSide } from '../lib/presenter-channel';
import { useAutoAdvance } from '../lib/use-auto-advance';
import { usePrinting } from '../lib/use-printing';
import { DeckChooser } from './deck-chooser';
import { PrintDeck } from './print-deck';
import { SlideBody } from './slide-body';
import classes from './meeting.module.css';

/** The deck's own parameters, which neither the presenter view nor the overview takes. */
const DECK_ONLY = ['slide', 'kiosk', 'auto', 'notes'] as const;

/** Whether a key press belongs to the control it was pressed on (Space or Enter on a button, anything in a field). */
function ownedByControl(e: KeyboardEvent): boolean {
  const target = e.target instanceof Element ? e.target : null;
  if (!target) return false;
  if (target.closest('input:not([type="checkbox"]), textarea, select, [role="dialog"]')) return true;
  return (e.key === ' ' || e.key === 'Enter') && target.closest('button, a, summary, label, input') !== null;
}

/** The presenter view's address for the deck's query: the same filters, without the deck's own slide and kiosk. */
export function presenterHref(params: URLSearchParams): string {
  const q = new URLSearchParams(params);
  for (const own of DECK_ONLY) q.delete(own);
  const s = q.toString();
  return `${paths.meetingPresenter}${s ? `?${s}` : ''}`;
}

/** The deck as a waiting screen (kiosk): the same slides and filters, advancing by itself, every control hidden. */
export function kioskHref(params: URLSearchParams, ids: readonly SlideId[]): string {
  const q = new URLSearchParams(params);
  for (const own of DECK_ONLY) q.delete(own);
  // The user's own choice of slides goes along, for a screen where that user is not the one signed in.
  if (!isDefaultDeck(ids)) q.set('deck', formatDeck(ids));
  q.set('kiosk', '1');
  q.set('auto', '1');
  return `${paths.meeting}?${q.toString()}`;
}

/** Copy the kiosk link, whole (with the origin), for a screen elsewhere; says whether it worked. */
async function copyKioskLink(href: string) {
  const { t } = i18n;
  try {
    await navigator.clipboard.writeText(new URL(href, window.location.origin).toString());
    notifications.show({ color: 'teal', message: t('meeting.kiosk.copied') });
  } catch {
    notifications.show({ color: 'red', message: t('meeting.kiosk.copyFailed') });
  }
}

/** When this deck's presentation started: kept for the tab (sessionStorage), so a reload keeps the elapsed time. */
function startedAtFor(key: string): number {
  const storageKey = `cchc.meeting.startedAt:${key}`;
  try {
    const kept = Number(sessionStorage.getItem(storageKey));
    if (Number.isInteger(kept) && kept > 0) return kept;
    const now = Date.now();
    sessionStorage.setItem(storageKey, String(now));
    return now;
  } catch {
    return Date.now();
  }
}

function keepStartedAt(key: string, at: number) {
  try {
    sessionStorage.setItem(`cchc.meeting.startedAt:${key}`, String(at));
  } catch {
    // Not kept over a reload; the presenter still gets it.
  }
}

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
  const { ids, userId } = useDeckIds();
  const [choosing, setChoosing] = useState(false);
  const saveDeck = (chosen: SlideId[]) => {
    if (userId) storeDeck(userId, chosen);
    setParams(
      (p) => {
        const next = new URLSearchParams(p);
        if (isDefaultDeck(chosen)) next.delete('deck');
        else next.set('deck', formatDeck(chosen));
        next.set('slide', '1');
        return next;
      },
      { replace: true },
    );
    setChoosing(false);
  };
  const count = ids.length;
  const index = slideFromParam(params.get('slide'));
  const [black, setBlack] = useState(false);
  const buffer = useRef('');
  const key = deckKey(ctx.filters);
  const [startedAt, setStartedAt] = useState(() => startedAtFor(key));
  const openPresenter = useCallback(() => {
    window.open(presenterHref(params), '_blank', 'noopener');
  }, [params]);
  const kiosk = params.get('kiosk') === '1';
  // Every slide is rendered for paper, only while the page prints (the screen shows one slide).
  const printing = usePrinting();
  // Held here as well as in `?notes=1`: the URL changes a moment later (a navigation), the box at once.
  const [withNotes, setNotesState] = useState(() => params.get('notes') === '1');
  const setWithNotes = (on: boolean) => {
    setNotesState(on);
    setParams(
      (p) => {
        const next = new URLSearchParams(p);
        if (on) next.set('notes', '1');
        else next.delete('notes');
        return next;
      },
      { replace: true },
    );
  };
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

  // Auto-advance: each slide's own time (domain/slides.ts), then the next, the first again after the last.
  const shown = Math.min(index, count - 1);
  const auto = useAutoAdvance({
    slideKey: index,
    durationMs: slideDurationMs(ids[shown]),
    initiallyOn: params.get('auto') === '1',
    advance: () => {
      const next = index + 1 >= count ? 0 : index + 1;
      go(next);
      return slideDurationMs(ids[next]);
    },
  });
  const autoOn = auto.view.on;
  // A black screen holds the countdown (the deck does not move on behind it), and lifting it lets it run again.
  const heldByBlack = useRef(false);
  const { pause: pauseAuto, resume: resumeAuto } = auto;
  const running = auto.view.on && !auto.view.paused;
  useEffect(() => {
    if (black && running) {
      heldByBlack.current = true;
      pauseAuto();
    } else if (!black && heldByBlack.current) {
      heldByBlack.current = false;
      resumeAuto();
    }
    // Only a change of the black screen decides it, not every tick of the countdown.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [black]);
  useEffect(() => {
    setParams(
      (p) => {
        if ((p.get('auto') === '1') === autoOn) return p;
        const next = new URLSearchParams(p);
        if (autoOn) next.set('auto', '1');
        else next.delete('auto');
        return next;
      },
      { replace: true },
    );
  }, [autoOn, setParams]);

  // The presenter view (another tab) follows the deck and drives it over the presenter channel.
  const live = useRef({ index, count, startedAt, go, key });
  useEffect(() => {
    live.current = { index, count, startedAt, go, key };
  });
  const side = useRef<ReturnType<typeof openDeckSide> | null>(null);
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    const opened = openDeckSide(key, {
      getState: () => ({ slide: Math.min(live.current.index, 999), count: live.current.count, startedAt: live.current.startedAt }),
      onGo: (slide) => live.current.go(Math.min(slide, live.current.count - 1)),
      onReset: () => {
        const now = Date.now();
        keepStartedAt(live.current.key, now);
        setStartedAt(now);
      },
    });
    side.current = opened;
    const hide = () => opened.close();
    // Back from the browser's page cache: open the channel again.
    const show = (e: PageTransitionEvent) => e.persisted && setGeneration((g) => g + 1);
    window.addEventListener('pagehide', hide);
    window.addEventListener('pageshow', show);
    return () => {
      window.removeEventListener('pagehide', hide);
      window.removeEventListener('pageshow', show);
      opened.close();
      side.current = null;
    };
  }, [key, generation]);
  useEffect(() => {
    side.current?.announce();
  }, [index, startedAt]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey || ownedByControl(e)) return;
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
        case 'auto':
          auto.cycle();
          break;
        case 'presenter':
          if (!kiosk) openPresenter();
          break;
        case 'fullscreen':
          if (document.fullscreenElement) void document.exitFullscreen?.();
          else void document.documentElement.requestFullscreen?.().catch(() => undefined);
          break;
        case 'leave': {
          const back = new URLSearchParams(params);
          for (const own of DECK_ONLY) back.delete(own);
          const q = back.toString();
          void navigate(`${paths.overview}${q ? `?${q}` : ''}`);
          break;
        }
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [index, count, go, navigate, params, kiosk, openPresenter, auto]);

  const past = index >= count;
  const id: SlideId | null = past ? null : (ids[index] ?? null);
  const title = id ? t(`meeting.slides.${id}`) : t('meeting.title');

  return (
    <>
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
          <a
            href={presenterHref(params)}
            target="_blank"
            rel="noopener"
            aria-keyshortcuts="P"
            onClick={(e) => {
              e.preventDefault();
              openPresenter();
            }}
          >
            {t('meeting.presenter.open')}
          </a>
          <button type="button" aria-pressed={autoOn} aria-keyshortcuts="A" onClick={auto.toggle}>
            {t('meeting.auto.toggle')}
          </button>
          {autoOn && (
            <button type="button" onClick={auto.pauseOrResume}>
              {auto.view.paused ? t('meeting.auto.resume') : t('meeting.auto.pause')}
            </button>
          )}
          <button type="button" onClick={() => window.print()}>
            {t('meeting.print.button')}
          </button>
          <label>
            <input type="checkbox" checked={withNotes} onChange={(e) => setWithNotes(e.currentTarget.checked)} />
            {t('meeting.print.withNotes')}
          </label>
          <button type="button" aria-haspopup="dialog" onClick={() => setChoosing(true)}>
            {t('meeting.choose.open')}
          </button>
          <a href={kioskHref(params, ids)} target="_blank" rel="noopener">
            {t('meeting.kiosk.link')}
          </a>
          <button type="button" aria-label={t('meeting.kiosk.copy')} onClick={() => void copyKioskLink(kioskHref(params, ids))}>
            {t('meeting.kiosk.copyShort')}
          </button>
        </nav>
        <span className={classes.status}>
          {autoOn && !kiosk && (
            <span role="timer" aria-label={t('meeting.auto.remaining')} className={auto.view.paused ? classes.paused : undefined}>
              {t(auto.view.paused ? 'meeting.auto.paused' : 'meeting.auto.running', { time: formatRemaining(auto.view.remainingMs) })}
            </span>
          )}
          <span aria-live="polite">{t('meeting.counter', { n: index + 1, count })}</span>
        </span>
      </div>
      {black && <div className={classes.black} role="status" aria-label={t('meeting.black')} />}
    </main>
    <DeckChooser opened={choosing} deck={ids} onClose={() => setChoosing(false)} onSave={saveDeck} />
    {printing && <PrintDeck ids={ids} ctx={ctx} footer={footer} withNotes={withNotes} />}
    </>
  );
}

