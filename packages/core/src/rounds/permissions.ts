/**
 * What the UI may offer on a round report (C2.2, D6). Who may read, prepare and acknowledge is the
 * `round` table of the access registry (core/access/registry-records.ts): the grid's own team prepares
 * and submits, the community head (community grid lead) acknowledges, admins do everything in scope.
 */
import { can, type Actor } from '../access';
import type { RoundReportStatus } from './progress';

/** What the UI may offer on a report in `status` (the API sends these; the web never re-derives them). */
export function roundReportAbilities(actor: Actor, gridPath: readonly number[], status: RoundReportStatus) {
  const prepare = can(actor, 'round.prepare', { path: gridPath });
  return {
    refresh: prepare && status === 'draft',
    submit: prepare && status === 'draft',
    acknowledge: can(actor, 'round.acknowledge', { path: gridPath }) && status === 'submitted',
  };
}
