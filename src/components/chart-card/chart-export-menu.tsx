import { Button, Menu } from '@mantine/core';
import { IconChevronDown, IconDownload, IconFileSpreadsheet, IconFileTypeCsv, IconPhoto } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

interface ChartExportMenuProps {
  /** False while the chart is loading, empty or failed: there is nothing to export. */
  enabled: boolean;
  /** A PNG is being drawn: the button shows it and does not start another. */
  busy: boolean;
  onCsv: () => void;
  onXlsx: () => void;
  onPng: () => void;
}

/** "Tải xuống" → "Tải CSV" / "Tải Excel (XLSX)" / "Tải ảnh PNG". */
export function ChartExportMenu({ enabled, busy, onCsv, onXlsx, onPng }: ChartExportMenuProps) {
  const { t } = useTranslation();
  return (
    <Menu position="bottom-end" withinPortal shadow="md">
      <Menu.Target>
        <Button
          size="xs"
          variant="default"
          disabled={!enabled}
          loading={busy}
          leftSection={<IconDownload size={14} aria-hidden />}
          rightSection={<IconChevronDown size={14} aria-hidden />}
        >
          {t('charts.download')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item leftSection={<IconFileTypeCsv size={16} aria-hidden />} onClick={onCsv}>
          {t('charts.downloadCsv')}
        </Menu.Item>
        <Menu.Item leftSection={<IconFileSpreadsheet size={16} aria-hidden />} onClick={onXlsx}>
          {t('charts.downloadXlsx')}
        </Menu.Item>
        <Menu.Item leftSection={<IconPhoto size={16} aria-hidden />} onClick={onPng}>
          {t('charts.downloadPng')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
