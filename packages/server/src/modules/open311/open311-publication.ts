import { open311PublicationOf, type PolicyValues } from '@gridwork/core/policy';
import { sql, type Kysely, type RawBuilder, type SqlBool, type Transaction } from 'kysely';
import type { DB } from '../../db/schema';

type Db = Kysely<DB> | Transaction<DB>;

/**
 * What the public Open311 feed may show (C3, D10, D11): the policy in force at a case's grid (the
 * latest version attached at the nearest region above it) says, in `publication.open311`, whether
 * the requests filed through Open311 are public and which categories are. A case under no policy
 * is never public.
 */
export interface PublicationRule {
  /** The path of the region the policy is attached to (`/1/2/`); it governs the subtree without a policy of its own. */
  path: string;
  filedRequests: boolean;
  categories: string[];
}

/** The rule of each region with a policy, read per request: a policy edit applies at once, in every server process. */
export async function loadPublicationRules(db: Db): Promise<PublicationRule[]> {
  const rows = await db
    .selectFrom('policies')
    .innerJoin('regions', 'regions.id', 'policies.region_id')
    .select(['regions.path', sql<PolicyValues['publication'] | null>`policies."values"->'publication'`.as('publication')])
    .where(({ eb, selectFrom }) =>
      eb(
        'policies.version',
        '=',
        selectFrom('policies as p2').select(sql<number>`max(p2.version)`.as('v')).whereRef('p2.region_id', '=', 'policies.region_id'),
      ),
    )
    .execute();
  return rows.map((r) => ({ path: r.path, ...open311PublicationOf({ publication: r.publication ?? undefined }) }));
}

/**
 * The SQL condition "this case is published", over a query of `cases`: `filedRequests` publishes the
 * cases that came in through Open311 (source `open311`: filed through this API, or entered by staff
 * from another Open311 channel). Each rule covers its region's subtree minus those of deeper policies.
 */
export function publishedCondition(rules: PublicationRule[]): RawBuilder<SqlBool> {
  const parts = rules.flatMap((rule) => {
    const publicWhen: RawBuilder<unknown>[] = [];
    if (rule.filedRequests) publicWhen.push(sql`cases.source = 'open311'`);
    if (rule.categories.length > 0) publicWhen.push(sql`cases.category IN (${sql.join(rule.categories)})`);
    if (publicWhen.length === 0) return [];
    const deeper = rules.filter((other) => other.path.length > rule.path.length && other.path.startsWith(rule.path));
    const conditions = [
      sql`cases.grid_path LIKE ${`${rule.path}%`}`,
      ...deeper.map((d) => sql`cases.grid_path NOT LIKE ${`${d.path}%`}`),
      sql`(${sql.join(publicWhen, sql` OR `)})`,
    ];
    return [sql`(${sql.join(conditions, sql` AND `)})`];
  });
  return parts.length > 0 ? sql<SqlBool>`(${sql.join(parts, sql` OR `)})` : sql<SqlBool>`false`;
}
