import { Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Đơn vị: every unit with its main measures. */
export function UnitList() {
  const { t } = useTranslation();
  return <Title order={1}>{t('units.title')}</Title>;
}
