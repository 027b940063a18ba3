import { useTranslation } from 'react-i18next';
import { Overview } from '../../features/overview';
import { useDocumentTitle } from '../../lib/use-document-title';

export function OverviewRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('overview.title'), t('app.name'));
  return <Overview />;
}
