/**
 * The case list's search (issue 11 item 8): one filter builder for the page, its row count and the
 * export, always inside the caller's scope. The keyword reads the case's own words (title,
 * description, the address given) and its number, never the sealed reporter table (A9.4, C3, D10).
 * Region and scope are path prefixes and the date range is on received_at: the path/received index.
 */
import type { Actor } from '@gridwork/core';
import { sql, type ExpressionBuilder, type Expression, type Kysely, type SqlBool, type Transaction } from 'kysely';
import { FINISHED, isFinished } from '../../db/case-status';
import type { DB } from '../../db/schema';
import { whereInScope } from '../../db/scope';
import type { CaseRow } from './cases.repository';

type Db = Kysely<DB> | Transaction<DB>;

export interface CaseSearch {
  status?: 'open' | 'finished' | string;
  gridId?: number;
  /** a region's path ('/1/2/'): the cases of every grid under it */
  regionPath?: string;
  householdId?: number;
  /** the user whose own cases (owner, handler, creator) are asked for */
  mine?: number;
  source?: string;
  category?: string;
  q?: string;
  /** received at or after (inclusive) */
  from?: Date;
  /** received before (exclusive) */
  until?: Date;
}

/** `%text%` for LIKE with its wildcards escaped (backslash is PostgreSQL's default escape). */
export function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
}

/** A keyword that is a case number: digits, optionally after '#'. */
function caseNumberOf(q: string): number | null {
  const m = /^#?(\d{1,9})$/.exec(q);
  return m ? Number(m[1]) : null;
}

function keyword(eb: ExpressionBuilder<DB, 'cases'>, q: string): Expression<SqlBool> {
  const like = likePattern(q);
  const hits = [eb('cases.title', 'ilike', like), eb('cases.description', 'ilike', like), eb('cases.address', 'ilike', like)];
  const n = caseNumberOf(q);
  return eb.or(n === null ? hits : [...hits, eb('cases.id', '=', n)]);
}

/** The cases in the actor's scope matching `s` (no order, no paging). */
export function searchCases(db: Db, actor: Actor, s: CaseSearch) {
  let query = db.selectFrom('cases').where((eb) => whereInScope(eb, actor, 'cases.grid_path'));
  if (s.status === 'open') query = query.where('cases.status', 'not in', FINISHED);
  else if (s.status === 'finished') query = query.where('cases.status', 'in', FINISHED);
  else if (s.status) query = query.where('cases.status', '=', s.status);
  if (s.gridId) query = query.where('cases.grid_id', '=', s.gridId);
  if (s.regionPath) query = query.where('cases.grid_path', 'like', `${s.regionPath}%`);
  if (s.source) query = query.where('cases.source', '=', s.source);
  if (s.category) query = query.where('cases.category', '=', s.category);
  if (s.from) query = query.where('cases.received_at', '>=', s.from);
  if (s.until) query = query.where('cases.received_at', '<', s.until);
  const q = s.q?.trim();
  if (q) query = query.where((eb) => keyword(eb, q));
  if (s.householdId)
    query = query.where('cases.visit_id', 'in', db.selectFrom('visits').select('id').where('household_id', '=', s.householdId));
  if (s.mine) {
    const me = s.mine;
    query = query.where((eb) => eb.or([eb('cases.owner_id', '=', me), eb('cases.handler_id', '=', me), eb('cases.created_by', '=', me)]));
  }
  return query;
}

/** One page, open ones by urgency (deadline first), then the newest. */
export async function listCasesInScope(db: Db, actor: Actor, s: CaseSearch & { limit: number; offset: number }): Promise<CaseRow[]> {
  return (
    searchCases(db, actor, s)
      .selectAll('cases')
      // by urgency: unmet open cases by deadline, then open cases whose limit is met, then finished ones
      .orderBy(sql`CASE WHEN ${isFinished('cases.status')} THEN 2 WHEN cases.met_at IS NOT NULL THEN 1 ELSE 0 END`)
      .orderBy('cases.deadline')
      .orderBy('cases.id', 'desc')
      .limit(s.limit)
      .offset(s.offset)
      .execute()
  );
}

/** How many cases match (the list's row count). */
export async function countCasesInScope(db: Db, actor: Actor, s: CaseSearch): Promise<number> {
  const row = await searchCases(db, actor, s)
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Sealed reporters of the listed cases for an export: the masked columns only (never the phone's plaintext or sealed value). */
export async function listReporterMasks(db: Db, rows: ReadonlyArray<Pick<CaseRow, 'top_region_id' | 'id'>>) {
  if (rows.length === 0)
    return new Map<string, { name: string | null; phoneMask: string | null; anonymous: boolean; confidential: boolean }>();
  const found = await db
    .selectFrom('case_reporters')
    .select(['top_region_id', 'case_id', 'name', 'phone_mask', 'anonymous', 'confidential'])
    .where('top_region_id', 'in', [...new Set(rows.map((r) => r.top_region_id))])
    .where(
      'case_id',
      'in',
      rows.map((r) => r.id),
    )
    .execute();
  return new Map(
    found.map((r) => [
      `${r.top_region_id}:${r.case_id}`,
      { name: r.name, phoneMask: r.phone_mask, anonymous: r.anonymous, confidential: r.confidential },
    ]),
  );
}
