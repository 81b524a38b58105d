/**
 * C2.2 D6: the township round report is due before the 16th of the quarter's first month (policy
 * data: core/rounds `reportDueOf`). Each tick reminds the team of every township grid without a
 * submitted report (grid workers and grid leaders bound to the grid, who prepare and submit it) once
 * the due moment is within 2 working days or has passed, until the end of the round month (later,
 * the round shows as overdue on the rounds page): once per grid and round month (dedupe key), so
 * restarts and several servers raise nothing twice.
 */
import { addDays, shanghaiDate, startOfShanghaiDay, type WorkingCalendar } from '@gridwork/core/calendar';
import type { PolicyValues } from '@gridwork/core/policy';
import { rolesWith } from '@gridwork/core';
import { reportDueOf, roundRulesOf } from '@gridwork/core/rounds';
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { isoShanghai } from '../../lib/time';
import { listLatestPolicies } from '../policy/policy.repository';
import { RETURNED, type RaisedNotification } from './notifications.repository';

/** The notice opens when at most this many working days (today and the due day included) remain. */
export const DUE_NOTICE_WORKING_DAYS = 2;

/** The first day from which at most `n` working days remain up to and including `dueDate` (a rest day counts none). */
export function dueNoticeOpensOn(calendar: Pick<WorkingCalendar, 'isWorkday'>, dueDate: string, n = DUE_NOTICE_WORKING_DAYS): string {
  let day = dueDate;
  let counted = calendar.isWorkday(day) ? 1 : 0;
  for (let i = 0; counted < n && i < 60; i++) {
    day = addDays(day, -1);
    if (calendar.isWorkday(day)) counted++;
  }
  return day;
}

export interface OpenDueRound {
  policyRegionId: number;
  month: string;
  due: Date;
}

/** The (policy, round month) pairs whose report notice is open at `now`; policies without the township rhythm are skipped. */
export function openDueRounds(
  policies: Array<{ regionId: number; version: number; values: unknown }>,
  calendar: Pick<WorkingCalendar, 'isWorkday'>,
  now: Date,
): OpenDueRound[] {
  const open: OpenDueRound[] = [];
  const month = shanghaiDate(now).slice(0, 7);
  for (const p of policies) {
    let rules: ReturnType<typeof roundRulesOf>;
    try {
      rules = roundRulesOf(p.values as PolicyValues, p.version);
    } catch {
      continue; // community, marketing: no rounds
    }
    const due = reportDueOf(rules, month); // null unless `month` is the policy's round month
    if (!due) continue;
    let opensOn = shanghaiDate(due);
    try {
      opensOn = dueNoticeOpensOn(calendar, opensOn);
    } catch {
      // a year the calendar cannot tell: the notice opens on the due day itself
    }
    if (now.getTime() >= startOfShanghaiDay(opensOn).getTime()) open.push({ policyRegionId: p.regionId, month, due });
  }
  return open;
}

export async function raiseRoundReportDueNotices(
  db: Kysely<DB>,
  calendar: Pick<WorkingCalendar, 'isWorkday'>,
  now: Date,
): Promise<RaisedNotification[]> {
  const policies = [...(await listLatestPolicies(db, true)).values()];
  const open = openDueRounds(policies, calendar, now);
  if (open.length === 0) return [];
  const paths = new Map(
    (
      await db
        .selectFrom('regions')
        .select(['id', 'path'])
        .where(
          'id',
          'in',
          policies.map((p) => p.regionId),
        )
        .execute()
    ).map((r) => [r.id, r.path]),
  );
  const raised: RaisedNotification[] = [];
  for (const o of open) {
    const path = paths.get(o.policyRegionId);
    if (!path) continue;
    // Grids under a deeper policy follow that one (the nearest policy is in force).
    const deeper = [...paths.values()].filter((p) => p !== path && p.startsWith(path));
    const notDeeper = deeper.map((p) => sql`AND g.path NOT LIKE ${`${p}%`}`);
    const result = await sql<RaisedNotification>`
      INSERT INTO notifications (top_region_id, user_id, subject_kind, subject_id, kind, dedupe_key, at, payload)
      SELECT DISTINCT coalesce(g.top_region_id, g.id), ra.user_id, 'grid', g.id, 'round-report-due',
             'round-report-due:' || g.id || ':' || ${o.month}::text, ${now}::timestamptz,
             jsonb_build_object('gridId', g.id, 'gridName', g.name, 'month', ${o.month}::text, 'due', ${isoShanghai(o.due)}::text,
                                'overdue', ${now.getTime() > o.due.getTime()}::boolean)
      FROM regions g
      JOIN role_assignments ra ON ra.region_id = g.id AND ra.role IN (${sql.join(rolesWith('duty.grid-team'))})
      JOIN users u ON u.id = ra.user_id AND u.active
      WHERE g.type = 'grid' AND g.path LIKE ${`${path}%`} ${notDeeper.length > 0 ? sql.join(notDeeper, sql` `) : sql``}
        AND NOT EXISTS (
          SELECT 1 FROM round_reports r
          WHERE r.top_region_id = coalesce(g.top_region_id, g.id) AND r.grid_id = g.id AND r.month = ${o.month}::text
            AND r.status <> 'draft')
      ON CONFLICT ON CONSTRAINT notifications_dedupe DO NOTHING
      RETURNING ${RETURNED}`.execute(db);
    raised.push(...result.rows);
  }
  return raised;
}
