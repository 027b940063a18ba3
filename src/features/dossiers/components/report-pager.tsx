import { Group, Pagination, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../domain/format';
import { useLocale } from '../../../i18n';

/**
 * Rows per page of the report table. A district has about 30 units, 20 fields or 66 months (one page);
 * the national dataset's 3,300 units go page by page (all of them drawn at once cost a 6 s main-thread task).
 */
export const REPORT_PAGE_SIZE = 100;

/** The page actually shown (a page past the end shows the last) and the rows on it. */
export function reportPage<T>(lines: readonly T[], page: number): { page: number; pages: number; first: number; rows: readonly T[] } {
  const pages = Math.max(1, Math.ceil(lines.length / REPORT_PAGE_SIZE));
  const current = Math.min(Math.max(1, page), pages);
  const first = (current - 1) * REPORT_PAGE_SIZE;
  return { page: current, pages, first, rows: pages === 1 ? lines : lines.slice(first, first + REPORT_PAGE_SIZE) };
}

interface ReportPagerProps {
  page: number;
  pages: number;
  /** Index of the page's first row (0-based) and how many rows the page and the whole table have. */
  first: number;
  shown: number;
  total: number;
  onPage: (page: number) => void;
}

/** "Dòng 101–200 trong 3.322" and the page buttons; nothing when the table fits on one page. */
export function ReportPager({ page, pages, first, shown, total, onPage }: ReportPagerProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  if (pages <= 1) return null;
  return (
    <Group justify="space-between" gap="sm" mt="sm">
      <Text size="sm" c="dimmed">
        {t('dossiers.pager.rows', {
          from: formatNumber(first + 1, locale),
          to: formatNumber(first + shown, locale),
          total: formatNumber(total, locale),
        })}{' '}
        {t('dossiers.pager.totalsNote')}
      </Text>
      <Pagination
        total={pages}
        value={page}
        onChange={onPage}
        size="sm"
        getControlProps={(control) => ({ 'aria-label': t(`dossiers.pager.${control}`) })}
        getItemProps={(n) => ({ 'aria-label': t('dossiers.pager.page', { n }) })}
      />
    </Group>
  );
}
