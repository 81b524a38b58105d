/** Rewards and penalties 奖惩 (A10): proposed by one assessor, approved or refused by another. */
import { PENALTY_GROUNDS, REWARD_GROUNDS, REWARD_KINDS } from '@gridwork/core/assessment/rewards';
import { api } from './client';
import { downloadXlsx } from './files';
import type { Reply, RequestBody } from './openapi';
import type { Id } from './types';

export type Reward = Reply<'/api/v1/rewards', 'get'>[number];
export type NewReward = RequestBody<'/api/v1/rewards', 'post'>;
export type RewardKind = NewReward['kind'];
export type RewardGround = NewReward['ground'];

export { PENALTY_GROUNDS, REWARD_GROUNDS, REWARD_KINDS };
export const KINDS = Object.keys(REWARD_KINDS) as RewardKind[];
/** The grounds A10 lists for a kind: merits for rewards, breaches for penalties. */
export const groundsOf = (kind: RewardKind): readonly RewardGround[] => (REWARD_KINDS[kind].sign > 0 ? REWARD_GROUNDS : PENALTY_GROUNDS);

export const rewardsApi = {
  list: (q: { userId?: Id; regionId?: Id; year?: number }, signal?: AbortSignal) => api.get<Reward[]>('/rewards', { query: q, signal }),
  propose: (body: NewReward) => api.post<Reward>('/rewards', body),
  decide: (id: Id, approve: boolean, expectedVersion: number) => api.post<Reward>(`/rewards/${id}/decision`, { approve, expectedVersion }),
  /** The year's register as an xlsx workbook (GET /rewards?format=xlsx). */
  exportXlsx: (q: { regionId?: Id; year: number }) => downloadXlsx('/rewards', { ...q, format: 'xlsx' }, `奖惩-${q.year}.xlsx`),
};
