import { Tooltip, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { NO_DATA } from '../../domain/format';

/** "—" for a rate with an empty denominator, with the reason on hover, focus and for screen readers. */
export function NoData() {
  const { t } = useTranslation();
  return (
    <Tooltip label={t('kpi.noData')}>
      <span tabIndex={0} style={{ cursor: 'help' }}>
        <span aria-hidden>{NO_DATA}</span>
        <VisuallyHidden>{t('kpi.noData')}</VisuallyHidden>
      </span>
    </Tooltip>
  );
}
