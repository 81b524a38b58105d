/** SQL of the monthly analysis list (analysis.service.ts): open and hot cases of a region up to a month's end. */
import type { Actor } from '@gridwork/core';
import { sql, type Kysely } from 'kysely';
import { FINISHED, isUnfinished } from '../../db/case-status';
import type { DB } from '../../db/schema';
import { whereInScope } from '../../db/scope';

const ESCALATED = sql<boolean>`(c.state->>'escalations')::int >= 2`;
const MERGED = sql<boolean>`EXISTS (SELECT 1 FROM cases m WHERE m.top_region_id = c.top_region_id
  AND (m.state->>'mergedInto')::bigint = c.id)`;
const FLAGGED = sql<boolean>`EXISTS (SELECT 1 FROM case_annotations a WHERE a.top_region_id = c.top_region_id AND a.case_id = c.id
  AND a.kind = 'hot-flag')`;
const HOT = sql<boolean>`(${ESCALATED} OR ${MERGED} OR ${FLAGGED})`;
/** Why a case is hot, in the order the list shows them. */
export const HOT_REASONS = ['several-residents', 'escalated', 'flagged'] as const;

export async function analysisRows(db: Kysely<DB>, actor: Actor, regionPath: string, monthEnd: Date) {
  return db
    .selectFrom('cases as c')
    .innerJoin('regions as g', 'g.id', 'c.grid_id')
    .select([
      'c.id',
      'c.title',
      'c.status',
      'c.category',
      'c.case_class as caseClass',
      'c.tier',
      'c.deadline',
      'c.grid_id as gridId',
      'g.name as gridName',
      HOT.as('hot'),
      MERGED.as('several-residents'),
      ESCALATED.as('escalated'),
      FLAGGED.as('flagged'),
      isUnfinished('c.status').as('open'),
    ])
    .where('c.grid_path', 'like', `${regionPath}%`)
    .where('c.received_at', '<=', monthEnd)
    .where((eb) => eb.or([eb('c.status', 'not in', FINISHED), HOT]))
    .where((eb) => whereInScope(eb, actor, 'c.grid_path'))
    .orderBy('g.code')
    .orderBy('c.deadline')
    .limit(2000)
    .execute();
}
