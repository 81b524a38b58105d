/**
 * Rewards and penalties (A10): kinds, the grounds the rule lists, and default points (a product
 * default: the seed gives none). Rewards add points, penalties take them away.
 */
export const REWARD_KINDS = {
  commendation: { sign: 1, points: 2 },
  'material-reward': { sign: 1, points: 3 },
  warning: { sign: -1, points: -2 },
  demerit: { sign: -1, points: -5 },
  dismissal: { sign: -1, points: -10 },
  /** For public-welfare posts: a recommendation to the labour and personnel department to withdraw benefits. */
  'benefit-withdrawal': { sign: -1, points: -5 },
} as const;
export type RewardKind = keyof typeof REWARD_KINDS;

export const REWARD_GROUNDS = ['dedication', 'integrity', 'special-task', 'public-property', 'other-merit'] as const;
export const PENALTY_GROUNDS = ['breach-of-policy-or-law', 'neglect-of-duty', 'falsification', 'sowing-discord', 'other-breach'] as const;

/** Problems of a kind, ground and points together (empty when they fit). */
export function rewardProblems(kind: RewardKind, ground: string, points: number): Array<{ field: string; message: string }> {
  const { sign } = REWARD_KINDS[kind];
  const grounds: readonly string[] = sign > 0 ? REWARD_GROUNDS : PENALTY_GROUNDS;
  const out: Array<{ field: string; message: string }> = [];
  if (!grounds.includes(ground)) out.push({ field: 'body.ground', message: `must be one of ${grounds.join(', ')} for ${kind}` });
  if (points * sign <= 0)
    out.push({ field: 'body.points', message: sign > 0 ? 'a reward adds points (> 0)' : 'a penalty takes points away (< 0)' });
  return out;
}
