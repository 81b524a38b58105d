/** SQL of the assign dialog's choices: people in the caller's scope (those bound to the case's grid marked), units. */
import type { Actor } from '@gridwork/core';
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { whereInScope } from '../../db/scope';

export interface AssigneeRow {
  id: number;
  username: string;
  displayName: string;
  onGrid: boolean;
}

/** The most people one dialog lists (the rest are found by typing in the picker's search of the users list). */
export const MAX_PEOPLE = 500;

/** Active people holding a role in the actor's scope; `onGrid` when one of their roles is bound to the grid itself. */
export async function listAssignablePeople(db: Kysely<DB>, actor: Actor, gridId: number): Promise<AssigneeRow[]> {
  const rows = await db
    .selectFrom('users')
    .innerJoin('role_assignments as ra', 'ra.user_id', 'users.id')
    .innerJoin('regions', 'regions.id', 'ra.region_id')
    .select([
      'users.id',
      'users.username',
      'users.display_name as displayName',
      sql<boolean>`bool_or(ra.region_id = ${gridId})`.as('onGrid'),
    ])
    .where('users.active', '=', true)
    .where((eb) => whereInScope(eb, actor, 'regions.path'))
    .groupBy(['users.id', 'users.username', 'users.display_name'])
    .orderBy(sql`bool_or(ra.region_id = ${gridId})`, 'desc')
    .orderBy('users.display_name')
    .orderBy('users.id')
    .limit(MAX_PEOPLE)
    .execute();
  return rows.map((r) => ({ ...r, onGrid: Boolean(r.onGrid) }));
}

/** The units the active categories send their cases to by default, in the taxonomy's order. */
export async function listCategoryUnits(db: Kysely<DB>): Promise<Array<{ code: string; unit: string }>> {
  const rows = await db
    .selectFrom('case_categories')
    .select(['code', 'default_unit'])
    .where('active', '=', true)
    .where('default_unit', 'is not', null)
    .orderBy('sort')
    .orderBy('code')
    .execute();
  return rows.map((r) => ({ code: r.code, unit: r.default_unit!.trim() })).filter((r) => r.unit !== '');
}

/** Handling units used on cases received in the actor's scope since `since`, the most used first (path/received index). */
export async function listUsedUnits(db: Kysely<DB>, actor: Actor, since: Date, limit = 30): Promise<string[]> {
  const rows = await db
    .selectFrom('cases')
    .select('handling_unit')
    .where((eb) => whereInScope(eb, actor, 'cases.grid_path'))
    .where('received_at', '>=', since)
    .where('handling_unit', 'is not', null)
    .groupBy('handling_unit')
    .orderBy(sql`count(*)`, 'desc')
    .orderBy('handling_unit')
    .limit(limit)
    .execute();
  return rows.map((r) => r.handling_unit!);
}
