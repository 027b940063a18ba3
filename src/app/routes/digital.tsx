import { useTranslation } from 'react-i18next';
import { useSession } from '../../features/auth';
import { DigitalPage } from '../../features/digital';
import { useDocumentTitle } from '../../lib/use-document-title';

export function DigitalRoute() {
  const { t } = useTranslation();
  const { session } = useSession();
  useDocumentTitle(t('digital.title'), t('app.name'));
  // Only the secretariat edits targets; the API refuses the others as well.
  return <DigitalPage canEditTargets={session?.user.role === 'secretariat'} />;
}
