import { scopeRoots, type Actor } from '@gridwork/core';
import { sql, type ExpressionBuilder, type Expression, type SqlBool } from 'kysely';

/** Region paths are stored as '/1/2/3/': a subtree is every path starting with its root's path. */
export function pathText(path: readonly number[]): string {
  return `/${path.join('/')}/`;
}

/** The path prefixes that make up the actor's scope. */
export function scopePrefixes(actor: Actor): string[] {
  return scopeRoots(actor).map(pathText);
}

/**
 * The one scope filter (DESIGN.md §3.6): `column` (a region path column) lies in the actor's scope.
 * Every list and read of region-bound records goes through it.
 */
export function whereInScope<DB, TB extends keyof DB>(eb: ExpressionBuilder<DB, TB>, actor: Actor, column: string): Expression<SqlBool> {
  const prefixes = scopePrefixes(actor);
  if (prefixes.length === 0) return sql<SqlBool>`false`;
  return eb.or(prefixes.map((p) => sql<SqlBool>`${sql.ref(column)} LIKE ${`${p}%`}`));
}
