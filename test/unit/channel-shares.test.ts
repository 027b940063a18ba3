import { describe, expect, it } from 'vitest';
import { channelShares } from '../../src/domain/channel-shares';
import { emptyCounts } from '../../src/domain/dossier-measures';

describe('channel shares', () => {
  it('splits new dossiers by channel, adding up to 1', () => {
    const s = channelShares({ ...emptyCounts(), receivedOnline: 600, receivedDirect: 390, receivedPostal: 10 });
    expect(s).toEqual({ online: 0.6, direct: 0.39, postal: 0.01 });
  });
  it('is no data for every channel when nothing was received', () => {
    expect(channelShares({ ...emptyCounts(), carriedOver: 5 })).toEqual({ online: null, direct: null, postal: null });
  });
});
