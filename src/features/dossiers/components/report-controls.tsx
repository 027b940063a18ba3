import { Button, Group, SegmentedControl, Stack, Text } from '@mantine/core';
import { IconFileSpreadsheet, IconFileTypeCsv } from '@tabler/icons-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { LevelFilter } from '../../../api/common';
import type { ReportGrouping } from '../../../domain/dossier-report';
import type { ScopeContext } from '../../../i18n';

interface ReportControlsProps {
  /** Scope words of the dataset: "Cấp huyện" or, on the national one, "Cấp trên". */
  scope?: ScopeContext;
  by: ReportGrouping;
  onBy: (by: ReportGrouping) => void;
  level: LevelFilter;
  onLevel: (level: LevelFilter) => void;
  /** One unit is shown: the level filter does not apply. */
  levelDisabled: boolean;
  /** Exports wait for the table. */
  exportDisabled: boolean;
  exportingXlsx: boolean;
  onCsv: () => void;
  onXlsx: () => void;
}

/** "Xem theo" (rows by unit, field or month), the level filter, and the two exports. */
export function ReportControls(props: ReportControlsProps) {
  const { t } = useTranslation();
  const byId = useId();
  const levelId = useId();
  const levelHintId = useId();
  return (
    <Group justify="space-between" align="flex-end" gap="md" wrap="wrap">
      <Group gap="lg" align="flex-end" wrap="wrap">
        <Stack gap={4}>
          <Text id={byId} size="sm" fw={500}>
            {t('dossiers.controls.by')}
          </Text>
          <SegmentedControl
            aria-labelledby={byId}
            value={props.by}
            onChange={(v) => props.onBy(v as ReportGrouping)}
            data={[
              { value: 'unit', label: t('dossiers.controls.byUnit') },
              { value: 'field', label: t('dossiers.controls.byField') },
              { value: 'month', label: t('dossiers.controls.byMonth') },
            ]}
          />
        </Stack>
        <Stack gap={4}>
          <Text id={levelId} size="sm" fw={500}>
            {t('dossiers.controls.level')}
          </Text>
          <SegmentedControl
            aria-labelledby={levelId}
            aria-describedby={props.levelDisabled ? levelHintId : undefined}
            value={props.levelDisabled ? 'all' : props.level}
            disabled={props.levelDisabled}
            onChange={(v) => props.onLevel(v as LevelFilter)}
            data={[
              { value: 'all', label: t('dossiers.controls.levelAll') },
              { value: 'district', label: t('dossiers.controls.levelDistrict', { context: props.scope }) },
              { value: 'commune', label: t('dossiers.controls.levelCommune') },
            ]}
          />
        </Stack>
        {props.levelDisabled && (
          <Text id={levelHintId} size="xs" c="dimmed" maw={260} pb={6}>
            {t('dossiers.controls.levelOneUnit')}
          </Text>
        )}
      </Group>
      <Group gap="sm" role="group" aria-label={t('dossiers.controls.export')}>
        <Button
          variant="default"
          leftSection={<IconFileTypeCsv size={18} aria-hidden />}
          disabled={props.exportDisabled}
          onClick={props.onCsv}
        >
          {t('dossiers.controls.exportCsv')}
        </Button>
        <Button
          variant="default"
          leftSection={<IconFileSpreadsheet size={18} aria-hidden />}
          disabled={props.exportDisabled}
          loading={props.exportingXlsx}
          onClick={props.onXlsx}
        >
          {t('dossiers.controls.exportXlsx')}
        </Button>
      </Group>
    </Group>
  );
}
