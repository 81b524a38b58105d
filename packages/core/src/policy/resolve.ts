/** Policy inheritance: a policy attached to a region node applies to its whole subtree. */
import type { AttachedPolicy, ResolvedPolicy } from './schema';

export interface PolicyChainLink {
  regionId: number;
  policy?: AttachedPolicy | null;
}

/**
 * The policy in force at the leaf of `chain` (region nodes ordered root → leaf): the nearest
 * attached policy, with the id of the region it is attached to; null when none is attached.
 */
export function resolvePolicy(chain: readonly PolicyChainLink[]): ResolvedPolicy | null {
  for (let i = chain.length - 1; i >= 0; i--) {
    const { regionId, policy } = chain[i];
    if (policy) return { preset: policy.preset, version: policy.version, regionId, values: policy.values };
  }
  return null;
}
