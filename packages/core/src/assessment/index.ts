/** Assessment (contract "Team operations"): items, values and scores with ranks. */
export * from './items';
export { scoreSubjects, type ScorePart, type Scored, type WeightedItem } from './score';
export { PENALTY_GROUNDS, REWARD_GROUNDS, REWARD_KINDS, rewardProblems, type RewardKind } from './rewards';
