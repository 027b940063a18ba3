import { useTranslation } from 'react-i18next';
import { InspectionRecordPage } from '../../features/inspection-record';
import { useDocumentTitle } from '../../lib/use-document-title';

export function InspectionRecordRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('record.title'), t('app.name'));
  return <InspectionRecordPage />;
}
