import { useTranslation } from 'react-i18next';
import { InspectionResultsPage } from '../../features/inspection-results';
import { useDocumentTitle } from '../../lib/use-document-title';

export function InspectionResultsRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('results.title'), t('app.name'));
  return <InspectionResultsPage />;
}
