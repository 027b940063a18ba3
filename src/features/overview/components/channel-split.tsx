import { Progress, Skeleton, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DossierCounts } from '../../../api/dossiers';
import { ChannelLegend, channels } from '../../../components/channel-legend';
import { channelShares } from '../../../domain/channel-shares';
import classes from './channel-split.module.css';

const labels = { online: 'kpi.channelOnline', direct: 'kpi.channelDirect', postal: 'kpi.channelPostal' } as const;

/** Received dossiers by channel (trực tuyến / trực tiếp / BCCI): a bar and its numbers. Same height while loading. */
export function ChannelSplit({ counts }: { counts: DossierCounts | undefined }) {
  const { t } = useTranslation();

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
      <ChannelLegend
        label={t('kpi.channels')}
        items={channels.map((c) => ({ key: c.key, label: t(labels[c.key]), count: counts[c.count], share: shares[c.key], color: c.color }))}
      />
    </Stack>
  );
}
