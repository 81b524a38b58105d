import type { Actor } from '@gridwork/core';
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { whereInScope } from '../../db/scope';

const FINISHED = ['closed', 'archived', 'rejected', 'merged'];

/**
 * Open cases under a region, counted per child region and light (C8). The light is derived from
 * `now` at read time, as the presenter does: red once past the deadline and not met; yellow once
 * the policy's warnShare of the time limit has passed.
 */
export async function countLightsByChild(db: Kysely<DB>, actor: Actor, regionPath: string, now: Date) {
  const warn = sql<number>`coalesce((p.values->'warnShare'->>'value')::float8, 0.8)`;
  const child = sql<number>`split_part(substr(c.grid_path, ${regionPath.length + 1}), '/', 1)::int`;
  const red = sql<boolean>`c.met_at IS NULL AND c.deadline < ${now}`;
  const yellow = sql<boolean>`c.met_at IS NULL AND c.deadline >= ${now} AND c.clock_start + (c.deadline - c.clock_start) * ${warn} <= ${now}`;
  return db
    .selectFrom('cases as c')
    .innerJoin('policies as p', 'p.version', 'c.policy_version')
    .select([
      child.as('childId'),
      sql<number>`count(*)::int`.as('open'),
      sql<number>`count(*) FILTER (WHERE ${red})::int`.as('red'),
      sql<number>`count(*) FILTER (WHERE ${yellow})::int`.as('yellow'),
    ])
    .where('c.grid_path', 'like', `${regionPath}%`)
    .where('c.grid_path', '!=', regionPath)
    .where('c.status', 'not in', FINISHED)
    .where((eb) => whereInScope(eb, actor, 'c.grid_path'))
    .groupBy(sql`1`)
    .execute();
}

/** The yellow and red cases of one region (the drill-down's last level), most urgent first. */
export async function listUrgentCases(db: Kysely<DB>, actor: Actor, regionPath: string, now: Date, limit: number) {
  const warn = sql<number>`coalesce((p.values->'warnShare'->>'value')::float8, 0.8)`;
  return db
    .selectFrom('cases as c')
    .innerJoin('policies as p', 'p.version', 'c.policy_version')
    .select(['c.id', 'c.title', 'c.grid_id as gridId', 'c.status', 'c.deadline', 'c.case_class as caseClass', 'c.tier', 'c.handling_unit as handlingUnit'])
    .where('c.grid_path', 'like', `${regionPath}%`)
    .where('c.status', 'not in', FINISHED)
    .where('c.met_at', 'is', null)
    .where(sql<boolean>`c.clock_start + (c.deadline - c.clock_start) * ${warn} <= ${now}`)
    .where((eb) => whereInScope(eb, actor, 'c.grid_path'))
    .orderBy('c.deadline')
    .limit(limit)
    .execute();
}
