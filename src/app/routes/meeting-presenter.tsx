import { useTranslation } from 'react-i18next';

/** The presenter view of meeting mode, in a second tab or window. */
export function MeetingPresenterRoute() {
  const { t } = useTranslation();
  return <h1>{t('meeting.title')}</h1>;
}
