import { useTranslation } from 'react-i18next';
import { DossiersReport } from '../../features/dossiers';
import { useDocumentTitle } from '../../lib/use-document-title';

export function DossiersRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('dossiers.title'), t('app.name'));
  return <DossiersReport />;
}
