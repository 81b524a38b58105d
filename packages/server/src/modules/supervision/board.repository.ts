import type { Actor } from '@gridwork/core';
import { sql, type ExpressionBuilder, type Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { whereInScope } from '../../db/scope';
import { FINISHED } from '../../db/case-status';

/**
 * Each policy version's warnShare, read once per version (OFFSET 0 keeps PostgreSQL from inlining
 * the subquery and re-reading the policy document for every case row).
 */
function warnShares(db: Kysely<DB>) {
  return db
    .selectFrom('policies')
    .select(['version', sql<number>`coalesce((values->'warnShare'->>'value')::float8, 0.8)`.as('warn')])
    .offset(0)
    .as('p');
}

/** Open cases under `regionPath` in the caller's scope: the partial index `cases_open_path_idx` answers these. */
function openUnder(eb: ExpressionBuilder<DB & { c: DB['cases'] }, 'c'>, actor: Actor, regionPath: string) {
  return eb.and([eb('c.grid_path', 'like', `${regionPath}%`), eb('c.status', 'not in', FINISHED), whereInScope(eb, actor, 'c.grid_path')]);
}

/**
 * Open cases under a region, counted per grid and light (C8); the caller folds grids into the
 * region's children. The light is derived from `now` at read time, as the presenter does: red once
 * past the deadline and not met; yellow once the policy's warnShare of the time limit has passed.
 */
export async function countLightsByGrid(db: Kysely<DB>, actor: Actor, regionPath: string, now: Date) {
  const red = sql<boolean>`c.met_at IS NULL AND c.deadline < ${now}`;
  const yellow = sql<boolean>`c.met_at IS NULL AND c.deadline >= ${now}
      AND c.clock_start + (c.deadline - c.clock_start) * p.warn <= ${now}`;
  return db
    .selectFrom('cases as c')
    .innerJoin(warnShares(db), 'p.version', 'c.policy_version')
    .select([
      'c.grid_path as gridPath',
      sql<number>`count(*)::int`.as('open'),
      sql<number>`count(*) FILTER (WHERE ${red})::int`.as('red'),
      sql<number>`count(*) FILTER (WHERE ${yellow})::int`.as('yellow'),
    ])
    .where((eb) => openUnder(eb, actor, regionPath))
    .where('c.grid_path', '!=', regionPath)
    .groupBy('c.grid_path')
    .execute();
}

/**
 * The yellow and red cases of one region (the drill-down's last level), most urgent first: the
 * first `limit` are chosen from the index alone, then only those rows are read.
 */
export async function listUrgentCases(db: Kysely<DB>, actor: Actor, regionPath: string, now: Date, limit: number) {
  const urgent = db
    .selectFrom('cases as c')
    .innerJoin(warnShares(db), 'p.version', 'c.policy_version')
    .select(['c.top_region_id', 'c.id', 'c.deadline'])
    .where((eb) => openUnder(eb, actor, regionPath))
    .where('c.met_at', 'is', null)
    .where(sql<boolean>`c.clock_start + (c.deadline - c.clock_start) * p.warn <= ${now}`)
    .orderBy('c.deadline')
    .orderBy('c.id')
    .limit(limit)
    .as('u');
  return db
    .selectFrom(urgent)
    .innerJoin('cases as c', (j) => j.onRef('c.top_region_id', '=', 'u.top_region_id').onRef('c.id', '=', 'u.id'))
    .select([
      'c.id',
      'c.title',
      'c.grid_id as gridId',
      'c.status',
      'c.deadline',
      'c.case_class as caseClass',
      'c.tier',
      'c.handling_unit as handlingUnit',
    ])
    .orderBy('u.deadline')
    .orderBy('u.id')
    .execute();
}
