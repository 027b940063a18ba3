import { useTranslation } from 'react-i18next';
import { UnitList } from '../../features/units';
import { useDocumentTitle } from '../../lib/use-document-title';

export function UnitsRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('units.title'), t('app.name'));
  return <UnitList />;
}
