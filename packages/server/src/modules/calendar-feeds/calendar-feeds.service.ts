/**
 * Private calendar feeds (issue "Team operations" item 9): each user's meetings, training sessions
 * and visit rounds as an iCal feed at a secret address, revocable (a new address replaces the old one).
 * The token is shown once and kept only as its SHA-256.
 */
import { createHash, randomBytes } from 'node:crypto';
import { DomainError } from '@gridwork/core';
import { addDays, shanghaiDate } from '@gridwork/core/calendar';
import { periodOf, windowOf } from '@gridwork/core/obligations';
import { obligationsOf, type PolicyValues } from '@gridwork/core/policy';
import type { AppContext } from '../../context';
import { pathText } from '../../db/scope';
import { loadActor, type SessionUser } from '../auth/sessions.repository';
import { writeAudit } from '../audit/audit.repository';
import { findPolicyInForce } from '../policy/policy.repository';
import { teamBindingOf } from '../team/members';
import { icalCalendar, type IcalEvent } from './ical';

const hash = (token: string) => createHash('sha256').update(token).digest('base64url');
const PAST_DAYS = 90;
const AHEAD_DAYS = 180;

export async function feedStatus(ctx: AppContext, actor: SessionUser) {
  const row = await ctx.db.selectFrom('calendar_feeds').select('created_at').where('user_id', '=', actor.id).executeTakeFirst();
  return { active: Boolean(row), createdAt: row ? row.created_at.toISOString() : null };
}

/** A new secret address (the old one stops working). */
export async function createFeed(ctx: AppContext, actor: SessionUser, requestId: string) {
  const token = randomBytes(32).toString('base64url');
  const now = ctx.clock();
  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .insertInto('calendar_feeds')
      .values({ user_id: actor.id, token_hash: hash(token), created_at: now })
      .onConflict((oc) => oc.column('user_id').doUpdateSet({ token_hash: hash(token), created_at: now }))
      .execute();
    await writeAudit(trx, { actorId: actor.id, action: 'calendar-feed.create', entity: 'user', entityId: actor.id, requestId });
  });
  return { url: `/api/v1/calendar-feeds/${token}.ics`, createdAt: now.toISOString() };
}

export async function revokeFeed(ctx: AppContext, actor: SessionUser, requestId: string): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    await trx.deleteFrom('calendar_feeds').where('user_id', '=', actor.id).execute();
    await writeAudit(trx, { actorId: actor.id, action: 'calendar-feed.revoke', entity: 'user', entityId: actor.id, requestId });
  });
}

/** The feed of the token's owner (404 for an unknown or revoked token, or an inactive account). */
export async function feedText(ctx: AppContext, file: string): Promise<string> {
  const token = /^([A-Za-z0-9_-]{43})\.ics$/.exec(file)?.[1];
  const row = token
    ? await ctx.db
        .selectFrom('calendar_feeds as f')
        .innerJoin('users as u', 'u.id', 'f.user_id')
        .select(['u.id', 'u.username', 'u.display_name', 'u.active'])
        .where('f.token_hash', '=', hash(token))
        .executeTakeFirst()
    : undefined;
  if (!row?.active) throw new DomainError('NOT_FOUND', 'no such calendar');
  const user = await loadActor(ctx.db, row.id, row.username, row.display_name);
  const now = ctx.clock();
  const from = new Date(now.getTime() - PAST_DAYS * 86_400_000);
  const to = new Date(now.getTime() + AHEAD_DAYS * 86_400_000);
  const meetings = await ctx.db
    .selectFrom('meetings as m')
    .innerJoin('meeting_invitees as i', 'i.meeting_id', 'm.id')
    .select(['m.id', 'm.title', 'm.starts_at', 'm.place', 'm.status'])
    .where('i.user_id', '=', user.id)
    .where('m.status', '!=', 'cancelled')
    .where('m.starts_at', '>=', from)
    .where('m.starts_at', '<', to)
    .execute();
  const events: IcalEvent[] = meetings.map((m) => ({
    uid: `meeting-${m.id}@gridwork`,
    summary: m.title,
    start: m.starts_at,
    minutes: 60,
    location: m.place,
  }));
  const team = teamBindingOf(user);
  if (team) {
    const prefixes = team.path.map((_, i) => pathText(team.path.slice(0, i + 1)));
    const trainings = await ctx.db
      .selectFrom('trainings')
      .select(['id', 'topic', 'starts_at', 'minutes', 'materials'])
      .where('region_path', 'in', prefixes)
      .where('starts_at', '>=', from)
      .where('starts_at', '<', to)
      .execute();
    for (const t of trainings) {
      events.push({
        uid: `training-${t.id}@gridwork`,
        summary: `培训：${t.topic}`,
        start: t.starts_at,
        minutes: t.minutes,
        description: t.materials,
      });
    }
    events.push(...(await roundEvents(ctx, team.path, shanghaiDate(now))));
  }
  return icalCalendar(`网格通 · ${row.display_name}`, events, now);
}

/** C2.2 D6: the visiting windows of round obligations (a window in a quarter or year) over the coming half year. */
async function roundEvents(ctx: AppContext, path: readonly number[], today: string): Promise<IcalEvent[]> {
  const policy = await findPolicyInForce(ctx.db, [...path]);
  if (!policy) return [];
  const out: IcalEvent[] = [];
  for (const o of obligationsOf(policy.values as PolicyValues)) {
    const ob = o.obligation;
    if (o.section !== 'visits' || !ob.window || (ob.period !== 'quarter' && ob.period !== 'year')) continue;
    for (let d = addDays(today, -PAST_DAYS); d <= addDays(today, AHEAD_DAYS); d = addDays(d, 28)) {
      const w = windowOf(ob.period, periodOf(ob.period, d), ob.window);
      if (!w || out.some((e) => e.start === w.start)) continue;
      out.push({
        uid: `round-${o.code}-${w.start}@gridwork`,
        summary: `集中走访：${ob.label?.zh ?? o.code}`,
        start: w.start,
        lastDate: w.end,
        description: `${ob.rule}`,
      });
    }
  }
  return out;
}
