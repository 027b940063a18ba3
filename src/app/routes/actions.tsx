import { useTranslation } from 'react-i18next';
import { ActionsPage } from '../../features/actions';
import { useDocumentTitle } from '../../lib/use-document-title';

export function ActionsRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('actions.title'), t('app.name'));
  return <ActionsPage />;
}
