import { recomputeProvisional } from '@gridwork/core/cases';
import type { WorkingCalendar } from '@gridwork/core/calendar';
import type { Transaction } from 'kysely';
import type { AppContext } from '../../context';
import type { DB } from '../../db/schema';
import { writeAudit } from '../audit/audit.repository';
import { stateOfRow } from './case-row';
import { policyOfVersion } from './case-policy';
import { appendTimeline, updateCaseState } from './cases.repository';

/**
 * After the calendar changed (a year confirmed, an override edited): every case whose deadline is
 * still provisional gets it recomputed, with a timeline entry, in the same transaction as the
 * calendar change. Confirmed deadlines never move (D4).
 */
export async function recomputeProvisionalDeadlines(
  ctx: AppContext,
  trx: Transaction<DB>,
  calendar: WorkingCalendar,
  now: Date,
  requestId: string,
): Promise<number> {
  const rows = await trx.selectFrom('cases').selectAll().where('deadline_provisional', '=', true).forUpdate().execute();
  let changed = 0;
  for (const row of rows) {
    const result = recomputeProvisional(stateOfRow(row), { policy: await policyOfVersion(ctx, row.policy_version, trx), calendar, now });
    if (!result) continue;
    await updateCaseState(trx, row, result.next, row.version, now);
    await appendTimeline(trx, row.top_region_id, row.id, result.entry);
    await writeAudit(trx, {
      actorId: null,
      action: 'case.deadline-recomputed',
      entity: 'case',
      entityId: row.id,
      regionId: row.grid_id,
      topRegionId: row.top_region_id,
      before: { deadline: row.deadline, provisional: true },
      after: { deadline: result.next.deadline, provisional: result.next.deadlineProvisional },
      requestId,
    });
    changed++;
  }
  return changed;
}
