import { channels } from '../../../components/channel-legend';

const labels = { online: 'dossiers.charts.online', direct: 'dossiers.charts.direct', postal: 'dossiers.charts.postal' } as const;

/** The three reception channels as this screen's series: the shared channels (and colours) with its labels. */
export const channelSeries = channels.map((c) => ({ ...c, name: c.count, label: labels[c.key] }));
