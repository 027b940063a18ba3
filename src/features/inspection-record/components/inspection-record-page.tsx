import { Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Placeholder until the screen is built. */
export function InspectionRecordPage() {
  const { t } = useTranslation();
  return <Title order={1}>{t('record.title')}</Title>;
}
