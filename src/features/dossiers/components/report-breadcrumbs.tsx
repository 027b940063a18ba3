import { Anchor, Breadcrumbs, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export interface Crumb {
  label: string;
  /** The URL search of that level of the report. */
  search: string;
}

/**
 * Where the drill-down stands: Toàn huyện › Xã Thư Phú › Hộ tịch. Every level but the last is a link
 * (a new history entry, like the drill-down itself, so Back and the crumbs walk the same path).
 */
export function ReportBreadcrumbs({ crumbs }: { crumbs: readonly Crumb[] }) {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('dossiers.breadcrumbs')}>
      <Breadcrumbs separator="›" separatorMargin={6}>
        {crumbs.map((c, i) =>
          i < crumbs.length - 1 ? (
            <Anchor key={c.search} component={Link} to={{ search: c.search }} size="sm" underline="always">
              {c.label}
            </Anchor>
          ) : (
            <Text key={c.search} size="sm" fw={600} aria-current="page">
              {c.label}
            </Text>
          ),
        )}
      </Breadcrumbs>
    </nav>
  );
}
