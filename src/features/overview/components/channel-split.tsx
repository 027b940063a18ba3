import { Group, Progress, Skeleton, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DossierCounts } from '../../../api/dossiers';
import { channelShares } from '../../../domain/channel-shares';
import { formatNumber, formatPercent } from '../../../domain/format';
import { useLocale } from '../../../i18n';
import classes from './channel-split.module.css';
import { channelCssColors } from './chart-style';

const channels = [
  { key: 'online', count: 'receivedOnline', label: 'kpi.channelOnline', color: channelCssColors.online },
  { key: 'direct', count: 'receivedDirect', label: 'kpi.channelDirect', color: channelCssColors.direct },
  { key: 'postal', count: 'receivedPostal', label: 'kpi.channelPostal', color: channelCssColors.postal },
] as const;

/** Received dossiers by channel (trực tuyến / trực tiếp / BCCI): a bar and its numbers. Same height while loading. */
export function ChannelSplit({ counts }: { counts: DossierCounts | undefined }) {
  const { t } = useTranslation();
  const locale = useLocale();

  if (!counts) {
    return (
      <Stack gap={6} className={classes.root} aria-hidden>
        <Skeleton height={8} radius="xl" />
        <Skeleton height={12} width="70%" mt={4} />
        <Skeleton height={12} width="60%" />
        <Skeleton height={12} width="50%" />
      </Stack>
    );
  }

  const shares = channelShares(counts);
  return (
    <Stack gap={6} className={classes.root}>
      <Progress.Root size={8} aria-hidden>
        {channels.map((c) => (
          <Progress.Section key={c.key} value={(shares[c.key] ?? 0) * 100} color={c.color} />
        ))}
      </Progress.Root>
      <ul className={classes.legend} aria-label={t('kpi.channels')}>
        {channels.map((c) => (
          <li key={c.key}>
            <Group gap={6} wrap="nowrap" justify="space-between">
              <Group gap={6} wrap="nowrap">
                <span className={classes.dot} style={{ background: c.color }} aria-hidden />
                <Text size="sm" span>
                  {t(c.label)}
                </Text>
              </Group>
              <Text size="sm" span className={classes.figure}>
                {formatNumber(counts[c.count], locale)}{' '}
                <Text span size="xs" c="dimmed">
                  ({formatPercent(shares[c.key], locale)})
                </Text>
              </Text>
            </Group>
          </li>
        ))}
      </ul>
    </Stack>
  );
}
