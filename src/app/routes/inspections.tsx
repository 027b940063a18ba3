import { useTranslation } from 'react-i18next';
import { useSession } from '../../features/auth';
import { InspectionsPage } from '../../features/inspections';
import { useDocumentTitle } from '../../lib/use-document-title';

export function InspectionsRoute() {
  const { t } = useTranslation();
  const { session } = useSession();
  useDocumentTitle(t('inspections.title'), t('app.name'));
  // Who plans follows from the user's role and teams; the API refuses the others as well.
  return <InspectionsPage user={session?.user ?? null} />;
}
