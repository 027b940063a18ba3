import { useTranslation } from 'react-i18next';
import { useSession } from '../../features/auth';
import { ActionsPage } from '../../features/actions';
import { useDocumentTitle } from '../../lib/use-document-title';

export function ActionsRoute() {
  const { t } = useTranslation();
  const { session } = useSession();
  useDocumentTitle(t('actions.title'), t('app.name'));
  // The role and teams decide the move controls; the API checks them again on every write.
  return <ActionsPage user={session?.user ?? null} />;
}
