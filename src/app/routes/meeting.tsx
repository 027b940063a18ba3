import { useTranslation } from 'react-i18next';

/** Meeting mode: the deck of slides from live data, full screen. */
export function MeetingRoute() {
  const { t } = useTranslation();
  return <h1>{t('meeting.title')}</h1>;
}
