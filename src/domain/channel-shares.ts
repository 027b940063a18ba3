import type { DossierCounts } from '../api/dossiers';
import { received } from './dossier-measures';
import { rate, type Rate } from './rate';

/** Each reception channel's share of the dossiers received new in the period (online + direct + postal = 1). */
export function channelShares(c: DossierCounts): { online: Rate; direct: Rate; postal: Rate } {
  const total = received(c);
  return {
    online: rate(c.receivedOnline, total),
    direct: rate(c.receivedDirect, total),
    postal: rate(c.receivedPostal, total),
  };
}
