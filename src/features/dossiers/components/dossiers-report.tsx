import { Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Hồ sơ TTHC: the standard one-stop report. */
export function DossiersReport() {
  const { t } = useTranslation();
  return <Title order={1}>{t('dossiers.title')}</Title>;
}
