/**
 * The drill-down (issue "Team operations": every score drills down to the records that made it):
 * for one subject and item, the records counted, each with whether it counted for or against.
 */
import type { AssessmentItem } from '@gridwork/core/assessment';
import { addDays, weekday } from '@gridwork/core/calendar';
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { isoShanghai } from '../../lib/time';
import type { Member } from '../team/members';
import { anyOf, complianceByMonth, topRegionsOf, type Subject } from './assessment.facts';
import { weeksEnding, type AssessmentPeriod } from './assessment.period';

export interface DrillRecord {
  ref: {
    type: 'case' | 'diary' | 'meeting' | 'training' | 'reward' | 'verification-task' | 'supervision-report' | 'grid' | 'user';
    id: number;
  } | null;
  label: string;
  date: string | null;
  outcome: string;
  /** `done` counted for, `missed` against, `excused` left out (leave), `points` a count or sum. */
  counts: 'done' | 'missed' | 'excused' | 'points';
  value?: number;
}

const LIMIT = 500;
/** What a record of the subject outside the ranked region shows instead of its title (it counts, unread). */
export const OUTSIDE_LABEL = '（本区域外的记录）';

/**
 * A member's records may lie outside the ranked region (kept from an earlier binding): they count in
 * the score, but the reader of this region sees neither their title nor a link to them.
 */
function sealed(within: string, path: string, r: DrillRecord): DrillRecord {
  return path.startsWith(within) ? r : { ...r, ref: null, label: OUTSIDE_LABEL };
}

export async function drillRecords(
  db: Kysely<DB>,
  s: Subject,
  members: Member[],
  item: AssessmentItem,
  p: AssessmentPeriod,
  diaryCount: number,
  /** The ranked region: cases count among those of its streets and towns, as in the score. */
  within: string,
): Promise<DrillRecord[]> {
  const own = s.type === 'worker' ? members.filter((m) => m.userId === s.id) : members.filter((m) => m.path.startsWith(s.path));
  const ids = own.map((m) => m.userId);
  const names = new Map(own.map((m) => [m.userId, m.name]));
  const byOwner = s.type === 'worker';
  switch (item) {
    case 'visit-compliance': {
      const out: DrillRecord[] = [];
      for (const { date, rows } of await complianceByMonth(db, s.path, p)) {
        for (const r of rows) {
          out.push({
            ref: { type: 'grid', id: Number(r.key) },
            label: r.label,
            date,
            outcome: `${r.met}/${r.households}`,
            counts: 'points',
            value: r.met,
          });
        }
      }
      return out;
    }
    case 'case-timeliness': {
      let q = db
        .selectFrom('cases')
        .select(['id', 'title', 'received_at', 'on_time', 'grid_path'])
        .where('received_at', '>=', p.from)
        .where('received_at', '<', p.to)
        .where('on_time', 'is not', null)
        .where(sql<boolean>`top_region_id = ${anyOf(await topRegionsOf(db, within))}`);
      q = byOwner ? q.where('owner_id', '=', s.id) : q.where('grid_path', 'like', `${s.path}%`);
      const rows = await q.orderBy('received_at').limit(LIMIT).execute();
      return rows.map((r) =>
        sealed(within, r.grid_path, {
          ref: { type: 'case', id: r.id },
          label: r.title,
          date: isoShanghai(r.received_at),
          outcome: r.on_time ? 'on-time' : 'late',
          counts: r.on_time ? 'done' : 'missed',
        }),
      );
    }
    case 'satisfaction': {
      let q = db
        .selectFrom('case_timeline as t')
        .innerJoin('cases as c', (j) => j.onRef('c.id', '=', 't.case_id').onRef('c.top_region_id', '=', 't.top_region_id'))
        .select(['c.id', 'c.title', 'c.grid_path', 't.at', sql<string>`t.details->>'satisfaction'`.as('satisfaction')])
        .where('t.action', '=', 'feedback')
        .where('t.at', '>=', p.from)
        .where('t.at', '<', p.to)
        .where(sql<boolean>`t.top_region_id = ${anyOf(await topRegionsOf(db, within))}`);
      q = byOwner ? q.where('c.owner_id', '=', s.id) : q.where('c.grid_path', 'like', `${s.path}%`);
      const rows = await q.orderBy('t.at').limit(LIMIT).execute();
      return rows.map((r) =>
        sealed(within, r.grid_path, {
          ref: { type: 'case', id: r.id },
          label: r.title,
          date: isoShanghai(r.at),
          outcome: r.satisfaction,
          counts: r.satisfaction === 'unsatisfied' ? 'missed' : 'done',
        }),
      );
    }
    case 'diary-compliance': {
      const weeks = weeksEnding(p, weekday);
      if (weeks.length === 0 || ids.length === 0) return [];
      const rows = await db
        .selectFrom('diaries')
        .select([
          'author_id',
          sql<string>`to_char(date_trunc('week', occurred_at AT TIME ZONE 'Asia/Shanghai'), 'YYYY-MM-DD')`.as('week'),
          sql<number>`count(*)::int`.as('n'),
        ])
        .where('author_id', 'in', ids)
        .where('occurred_at', '>=', new Date(`${weeks[0]}T00:00:00+08:00`))
        .where('occurred_at', '<', new Date(`${addDays(weeks.at(-1)!, 7)}T00:00:00+08:00`))
        .groupBy(['author_id', 'week'])
        .execute();
      const n = new Map(rows.map((r) => [`${r.author_id}:${r.week}`, r.n]));
      return ids
        .flatMap((id) =>
          weeks.map((w): DrillRecord => {
            const entries = n.get(`${id}:${w}`) ?? 0;
            return {
              ref: { type: 'user', id },
              label: `${names.get(id)} ${w}—${addDays(w, 6)}`,
              date: w,
              outcome: `${entries}`,
              counts: entries >= diaryCount ? 'done' : 'missed',
            };
          }),
        )
        .slice(0, LIMIT);
    }
    case 'excellent-diary': {
      if (ids.length === 0) return [];
      const rows = await db
        .selectFrom('diary_selections as s')
        .innerJoin('diaries as d', 'd.id', 's.diary_id')
        .select(['d.id', 'd.place', 'd.region_path', 's.month', 's.author_id'])
        .where('s.author_id', 'in', ids)
        .where('s.status', '=', 'selected')
        .where('s.month', 'like', p.kind === 'year' ? `${p.text}-%` : p.text)
        .orderBy('s.month')
        .limit(LIMIT)
        .execute();
      return rows.map((r) =>
        sealed(within, r.region_path, {
          ref: { type: 'diary', id: r.id },
          label: `${names.get(r.author_id)}：${r.place}`,
          date: r.month,
          outcome: 'selected',
          counts: 'points',
          value: 1,
        }),
      );
    }
    case 'attendance': {
      if (ids.length === 0) return [];
      const rows = await db
        .selectFrom('meeting_invitees as i')
        .innerJoin('meetings as m', 'm.id', 'i.meeting_id')
        .select(['m.id', 'm.title', 'm.region_path', 'm.starts_at', 'i.attendance', 'i.user_id'])
        .where('i.user_id', 'in', ids)
        .where('m.status', '=', 'held')
        .where('m.starts_at', '>=', p.from)
        .where('m.starts_at', '<', p.to)
        .orderBy('m.starts_at')
        .limit(LIMIT)
        .execute();
      const trainings = await db
        .selectFrom('training_attendance as a')
        .innerJoin('trainings as t', 't.id', 'a.training_id')
        .select(['t.id', 't.topic', 't.region_path', 't.starts_at', 'a.attendance', 'a.user_id'])
        .where('a.user_id', 'in', ids)
        .where('t.starts_at', '>=', p.from)
        .where('t.starts_at', '<', p.to)
        .orderBy('t.starts_at')
        .limit(LIMIT)
        .execute();
      const counted = (a: string | null): DrillRecord['counts'] =>
        a === 'on-leave' ? 'excused' : a === 'present' || a === 'late' ? 'done' : 'missed';
      return [
        ...rows.map((r) =>
          sealed(within, r.region_path, {
            ref: { type: 'meeting', id: r.id },
            label: `${names.get(r.user_id)}：${r.title}`,
            date: isoShanghai(r.starts_at),
            outcome: r.attendance ?? 'absent',
            counts: counted(r.attendance),
          }),
        ),
        // the grid office runs training for the street: a session of the region or above it is the region's to read
        ...trainings.map((r) =>
          sealed(within.startsWith(r.region_path) ? r.region_path : within, r.region_path, {
            ref: { type: 'training', id: r.id },
            label: `${names.get(r.user_id)}：${r.topic}`,
            date: isoShanghai(r.starts_at),
            outcome: r.attendance,
            counts: counted(r.attendance),
          }),
        ),
      ];
    }
    case 'verification': {
      const rows = await db
        .selectFrom('verification_tasks')
        .select(['id', 'household_id', 'discrepancies', 'completed_at'])
        .where('grid_path', 'like', `${s.path}%`)
        .where('status', '=', 'done')
        .where('completed_at', '>=', p.from)
        .where('completed_at', '<', p.to)
        .orderBy('completed_at')
        .limit(LIMIT)
        .execute();
      return rows.map((r) => ({
        ref: { type: 'verification-task', id: r.id },
        label: `户 #${r.household_id}`,
        date: r.completed_at ? isoShanghai(r.completed_at) : null,
        outcome: `${r.discrepancies ?? 0}`,
        counts: (r.discrepancies ?? 0) === 0 ? 'done' : 'missed',
      }));
    }
    case 'supervision': {
      if (s.type !== 'community' || p.endedMonths.length === 0) return [];
      const rows = await db
        .selectFrom('supervision_reports')
        .select(['id', 'month', 'rating'])
        .where('region_id', '=', s.id)
        .where('status', '=', 'issued')
        .where('month', 'in', p.endedMonths)
        .execute();
      return p.endedMonths.map((month): DrillRecord => {
        const r = rows.find((x) => x.month === month);
        return r
          ? {
              ref: { type: 'supervision-report', id: r.id },
              label: `${s.name} ${month}`,
              date: month,
              outcome: `${r.rating}/100`,
              counts: 'points',
              value: r.rating ?? 0,
            }
          : { ref: null, label: `${s.name} ${month}`, date: month, outcome: 'no-report', counts: 'missed' };
      });
    }
    case 'rewards-penalties': {
      if (ids.length === 0) return [];
      const rows = await db
        .selectFrom('rewards')
        .select(['id', 'user_id', 'kind', 'ground', 'points', 'awarded_on', 'region_path'])
        .where('user_id', 'in', ids)
        .where('status', '=', 'approved')
        .where('awarded_on', '>=', p.start)
        .where('awarded_on', '<=', p.end)
        .orderBy('awarded_on')
        .limit(LIMIT)
        .execute();
      return rows.map((r) =>
        sealed(within, r.region_path, {
          ref: { type: 'reward', id: r.id },
          label: `${names.get(r.user_id)}：${r.ground}`,
          date: r.awarded_on,
          outcome: r.kind,
          counts: 'points',
          value: Number(r.points),
        }),
      );
    }
  }
}
