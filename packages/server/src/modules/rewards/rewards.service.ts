/**
 * Rewards and penalties (A10): proposed by someone who may record assessment items over the member,
 * approved or refused by another such person (never the proposer); approved points reach the
 * assessment (rewards-penalties). A member reads their own; readers of scores those of their area.
 */
import { actorWith, can, DomainError } from '@gridwork/core';
import { REWARD_KINDS, rewardProblems } from '@gridwork/core/assessment';
import { sql, type Selectable } from 'kysely';
import type { AppContext } from '../../context';
import type { RewardsTable } from '../../db/schema-team';
import { pathText, whereInScope } from '../../db/scope';
import { versionConflict } from '../../db/versioned';
import { isoShanghai } from '../../lib/time';
import { parsePath, type SessionUser } from '../auth/sessions.repository';
import { writeAudit } from '../audit/audit.repository';
import { throwIfAny } from '../households/resident-input';
import { getRegionInScope } from '../regions/regions.repository';
import { loadMember, teamBindingOf, topRegionOf } from '../team/members';
import type { CreateRewardBody } from './rewards.routes';
import { checkDates } from '../team/dates';

type Row = Selectable<RewardsTable> & { user_name: string; proposer_name: string; approver_name: string | null };

function base(ctx: AppContext) {
  return ctx.db
    .selectFrom('rewards as w')
    .innerJoin('users as u', 'u.id', 'w.user_id')
    .innerJoin('users as p', 'p.id', 'w.proposed_by')
    .leftJoin('users as a', 'a.id', 'w.approved_by')
    .selectAll('w')
    .select(['u.display_name as user_name', 'p.display_name as proposer_name', 'a.display_name as approver_name']);
}

const pathOf = (r: Pick<Row, 'region_path'>) => parsePath(r.region_path);

export async function getRewardInScope(ctx: AppContext, actor: SessionUser, id: number): Promise<Row> {
  const r = (await base(ctx).where('w.id', '=', id).executeTakeFirst()) as Row | undefined;
  if (r && (r.user_id === actor.id || can(actor, 'assessment.read', { path: pathOf(r) }))) return r;
  throw new DomainError('NOT_FOUND', `record ${id} not found`);
}

function present(actor: SessionUser, r: Row) {
  return {
    id: r.id,
    user: { id: r.user_id, name: r.user_name },
    regionId: r.region_id,
    kind: r.kind,
    ground: r.ground,
    points: Number(r.points),
    awardedOn: r.awarded_on,
    note: r.note,
    status: r.status,
    proposedBy: { id: r.proposed_by, name: r.proposer_name },
    approvedBy: r.approved_by === null ? null : { id: r.approved_by, name: r.approver_name ?? '' },
    approvedAt: r.approved_at ? isoShanghai(r.approved_at) : null,
    version: r.version,
    abilities: {
      decide:
        r.status === 'proposed' &&
        r.proposed_by !== actor.id &&
        r.user_id !== actor.id &&
        can(actor, 'assessment.score', { path: pathOf(r) }),
    },
  };
}

export async function proposeReward(ctx: AppContext, actor: SessionUser, body: CreateRewardBody, requestId: string) {
  const member = await loadMember(ctx, body.userId);
  const team = teamBindingOf(member) ?? member.roles[0];
  if (!team || !can(actor, 'assessment.score', { path: team.path }))
    throw new DomainError('FORBIDDEN', 'your role may not record rewards or penalties for this person');
  if (member.id === actor.id) throw new DomainError('FORBIDDEN', 'nobody records a reward or penalty for themselves');
  checkDates([['body.awardedOn', body.awardedOn]]);
  const points = body.points ?? REWARD_KINDS[body.kind as keyof typeof REWARD_KINDS].points;
  throwIfAny(rewardProblems(body.kind as keyof typeof REWARD_KINDS, body.ground, points));
  const now = ctx.clock();
  const topRegionId = await topRegionOf(ctx, team.regionId);
  const id = await ctx.db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('rewards')
      .values({
        top_region_id: topRegionId,
        user_id: member.id,
        region_id: team.regionId,
        region_path: pathText(team.path),
        kind: body.kind,
        ground: body.ground,
        note: body.note ?? null,
        points,
        awarded_on: body.awardedOn,
        proposed_by: actor.id,
        approved_by: null,
        approved_at: null,
        created_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await writeAudit(trx, {
      actorId: actor.id,
      action: 'reward.propose',
      entity: 'reward',
      entityId: row.id,
      regionId: team.regionId,
      topRegionId,
      after: { userId: member.id, kind: body.kind, points },
      requestId,
    });
    return row.id;
  });
  return present(actor, await getRewardInScope(ctx, actor, id));
}

export async function decideReward(
  ctx: AppContext,
  actor: SessionUser,
  id: number,
  approve: boolean,
  expectedVersion: number,
  requestId: string,
) {
  const r = await getRewardInScope(ctx, actor, id);
  if (!can(actor, 'assessment.score', { path: pathOf(r) }))
    throw new DomainError('FORBIDDEN', 'your role may not approve rewards or penalties here');
  if (r.proposed_by === actor.id || r.user_id === actor.id)
    throw new DomainError('FORBIDDEN', 'the proposer (or the person concerned) does not approve');
  if (r.status !== 'proposed')
    throw new DomainError('ACTION_NOT_ALLOWED', `this record is already ${r.status}`, { status: r.status, allowed: [] });
  const now = ctx.clock();
  await ctx.db.transaction().execute(async (trx) => {
    const res = await trx
      .updateTable('rewards')
      .set({ status: approve ? 'approved' : 'refused', approved_by: actor.id, approved_at: now, version: sql`version + 1` })
      .where('id', '=', id)
      .where('version', '=', expectedVersion)
      .where('status', '=', 'proposed')
      .executeTakeFirst();
    if (Number(res.numUpdatedRows) !== 1) throw versionConflict('reward', id);
    await writeAudit(trx, {
      actorId: actor.id,
      action: approve ? 'reward.approve' : 'reward.refuse',
      entity: 'reward',
      entityId: id,
      regionId: r.region_id,
      topRegionId: r.top_region_id,
      requestId,
    });
  });
  return present(actor, await getRewardInScope(ctx, actor, id));
}

export async function listRewards(ctx: AppContext, actor: SessionUser, q: { userId?: number; regionId?: number; year?: number }) {
  const readers = actorWith(actor, 'assessment.read');
  let query = base(ctx).where((eb) => eb.or([whereInScope(eb, readers, 'w.region_path'), eb('w.user_id', '=', actor.id)]));
  if (q.userId !== undefined) query = query.where('w.user_id', '=', q.userId);
  if (q.regionId !== undefined)
    query = query.where('w.region_path', 'like', `${(await getRegionInScope(ctx.db, actor, q.regionId)).path}%`);
  if (q.year !== undefined) query = query.where('w.awarded_on', '>=', `${q.year}-01-01`).where('w.awarded_on', '<=', `${q.year}-12-31`);
  const rows = (await query.orderBy('w.awarded_on', 'desc').orderBy('w.id', 'desc').limit(500).execute()) as Row[];
  return rows.map((r) => present(actor, r));
}
