import { useTranslation } from 'react-i18next';
import { InspectionMinutesPage } from '../../features/inspection-minutes';
import { useDocumentTitle } from '../../lib/use-document-title';

export function InspectionMinutesRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('minutes.title'), t('app.name'));
  return <InspectionMinutesPage />;
}
