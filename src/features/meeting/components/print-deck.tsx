import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import type { PeriodReportContext } from '../../../lib/queries/period-report-data';
import type { SlideId } from '../domain/slides';
import { SlideBody } from './slide-body';
import { SlideNotes } from './slide-notes';
import classes from './meeting.module.css';

/**
 * The deck on paper: every slide of the deck (not only the one on screen), one per A4 landscape page, each with
 * the period and the data date; with `withNotes`, the slide's speaker notes on their own page after it. Rendered
 * only while the page prints (usePrinting), and even then hidden on screen (the `hidden` attribute);
 * meeting.module.css shows it, and hides the screen's deck, in `@media print`.
 */
export function PrintDeck({
  ids,
  ctx,
  footer,
  withNotes,
}: {
  ids: readonly SlideId[];
  ctx: PeriodReportContext;
  footer: string;
  withNotes: boolean;
}) {
  const { t } = useTranslation();
  const count = ids.length;
  return (
    <div className={classes.printDeck} hidden data-testid="meeting-print-deck">
      {ids.map((id, i) => {
        const title = t(`meeting.slides.${id}`);
        const page = t('meeting.counter', { n: i + 1, count });
        return (
          <Fragment key={id}>
            <section className={classes.printPage}>
              <h2 className={classes.printTitle}>{title}</h2>
              <div className={classes.printBody}>
                <SlideBody id={id} ctx={ctx} />
              </div>
              <p className={classes.printFooter}>
                <span>{footer}</span>
                <span>{page}</span>
              </p>
            </section>
            {withNotes && (
              <section className={`${classes.printPage} ${classes.printNotes}`}>
                <h2 className={classes.printTitle}>{t('meeting.print.notesOf', { title })}</h2>
                <div className={classes.printBody}>
                  <SlideNotes id={id} ctx={ctx} className={classes.printNoteList} />
                </div>
                <p className={classes.printFooter}>
                  <span>{footer}</span>
                  <span>{t('meeting.print.notesPage', { page })}</span>
                </p>
              </section>
            )}
          </Fragment>
        );
      })}
    </div>
  );
}
