import type { DossierCounts } from '../../api/dossiers';
import type { channelShares } from '../../domain/channel-shares';
import { channelColors } from '../../semantic-colors';

export interface Channel {
  /** The channel's key in channel shares. */
  key: keyof ReturnType<typeof channelShares> & keyof typeof channelColors;
  /** Its count among a unit's dossier counts. */
  count: keyof Pick<DossierCounts, 'receivedOnline' | 'receivedDirect' | 'receivedPostal'>;
  color: (typeof channelColors)[keyof typeof channelColors];
}

/** The three reception channels in the order every chart and legend shows them, each in its one colour. */
export const channels: readonly Channel[] = [
  { key: 'online', count: 'receivedOnline', color: channelColors.online },
  { key: 'direct', count: 'receivedDirect', color: channelColors.direct },
  { key: 'postal', count: 'receivedPostal', color: channelColors.postal },
];
