import { can, DomainError } from '@gridwork/core';
import { Type, type Static } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import type { Kysely, Transaction } from 'kysely';
import type { AppContext } from '../../context';
import type { DB } from '../../db/schema';
import { versionConflict } from '../../db/versioned';
import { isoShanghai } from '../../lib/time';
import { requireActor } from '../../plugins/auth';
import { errorResponses } from '../../plugins/openapi';
import { existsInScope } from '../../plugins/scope-check';
import type { SessionUser } from '../auth/sessions.repository';
import { writeAudit } from '../audit/audit.repository';
import { loadPublicationRules } from '../open311/open311-publication';
import { findRequest } from '../open311/open311.repository';
import { caseTarget } from './case-access';
import { getCaseInScope, type CaseRow } from './cases.repository';

/**
 * The reviewed public note of a case (C3, D10, D11): the only text of a case the public Open311 feed
 * shows (`status_notes`). Nothing from the timeline goes out by itself: someone who may answer the
 * case (the registry's case.write-public-note: its coordinators or its handler) writes or approves the note, for a case the policy
 * publishes. Append-only versions, each audited with who approved it and when; the latest is public.
 * The reviewer is offered a suggestion to edit (the latest answer, closing details or feedback note).
 */
type Db = Kysely<DB> | Transaction<DB>;

/** Not blank; no control characters but tab and line breaks (PostgreSQL text holds no NUL). */
const NoteText = Type.String({
  minLength: 1,
  maxLength: 1000,
  pattern: '^(?=[\\s\\S]*\\S)[^\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F]*$',
});
const Body = Type.Object(
  {
    text: NoteText,
    expectedVersion: Type.Optional(
      Type.Integer({ minimum: 0, maximum: 2_147_483_647, description: 'the note version shown (0: none yet)' }),
    ),
  },
  { additionalProperties: false },
);
const Note = Type.Object({
  version: Type.Integer(),
  text: Type.String(),
  approvedBy: Type.Object({ id: Type.Integer(), name: Type.String() }),
  approvedAt: Type.String(),
});
const PublicNoteView = Type.Object({
  published: Type.Boolean({ description: 'the policy publishes this case in the Open311 feed' }),
  note: Type.Union([Note, Type.Null()]),
  suggestion: Type.Union([Type.String(), Type.Null()], {
    description: 'text to review, never published as it is; only with abilities.write',
  }),
  abilities: Type.Object({ write: Type.Boolean() }),
});
const Params = Type.Object({ id: Type.Integer({ minimum: 1, maximum: 2_147_483_647 }) });

async function currentNote(db: Db, row: CaseRow): Promise<Static<typeof Note> | null> {
  const n = await db
    .selectFrom('case_public_notes as n')
    .innerJoin('users as u', 'u.id', 'n.approved_by')
    .select(['n.version', 'n.text', 'n.approved_by', 'u.display_name', 'n.approved_at'])
    .where('n.top_region_id', '=', row.top_region_id)
    .where('n.case_id', '=', row.id)
    .orderBy('n.version', 'desc')
    .limit(1)
    .executeTakeFirst();
  return n
    ? { version: n.version, text: n.text, approvedBy: { id: n.approved_by, name: n.display_name }, approvedAt: isoShanghai(n.approved_at) }
    : null;
}

/** Timeline actions whose text speaks to the resident: the answer, on-the-spot result, closing details, feedback note, a merge. */
const SUGGESTION_ACTIONS = ['respond', 'resolve-on-spot', 'feedback', 'close', 'merge'];

async function suggestionOf(db: Db, row: CaseRow): Promise<string | null> {
  const entries = await db
    .selectFrom('case_timeline')
    .select(['action', 'details'])
    .where('top_region_id', '=', row.top_region_id)
    .where('case_id', '=', row.id)
    .where('action', 'in', SUGGESTION_ACTIONS)
    .orderBy('seq', 'desc')
    .execute();
  for (const e of entries) {
    const d = (e.details ?? {}) as Record<string, unknown>;
    if (e.action === 'merge') return `已与第 ${String(d.intoCaseId)} 号诉求合并办理。`;
    const text = e.action === 'feedback' ? d.note : d.details;
    if (typeof text === 'string' && text.trim()) return text.trim().slice(0, 1000);
  }
  return null;
}

/** The same rule as the Open311 reads: the case is one they would return (open311-publication.ts). */
async function isPublished(db: Db, row: CaseRow): Promise<boolean> {
  return !!(await findRequest(db, row.id, { regionPath: null, topRegionId: row.top_region_id, rules: await loadPublicationRules(db) }));
}

function mayWrite(actor: SessionUser, row: CaseRow): boolean {
  return can(actor, 'case.write-public-note', caseTarget(row));
}

async function viewOf(ctx: AppContext, actor: SessionUser, row: CaseRow): Promise<Static<typeof PublicNoteView>> {
  const write = mayWrite(actor, row);
  const [published, note, suggestion] = await Promise.all([
    isPublished(ctx.db, row),
    currentNote(ctx.db, row),
    write ? suggestionOf(ctx.db, row) : null,
  ]);
  return { published, note, suggestion, abilities: { write } };
}

const isNoteRace = (e: unknown) =>
  (e as { code?: string; constraint?: string })?.code === '23505' && (e as { constraint?: string }).constraint === 'case_public_notes_pkey';

async function writeNote(ctx: AppContext, actor: SessionUser, caseId: number, body: Static<typeof Body>, requestId: string) {
  const row = await getCaseInScope(ctx.db, actor, caseId);
  if (!mayWrite(actor, row)) throw new DomainError('FORBIDDEN', 'only someone who may answer this case may approve its public note');
  const text = body.text.trim();
  try {
    await ctx.db.transaction().execute(async (trx) => {
      const before = await currentNote(trx, row);
      const version = (before?.version ?? 0) + 1;
      if (body.expectedVersion !== undefined && body.expectedVersion !== version - 1)
        throw versionConflict('the public note of case', row.id);
      if (!(await isPublished(trx, row)))
        throw new DomainError('CASE_NOT_PUBLISHED', 'the policy does not publish this case in the Open311 feed');
      await trx
        .insertInto('case_public_notes')
        .values({ top_region_id: row.top_region_id, case_id: row.id, version, text, approved_by: actor.id, approved_at: ctx.clock() })
        .execute();
      await writeAudit(trx, {
        actorId: actor.id,
        action: 'case.public-note',
        entity: 'case',
        entityId: row.id,
        regionId: row.grid_id,
        topRegionId: row.top_region_id,
        before: before ? { version: before.version, text: before.text } : null,
        after: { version, text },
        requestId,
      });
    });
  } catch (e) {
    throw isNoteRace(e) ? versionConflict('the public note of case', row.id) : e;
  }
  return viewOf(ctx, actor, row);
}

export function publicNoteRoutes(app: FastifyInstance, ctx: AppContext): void {
  const tags = ['cases'];
  const inScope = existsInScope((actor, id) => getCaseInScope(ctx.db, actor, id));
  app.get<{ Params: Static<typeof Params> }>(
    '/api/v1/cases/:id/public-note',
    {
      preValidation: inScope,
      schema: {
        tags,
        summary: 'The reviewed public note (Open311 status_notes) and whether the case is published',
        params: Params,
        response: { 200: PublicNoteView, ...errorResponses(401, 404) },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      return viewOf(ctx, actor, await getCaseInScope(ctx.db, actor, req.params.id));
    },
  );
  app.post<{ Params: Static<typeof Params>; Body: Static<typeof Body> }>(
    '/api/v1/cases/:id/public-note',
    {
      preValidation: inScope,
      schema: {
        tags,
        summary: 'Write or approve the public note of a published case (C3, D10, D11)',
        params: Params,
        body: Body,
        response: { 200: PublicNoteView, ...errorResponses(400, 401, 403, 404, 409, 422) },
      },
    },
    async (req) => writeNote(ctx, requireActor(req), req.params.id, req.body, req.id),
  );
}
