/**
 * Demo team operations (issue "Team operations" item 11): ten weeks of field diaries of the demo
 * team (some missed, reviewed, shortlisted and selected), the community's past monthly meetings with
 * attendance, leave, minutes and tasks (and the next one invited), the town's combined and weekly
 * meetings, monthly training by the grid office, rewards and a penalty, an issued supervision
 * report for each past month, and an expert Q&A session being announced (demo-team-announce.ts).
 * Deterministic: the same seed gives the same records.
 */
import { addDays, shanghaiDate, type WorkingCalendar } from '@gridwork/core/calendar';
import { createRng, type Rng } from '@gridwork/core/demo';
import { meetingSchedule } from '@gridwork/core/meetings';
import type { PolicyValues } from '@gridwork/core/policy';
import type { Transaction } from 'kysely';
import type { AppContext } from '../context';
import type { DB } from '../db/schema';
import { parsePath } from '../modules/auth/sessions.repository';
import { findPolicyInForce } from '../modules/policy/policy.repository';
import { reportFigures } from '../modules/supervision-reports/report-figures';
import { listMembers } from '../modules/team/members';
import { seedDemoExpertQa } from './demo-team-announce';
import { DIARY_ENTRIES, MEETING_MINUTES, MEETING_TASKS, REVIEW_COMMENTS, TRAINING_TOPICS } from './demo-team-text';
import type { DemoIndex } from './seed';

const at = (date: string, hhmm: string) => new Date(`${date}T${hhmm}:00+08:00`);
const monthOf = (date: string) => date.slice(0, 7);
const previousMonth = (month: string) => addDays(`${month}-01`, -1).slice(0, 7);

interface Env {
  trx: Transaction<DB>;
  rng: Rng;
  now: Date;
  today: string;
  users: Map<string, number>;
  calendar: WorkingCalendar;
}

async function regionOf(trx: Transaction<DB>, id: number) {
  return trx.selectFrom('regions').select(['id', 'path', 'name', 'top_region_id']).where('id', '=', id).executeTakeFirstOrThrow();
}

type RegionRef = Awaited<ReturnType<typeof regionOf>>;

/** A meeting of the region: held (with minutes) when it lies in the past, else scheduled. */
async function insertMeeting(
  e: Env,
  region: RegionRef,
  m: { type: string; title: string; startsAt: Date; place: string; agendaTitle: string; minutes: string | null; convener: number },
): Promise<number> {
  const held = m.startsAt.getTime() < e.now.getTime();
  const announced = new Date(m.startsAt.getTime() - 3 * 86_400_000);
  const row = await e.trx
    .insertInto('meetings')
    .values({
      top_region_id: region.top_region_id ?? region.id,
      region_id: region.id,
      region_path: region.path,
      type: m.type,
      title: m.title,
      starts_at: m.startsAt,
      place: m.place,
      status: held ? 'held' : 'scheduled',
      agenda: JSON.stringify([{ kind: 'topic', title: m.agendaTitle }]),
      minutes: held ? m.minutes : null,
      convened_by: m.convener,
      created_at: announced,
      updated_at: held ? m.startsAt : announced,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** A5: one entry a week for most weeks, by each member of the demo team; reviews and selections. */
async function seedDiaries(e: Env, street: { path: string; id: number }, town: { path: string; id: number }) {
  const members = [...(await listMembers(e.trx, street.path)), ...(await listMembers(e.trx, town.path))];
  const monday = addDays(e.today, -((new Date(`${e.today}T12:00:00+08:00`).getUTCDay() + 6) % 7));
  const entries: Array<{ id: number; author: number; month: string }> = [];
  for (const m of members) {
    const region = await e.trx.selectFrom('regions').select(['id', 'top_region_id']).where('path', '=', m.path).executeTakeFirstOrThrow();
    for (let w = 10; w >= 0; w--) {
      if (e.rng.next() < 0.15) continue; // a missed week: compliance is not perfect
      const day = addDays(monday, -7 * w + e.rng.int(0, 4));
      if (day > e.today) continue;
      const occurredAt = at(day, `${String(e.rng.int(9, 16)).padStart(2, '0')}:30`);
      if (occurredAt.getTime() > e.now.getTime()) continue;
      const text = DIARY_ENTRIES[e.rng.int(0, DIARY_ENTRIES.length - 1)];
      const backEntered = e.rng.next() < 0.1;
      const row = await e.trx
        .insertInto('diaries')
        .values({
          top_region_id: region.top_region_id ?? region.id,
          region_id: region.id,
          region_path: m.path,
          author_id: m.userId,
          occurred_at: occurredAt,
          place: text.place,
          people: text.people,
          content: text.content,
          background: null,
          cause: text.cause,
          suggestions: null,
          solution: text.solution,
          outcome: text.outcome,
          reflection: text.reflection,
          case_ids: [],
          visit_ids: [],
          back_entered: backEntered,
          created_by: backEntered ? (e.users.get('station1') ?? m.userId) : m.userId,
          created_at: occurredAt,
          updated_at: occurredAt,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      entries.push({ id: row.id, author: m.userId, month: monthOf(day) });
      const reviewer = e.users.get(m.userId === e.users.get('station1') ? 'lead1' : 'station1');
      if (reviewer && reviewer !== m.userId && e.rng.next() < 0.4 && m.path.startsWith(street.path)) {
        await e.trx
          .insertInto('diary_reviews')
          .values({
            diary_id: row.id,
            reviewer_id: reviewer,
            comment: REVIEW_COMMENTS[e.rng.int(0, REVIEW_COMMENTS.length - 1)],
            created_at: new Date(occurredAt.getTime() + 86_400_000),
          })
          .execute();
      }
    }
  }
  // A5.5 month-end selection by the community grid lead (never their own), after the workstation's shortlist
  const lead = e.users.get('lead1');
  const station = e.users.get('station1');
  const thisMonth = monthOf(e.today);
  for (const month of [previousMonth(previousMonth(thisMonth)), previousMonth(thisMonth)]) {
    const pool = entries.filter((x) => x.month === month && x.author !== lead && x.author !== station);
    for (const [i, x] of pool.slice(0, 3).entries()) {
      const selected = i === 0 && lead !== undefined;
      await e.trx
        .insertInto('diary_selections')
        .values({
          diary_id: x.id,
          month,
          status: selected ? 'selected' : 'shortlisted',
          author_id: x.author,
          by_id: selected ? lead! : (station ?? lead!),
          // at the month's end, after every entry of the month
          at: at(addDays(`${addDays(`${month}-28`, 4).slice(0, 7)}-01`, -1), '23:30'),
        })
        .execute();
    }
  }
}

/** A4: the community's monthly work meetings of the last three months, held, and the next one invited. */
async function seedCommunityMeetings(e: Env, communityId: number) {
  const community = await regionOf(e.trx, communityId);
  const policy = await findPolicyInForce(e.trx, parsePath(community.path));
  if (!policy) return;
  const lead = e.users.get('lead1')!;
  const members = await listMembers(e.trx, community.path);
  let month = monthOf(e.today);
  const months = [month];
  for (let i = 0; i < 3; i++) months.unshift((month = previousMonth(month)));
  for (const [i, m] of months.entries()) {
    const set = meetingSchedule(policy.values as PolicyValues, m, e.calendar).find((x) => x.type === 'monthly-work');
    if (!set) continue;
    const startsAt = at(set.date, '09:00');
    const held = startsAt.getTime() < e.now.getTime();
    const id = await insertMeeting(e, community, {
      type: 'monthly-work',
      title: '月度工作例会',
      startsAt,
      place: '社区会议室',
      agendaTitle: '本月走访及问题办理情况',
      minutes: MEETING_MINUTES[i % MEETING_MINUTES.length],
      convener: lead,
    });
    for (const [j, p] of members.entries()) {
      const onLeave = held && j === 1 && i % 2 === 0;
      const attendance = !held ? null : onLeave ? 'on-leave' : e.rng.next() < 0.1 ? 'late' : e.rng.next() < 0.07 ? 'absent' : 'present';
      await e.trx
        .insertInto('meeting_invitees')
        .values({ meeting_id: id, user_id: p.userId, attendance, marked_by: held ? lead : null, marked_at: held ? startsAt : null })
        .execute();
      if (onLeave) {
        await e.trx
          .insertInto('meeting_leave_requests')
          .values({
            meeting_id: id,
            user_id: p.userId,
            reason: '陪同家人就医',
            status: 'approved',
            created_at: new Date(startsAt.getTime() - 2 * 86_400_000),
            decided_by: lead,
            decided_at: new Date(startsAt.getTime() - 86_400_000),
          })
          .execute();
      }
    }
    if (!held) continue;
    for (let k = 0; k < 2; k++) {
      const owner = members[(i + k) % members.length]?.userId ?? lead;
      const dueOn = addDays(set.date, 14);
      const done = dueOn < e.today && e.rng.next() < 0.7;
      await e.trx
        .insertInto('meeting_tasks')
        .values({
          meeting_id: id,
          title: MEETING_TASKS[(i * 2 + k) % MEETING_TASKS.length],
          owner_id: owner,
          due_on: dueOn,
          case_id: null,
          status: done ? 'done' : 'open',
          done_at: done ? at(addDays(set.date, 10), '16:00') : null,
          created_at: startsAt,
        })
        .execute();
    }
  }
}

/** C2.4 C4 D7: the town community's combined monthly meetings and the grid's weekly team meetings, held. */
async function seedTownMeetings(e: Env, communityId: number) {
  const convener = e.users.get('town1');
  if (!convener) return;
  const community = await regionOf(e.trx, communityId);
  const policy = await findPolicyInForce(e.trx, parsePath(community.path));
  if (!policy) return;
  const members = await listMembers(e.trx, community.path);
  let month = monthOf(e.today);
  for (let i = 0; i < 3; i++) {
    const sets = meetingSchedule(policy.values as PolicyValues, month, e.calendar).filter((m) => m.type !== 'weekly-team' || i === 0);
    month = previousMonth(month);
    for (const set of sets) {
      const startsAt = at(set.date, set.type === 'weekly-team' ? '08:30' : '14:00');
      if (startsAt.getTime() > e.now.getTime()) continue;
      const weekly = set.type === 'weekly-team';
      const id = await insertMeeting(e, community, {
        type: set.type,
        title: weekly ? '网格团队周例会' : '月度例会（团队例会、工作例会、分析会合并）',
        startsAt,
        place: '村（社区）会议室',
        agendaTitle: weekly ? '回顾本周、安排下周' : '本月问题分析与交办',
        minutes: MEETING_MINUTES[(i + 1) % MEETING_MINUTES.length],
        convener,
      });
      for (const p of members) {
        await e.trx
          .insertInto('meeting_invitees')
          .values({
            meeting_id: id,
            user_id: p.userId,
            attendance: e.rng.next() < 0.9 ? 'present' : 'late',
            marked_by: convener,
            marked_at: startsAt,
          })
          .execute();
      }
    }
  }
}

/** A6: the grid office's monthly training of the street's team, with roll call. */
async function seedTrainings(e: Env, streetId: number) {
  const office = e.users.get('office1');
  if (!office) return;
  const street = await regionOf(e.trx, streetId);
  const members = await listMembers(e.trx, street.path);
  let month = monthOf(e.today);
  for (let i = 0; i < 3; i++) {
    month = previousMonth(month);
    const startsAt = at(`${month}-12`, '14:30');
    const row = await e.trx
      .insertInto('trainings')
      .values({
        top_region_id: street.top_region_id ?? street.id,
        region_id: street.id,
        region_path: street.path,
        topic: TRAINING_TOPICS[i % TRAINING_TOPICS.length],
        starts_at: startsAt,
        minutes: 90,
        materials: '讲义、案例汇编',
        run_by: office,
        created_at: startsAt,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    for (const p of members) {
      const attendance = e.rng.next() < 0.85 ? 'present' : e.rng.next() < 0.5 ? 'late' : 'absent';
      await e.trx
        .insertInto('training_attendance')
        .values({ training_id: row.id, user_id: p.userId, attendance, marked_by: office, marked_at: startsAt })
        .execute();
    }
  }
}

/** A10: rewards and a penalty proposed by the community lead and approved by the street officer; one pending. */
async function seedRewards(e: Env) {
  const [lead, street] = [e.users.get('lead1'), e.users.get('street1')];
  if (!lead || !street) return;
  const records = [
    { user: 'worker1', kind: 'commendation', ground: 'dedication', points: 2, days: 40, approved: true, note: '连续三个月走访全部达标' },
    {
      user: 'leader1',
      kind: 'material-reward',
      ground: 'special-task',
      points: 3,
      days: 25,
      approved: true,
      note: '冬季安全排查专项表现突出',
    },
    { user: 'worker2', kind: 'warning', ground: 'neglect-of-duty', points: -2, days: 18, approved: true, note: '重点户走访两次未按时完成' },
    { user: 'station1', kind: 'commendation', ground: 'integrity', points: 2, days: 3, approved: false, note: '拒收居民礼品并主动上报' },
  ] as const;
  for (const r of records) {
    const userId = e.users.get(r.user);
    if (!userId) continue;
    const binding = await e.trx
      .selectFrom('role_assignments as a')
      .innerJoin('regions as g', 'g.id', 'a.region_id')
      .select(['g.id', 'g.path', 'g.top_region_id'])
      .where('a.user_id', '=', userId)
      .executeTakeFirstOrThrow();
    const awardedOn = addDays(e.today, -r.days);
    await e.trx
      .insertInto('rewards')
      .values({
        top_region_id: binding.top_region_id ?? binding.id,
        user_id: userId,
        region_id: binding.id,
        region_path: binding.path,
        kind: r.kind,
        ground: r.ground,
        note: r.note,
        points: r.points,
        awarded_on: awardedOn,
        status: r.approved ? 'approved' : 'proposed',
        proposed_by: lead,
        approved_by: r.approved ? street : null,
        approved_at: r.approved ? at(addDays(awardedOn, 1), '10:00') : null,
        created_at: at(awardedOn, '09:00'),
      })
      .execute();
  }
}

/** C8: an issued supervision report of the first community for each of the last two months. */
async function seedSupervision(e: Env, communityId: number) {
  const supervisor = e.users.get('supervisor1');
  if (!supervisor) return;
  const community = await regionOf(e.trx, communityId);
  const ctx = { db: e.trx, calendar: { get: async () => e.calendar } } as unknown as AppContext;
  let month = monthOf(e.today);
  const comments = ['走访台账规范，例会按时召开；超期件需加快办理。', '民情日记质量提高，个别网格走访未达标，请限期整改。'];
  for (let i = 0; i < 2; i++) {
    month = previousMonth(month);
    const figures = await reportFigures(ctx, community, month);
    const issuedAt = at(addDays(`${addDays(`${month}-28`, 4).slice(0, 7)}-01`, 4), '10:00');
    await e.trx
      .insertInto('supervision_reports')
      .values({
        top_region_id: community.top_region_id ?? community.id,
        region_id: community.id,
        region_path: community.path,
        month,
        status: 'issued',
        figures: JSON.stringify(figures),
        generated_at: issuedAt,
        comments: comments[i % comments.length],
        rating: 82 + e.rng.int(0, 12),
        created_by: supervisor,
        created_at: issuedAt,
        issued_by: supervisor,
        issued_at: issuedAt,
      })
      .execute();
  }
}

export async function seedDemoTeam(
  trx: Transaction<DB>,
  index: DemoIndex,
  plan: { now: Date; calendar: WorkingCalendar; seed: number },
): Promise<void> {
  const e: Env = {
    trx,
    rng: createRng(plan.seed ^ 0x7ea3),
    now: plan.now,
    today: shanghaiDate(plan.now),
    users: index.users,
    calendar: plan.calendar,
  };
  const street = index.regions.get('xingfu');
  const town = index.regions.get('qingshan');
  const community = index.regions.get('xingfu/heping');
  if (!street || !town || !community) return;
  await seedDiaries(e, street, town);
  await seedCommunityMeetings(e, community.id);
  const townCommunity = index.regions.get('qingshan/qingshan');
  if (townCommunity) await seedTownMeetings(e, townCommunity.id);
  await seedTrainings(e, street.id);
  await seedRewards(e);
  await seedSupervision(e, community.id);
  const heping = await regionOf(trx, community.id);
  await seedDemoExpertQa(
    trx,
    { id: heping.id, path: heping.path, name: heping.name, topRegionId: heping.top_region_id ?? heping.id },
    { convener: e.users.get('lead1')!, teller: e.users.get('leader1') },
    e.now,
  );
}
