/**
 * Who may do what with a grid's round (C2.2, D6). Pure: the actor's role assignments and the grid's path.
 *
 * - read progress and reports: every role that reads household records in its scope;
 * - prepare (generate, refresh, submit) the round report: the grid's own team, i.e. grid workers and
 *   grid leaders whose assignment covers the grid (C2.2 "the team reports the round");
 * - acknowledge it: the community head. Of the roles (access/roles.ts) the community grid lead
 *   (社区网格负责人, bound to the community) is the one in charge of the community's grid work, so
 *   the community head is a community lead whose community contains the grid. Town officers,
 *   workstation staff and supervisors read but do not acknowledge: the report goes to the community.
 * Admin may do everything in its scope, as everywhere.
 */
import { DomainError } from '../errors';
import { isWithin, type Actor } from '../access/policy';
import type { Role } from '../access/roles';
import type { RoundReportStatus } from './progress';

export type RoundAction = 'round.read' | 'round.prepare' | 'round.acknowledge';

const ROLES: Record<RoundAction, readonly Role[]> = {
  'round.read': ['admin', 'street-officer', 'town-officer', 'community-lead', 'workstation-staff', 'grid-leader', 'grid-worker', 'supervisor'],
  'round.prepare': ['admin', 'grid-leader', 'grid-worker'],
  'round.acknowledge': ['admin', 'community-lead'],
};

const MESSAGES: Record<RoundAction, string> = {
  'round.read': 'your role may not read rounds',
  'round.prepare': "only the grid's workers and grid leaders prepare and submit its round report",
  'round.acknowledge': 'only the community head (community grid lead) acknowledges a round report',
};

export function canOnRound(actor: Actor, action: RoundAction, gridPath: readonly number[]): boolean {
  return actor.roles.some((r) => ROLES[action].includes(r.role) && isWithin(gridPath, r.path));
}

export function assertCanOnRound(actor: Actor, action: RoundAction, gridPath: readonly number[]): void {
  if (!canOnRound(actor, action, gridPath)) throw new DomainError('FORBIDDEN', MESSAGES[action]);
}

/** What the UI may offer on a report in `status` (the API sends these; the web never re-derives them). */
export function roundReportAbilities(actor: Actor, gridPath: readonly number[], status: RoundReportStatus) {
  const prepare = canOnRound(actor, 'round.prepare', gridPath);
  return {
    refresh: prepare && status === 'draft',
    submit: prepare && status === 'draft',
    acknowledge: canOnRound(actor, 'round.acknowledge', gridPath) && status === 'submitted',
  };
}
