import { useTranslation } from 'react-i18next';
import { scopeContext, useLocale } from '../../../i18n';
import { useParIndex } from '../../../lib/queries/par-index';
import { usePeriodReportData, type PeriodReportContext } from '../../../lib/queries/period-report-data';
import type { SlideId } from '../domain/slides';
import { attentionOf, speakerNotes } from '../lib/speaker-notes';
import { lowestCommunes } from './slide-body';

/** A slide's speaker notes: sentences from the overview summary's facts and the slide's own figures. */
export function SlideNotes({ id, ctx, className }: { id: SlideId; ctx: PeriodReportContext; className?: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const data = usePeriodReportData(ctx);
  const par = useParIndex();
  if (data.status === 'error') return <p>{t('meeting.loadError')}</p>;
  if (data.status === 'loading') return <p>{t('meeting.loading')}</p>;
  const sentences = speakerNotes(
    id,
    { data, par: par.data ?? null, attention: attentionOf(lowestCommunes(data, 5)) },
    { language: locale, scope: scopeContext(ctx.meta.dataset) },
  );
  return (
    <ul className={className}>
      {sentences.map((s, i) => (
        <li key={i}>{s}</li>
      ))}
    </ul>
  );
}
