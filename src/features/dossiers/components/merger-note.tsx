import { Alert, List } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** The units merged or created inside the period, in words, and that the totals still add up. */
export function MergerNote({ lines }: { lines: readonly string[] }) {
  const { t } = useTranslation();
  if (lines.length === 0) return null;
  return (
    <Alert color="cchc" variant="light" icon={<IconInfoCircle aria-hidden />} title={t('dossiers.merger.title')}>
      <List size="sm" spacing={2}>
        {lines.map((l) => (
          <List.Item key={l}>{l}</List.Item>
        ))}
      </List>
    </Alert>
  );
}
