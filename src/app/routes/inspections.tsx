import { useTranslation } from 'react-i18next';
import { InspectionsPage } from '../../features/inspections';
import { useDocumentTitle } from '../../lib/use-document-title';

export function InspectionsRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('inspections.title'), t('app.name'));
  return <InspectionsPage />;
}
