/**
 * The team pages' abilities (民情日记, 会议, 培训, 奖惩, 考核): the signed-in user's menu abilities from
 * /auth/me, derived on the server from the access registry (core/access/menu.ts teamMenuAbilitiesOf).
 */
import type { RegionNode, SessionUser } from '../api/types';

export type TeamAbilities = Pick<
  SessionUser['abilities'],
  | 'diaries'
  | 'diaryReview'
  | 'diaryBackEnter'
  | 'teamMember'
  | 'meetings'
  | 'conveneMeetings'
  | 'trainings'
  | 'runTraining'
  | 'rewards'
  | 'proposeRewards'
  | 'assessment'
  | 'supervisionReports'
>;

/** `_regions` is kept for the callers written against the interim client-side evaluation. */
export function teamAbilities(user: SessionUser, _regions?: readonly RegionNode[]): TeamAbilities {
  return user.abilities;
}
