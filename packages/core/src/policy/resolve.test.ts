import { describe, expect, it } from 'vitest';
import { PRESETS } from './presets';
import { resolvePolicy } from './resolve';

const township = { preset: 'township' as const, version: 3, values: PRESETS.township };
const community = { preset: 'community' as const, version: 7, values: PRESETS.community };

describe('resolvePolicy (a policy attached to a region applies to its subtree)', () => {
  it('returns the nearest attached policy on the chain root → leaf, with the region it is attached to', () => {
    const chain = [{ regionId: 1, policy: township }, { regionId: 2, policy: community }, { regionId: 3 }, { regionId: 4, policy: null }];
    expect(resolvePolicy(chain)).toEqual({ preset: 'community', version: 7, regionId: 2, values: PRESETS.community });
  });

  it('a policy on the leaf itself wins', () => {
    expect(
      resolvePolicy([
        { regionId: 1, policy: community },
        { regionId: 9, policy: township },
      ]),
    ).toMatchObject({
      regionId: 9,
      preset: 'township',
      version: 3,
    });
  });

  it('inherits from the root when nothing nearer is attached', () => {
    expect(resolvePolicy([{ regionId: 1, policy: township }, { regionId: 2 }, { regionId: 3 }])?.regionId).toBe(1);
  });

  it('returns null when no policy is attached or the chain is empty', () => {
    expect(resolvePolicy([{ regionId: 1 }, { regionId: 2 }])).toBeNull();
    expect(resolvePolicy([])).toBeNull();
  });
});
