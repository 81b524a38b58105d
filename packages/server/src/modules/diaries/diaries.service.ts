/** Field diaries (A5, C4; API contract "Team operations"): write, read, review, shortlist and select. */
import { abilitiesOf, assertCan, can, DomainError } from '@gridwork/core';
import { addDays, shanghaiDate } from '@gridwork/core/calendar';
import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema';
import { isoShanghai } from '../../lib/time';
import type { AppContext } from '../../context';
import { runIdempotent, type IdempotencyKey, type StoredResponse } from '../../plugins/idempotency';
import { pathText } from '../../db/scope';
import { versionConflict } from '../../db/versioned';
import type { SessionUser } from '../auth/sessions.repository';
import { writeAudit } from '../audit/audit.repository';
import { throwIfAny, type FieldProblem } from '../households/resident-input';
import { loadMember, teamBindingOf, topRegionOf } from '../team/members';
import * as repo from './diaries.repository';
import type { CreateDiaryBody, DiaryListQuery, DiaryView, UpdateDiaryBody } from './diaries.schemas';
import { checkDates, checkInstants } from '../team/dates';

const FUTURE_SLACK_MS = 5 * 60_000;
/** Older entries are back-entry (API contract): paper notebooks transcribed by back-entry roles. */
const BACK_ENTRY_AFTER_MS = 7 * 86_400_000;
const TEXT_FIELDS = ['place', 'people', 'content', 'background', 'cause', 'suggestions', 'solution', 'outcome', 'reflection'] as const;

const targetOf = (d: repo.DiaryRow) => ({ path: d.region_path.split('/').filter(Boolean).map(Number), record: { authorId: d.author_id } });

/** The entry if the actor may read it (A5.6: reviewers in scope, or its author); 404 otherwise. */
export async function getDiaryInScope(ctx: AppContext, actor: SessionUser, id: number): Promise<repo.DiaryRow> {
  const d = await repo.findDiary(ctx.db, id);
  if (!d || !can(actor, 'diary.read', targetOf(d))) throw new DomainError('NOT_FOUND', `diary entry ${id} not found`);
  return d;
}

export async function createDiary(
  ctx: AppContext,
  actor: SessionUser,
  body: CreateDiaryBody,
  key: IdempotencyKey | null,
  requestId: string,
): Promise<StoredResponse> {
  const now = ctx.clock();
  checkInstants([['body.occurredAt', body.occurredAt]]);
  const self = body.authorId === undefined || body.authorId === actor.id;
  const author = self ? actor : await loadMember(ctx, body.authorId!);
  const team = teamBindingOf(author);
  const occurredAt = new Date(body.occurredAt);
  // contract order: the body's problems (400) before the role's (403)
  const problems: FieldProblem[] = [];
  if (!team && !self) problems.push({ field: 'body.authorId', problem: 'not-a-member', message: 'this person keeps no field diary' });
  if (occurredAt.getTime() > now.getTime() + FUTURE_SLACK_MS)
    problems.push({ field: 'body.occurredAt', problem: 'future', message: 'must not be in the future' });
  throwIfAny(problems);
  // someone else's notebook: only back-entry roles over the author's team
  if (!self) assertCan(actor, 'diary.back-enter', { path: team!.path });
  else if (!team) throw new DomainError('FORBIDDEN', 'your role keeps no field diary (A5.2: team members do)');
  const backEntry = !self || now.getTime() - occurredAt.getTime() > BACK_ENTRY_AFTER_MS;
  if (backEntry) assertCan(actor, 'diary.back-enter', { path: team!.path });
  const topRegionId = await topRegionOf(ctx, team!.regionId);
  return runIdempotent(ctx.db, key, now, async (trx) => {
    const id = await repo.insertDiary(trx, {
      top_region_id: topRegionId,
      region_id: team!.regionId,
      region_path: pathText(team!.path),
      author_id: author.id,
      occurred_at: occurredAt,
      place: body.place,
      people: body.people,
      content: body.content,
      background: body.background ?? null,
      cause: body.cause ?? null,
      suggestions: body.suggestions ?? null,
      solution: body.solution ?? null,
      outcome: body.outcome ?? null,
      reflection: body.reflection ?? null,
      case_ids: body.caseIds ?? [],
      visit_ids: body.visitIds ?? [],
      back_entered: backEntry,
      created_by: actor.id,
      created_at: now,
    });
    await writeAudit(trx, {
      actorId: actor.id,
      action: backEntry ? 'diary.back-enter' : 'diary.create',
      entity: 'diary',
      entityId: id,
      regionId: team!.regionId,
      topRegionId,
      after: { authorId: author.id, occurredAt: occurredAt.toISOString() },
      requestId,
    });
    const row = (await repo.findDiary(trx, id))!;
    return { status: 201, body: (await present(trx, actor, [row]))[0] };
  });
}

export async function getDiary(ctx: AppContext, actor: SessionUser, id: number): Promise<DiaryView> {
  return (await present(ctx.db, actor, [await getDiaryInScope(ctx, actor, id)]))[0];
}

export async function listDiaries(ctx: AppContext, actor: SessionUser, q: DiaryListQuery, regionPath?: string) {
  checkDates([
    ['querystring.from', q.from],
    ['querystring.to', q.to],
  ]);
  const { total, rows } = await repo.listDiaries(ctx.db, actor, {
    userId: q.userId,
    regionPath,
    from: q.from ? new Date(`${q.from}T00:00:00+08:00`) : undefined,
    to: q.to ? new Date(`${addDays(q.to, 1)}T00:00:00+08:00`) : undefined,
    selected: q.selected,
    limit: q.limit ?? 50,
    offset: q.offset ?? 0,
  });
  return { total, items: await present(ctx.db, actor, rows) };
}

/** The edit rule (`diary.edit`): who may correct the entry or add to it (its photos too). */
export function assertMayEditDiary(actor: SessionUser, d: repo.DiaryRow): void {
  assertCan(actor, 'diary.edit', targetOf(d));
}

/** An entry selected excellent is kept as it was judged (409); run in the transaction that changes it. */
export async function assertDiaryNotJudged(trx: Transaction<DB>, id: number): Promise<void> {
  const selected = await trx
    .selectFrom('diary_selections')
    .select('month')
    .where('diary_id', '=', id)
    .where('status', '=', 'selected')
    .executeTakeFirst();
  if (selected) throw new DomainError('ACTION_NOT_ALLOWED', 'an entry selected excellent is kept as it was judged', { allowed: [] });
}

/** The author corrects the entry until it is selected excellent (then it is what was judged). */
export async function updateDiary(ctx: AppContext, actor: SessionUser, id: number, body: UpdateDiaryBody, requestId: string) {
  const d = await getDiaryInScope(ctx, actor, id);
  assertMayEditDiary(actor, d);
  const fields = Object.fromEntries(TEXT_FIELDS.filter((f) => body[f] !== undefined).map((f) => [f, body[f] ?? null]));
  for (const f of ['place', 'people', 'content'] as const) {
    if (f in fields && !fields[f]) throwIfAny([{ field: `body.${f}`, message: 'must not be empty' }]);
  }
  const now = ctx.clock();
  await ctx.db.transaction().execute(async (trx) => {
    await assertDiaryNotJudged(trx, id);
    if (!(await repo.updateDiary(trx, id, body.expectedVersion, fields, now))) throw versionConflict('diary entry', id);
    await writeAudit(trx, {
      actorId: actor.id,
      action: 'diary.update',
      entity: 'diary',
      entityId: id,
      regionId: d.region_id,
      topRegionId: d.top_region_id,
      after: fields,
      requestId,
    });
  });
  return getDiary(ctx, actor, id);
}

/** A5.6 C4: a reviewer in scope comments on someone else's entry. */
export async function reviewDiary(ctx: AppContext, actor: SessionUser, id: number, comment: string, requestId: string) {
  const d = await getDiaryInScope(ctx, actor, id);
  assertCan(actor, 'diary.review', targetOf(d));
  if (d.author_id === actor.id) throw new DomainError('FORBIDDEN', 'an entry is reviewed by someone other than its author');
  await ctx.db.transaction().execute(async (trx) => {
    await repo.insertReview(trx, id, actor.id, comment, ctx.clock());
    await writeAudit(trx, {
      actorId: actor.id,
      action: 'diary.review',
      entity: 'diary',
      entityId: id,
      regionId: d.region_id,
      topRegionId: d.top_region_id,
      requestId,
    });
  });
  return getDiary(ctx, actor, id);
}

/**
 * A5.5: shortlist (the workstation, the lead) or select excellent for a month (the community grid
 * lead). Never one's own entry (403 SELF_SELECTION). The month is the entry's own or a later one up to now.
 */
export async function markDiary(
  ctx: AppContext,
  actor: SessionUser,
  id: number,
  month: string,
  status: 'shortlisted' | 'selected',
  requestId: string,
) {
  const d = await getDiaryInScope(ctx, actor, id);
  const now = ctx.clock();
  const entryMonth = shanghaiDate(d.occurred_at).slice(0, 7);
  const thisMonth = shanghaiDate(now).slice(0, 7);
  if (month < entryMonth || month > thisMonth) {
    throwIfAny([{ field: 'body.month', problem: 'out-of-range', message: `must lie between ${entryMonth} and ${thisMonth}` }]);
  }
  assertCan(actor, status === 'selected' ? 'diary.select' : 'diary.shortlist', targetOf(d));
  if (d.author_id === actor.id) throw new DomainError('SELF_SELECTION', 'nobody shortlists or selects their own entry (A5.5)');
  await ctx.db.transaction().execute(async (trx) => {
    // one selection per entry (its points count once): the entry's row lock orders concurrent selections
    await trx.selectFrom('diaries').select('id').where('id', '=', id).forUpdate().executeTakeFirst();
    const chosen = await trx
      .selectFrom('diary_selections')
      .select('month')
      .where('diary_id', '=', id)
      .where('status', '=', 'selected')
      .where('month', '!=', month)
      .executeTakeFirst();
    if (chosen)
      throw new DomainError('ACTION_NOT_ALLOWED', `this entry was selected for ${chosen.month} already`, {
        month: chosen.month,
        allowed: [],
      });
    await repo.upsertSelection(trx, { diaryId: id, month, status, authorId: d.author_id, byId: actor.id, at: now });
    await writeAudit(trx, {
      actorId: actor.id,
      action: status === 'selected' ? 'diary.select' : 'diary.shortlist',
      entity: 'diary',
      entityId: id,
      regionId: d.region_id,
      topRegionId: d.top_region_id,
      after: { month },
      requestId,
    });
  });
  return getDiary(ctx, actor, id);
}

type Db = Parameters<typeof repo.listReviews>[0];

async function present(db: Db, actor: SessionUser, rows: repo.DiaryRow[]): Promise<DiaryView[]> {
  const ids = rows.map((r) => r.id);
  const [reviews, selections] = await Promise.all([repo.listReviews(db, ids), repo.listSelections(db, ids)]);
  return rows.map((d) => {
    const target = targetOf(d);
    const own = d.author_id === actor.id;
    const abilities = abilitiesOf(actor, 'diary', target);
    return {
      id: d.id,
      authorId: d.author_id,
      author: { id: d.author_id, name: d.author_name },
      regionId: d.region_id,
      regionName: d.region_name,
      occurredAt: isoShanghai(d.occurred_at),
      place: d.place,
      people: d.people,
      content: d.content,
      background: d.background,
      cause: d.cause,
      suggestions: d.suggestions,
      solution: d.solution,
      outcome: d.outcome,
      reflection: d.reflection,
      caseIds: d.case_ids,
      visitIds: d.visit_ids,
      backEntered: d.back_entered,
      createdBy: d.created_by,
      createdAt: isoShanghai(d.created_at),
      version: d.version,
      reviews: reviews
        .filter((v) => v.diary_id === d.id)
        .map((v) => ({
          id: v.id,
          reviewer: { id: v.reviewer_id, name: v.reviewer_name },
          comment: v.comment,
          at: isoShanghai(v.created_at),
        })),
      selections: selections
        .filter((s) => s.diary_id === d.id)
        .map((s) => ({ month: s.month, status: s.status, by: { id: s.by_id, name: s.by_name }, at: isoShanghai(s.at) })),
      abilities: {
        edit: abilities.edit,
        review: abilities.review && !own,
        shortlist: abilities.shortlist && !own,
        select: abilities.select && !own,
      },
    };
  });
}
