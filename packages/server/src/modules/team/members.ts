/** Team members (A5.2, D9): who keeps a diary and is counted by the team's obligations, and where. */
import { DomainError, roleHas, rolesWith } from '@gridwork/core';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import type { AppContext } from '../../context';
import { loadActor, type SessionUser } from '../auth/sessions.repository';

type Assignment = SessionUser['roles'][number];

/** The member's team assignment: the deepest binding whose role keeps a field diary; null for others. */
export function teamBindingOf(user: Pick<SessionUser, 'roles'>): Assignment | null {
  let best: Assignment | null = null;
  for (const a of user.roles) if (roleHas(a.role, 'diary.write') && (best === null || a.path.length > best.path.length)) best = a;
  return best;
}

/** An active account with its bindings (the caller has checked it is in scope); 404 otherwise. */
export async function loadMember(ctx: AppContext, id: number): Promise<SessionUser> {
  const u = await ctx.db.selectFrom('users').select(['id', 'username', 'display_name', 'active']).where('id', '=', id).executeTakeFirst();
  if (!u?.active) throw new DomainError('NOT_FOUND', `user ${id} not found`);
  return loadActor(ctx.db, u.id, u.username, u.display_name);
}

/** The street or town a region belongs to (decision 0001: the key records lead with). */
export async function topRegionOf(ctx: AppContext, regionId: number): Promise<number> {
  const r = await ctx.db.selectFrom('regions').select(['id', 'top_region_id']).where('id', '=', regionId).executeTakeFirstOrThrow();
  return r.top_region_id ?? r.id;
}

export interface Member {
  userId: number;
  name: string;
  path: string;
}

/** Team members (roles that keep a diary) bound under the region: each once, at their deepest binding. */
export async function listMembers(db: Kysely<DB>, regionPath: string): Promise<Member[]> {
  const rows = await db
    .selectFrom('role_assignments as a')
    .innerJoin('regions as r', 'r.id', 'a.region_id')
    .innerJoin('users as u', 'u.id', 'a.user_id')
    .select(['a.user_id', 'u.display_name', 'r.path'])
    .where('u.active', '=', true)
    .where('a.role', 'in', rolesWith('diary.write'))
    .where('r.path', 'like', `${regionPath}%`)
    .execute();
  const byUser = new Map<number, Member>();
  for (const r of rows) {
    const seen = byUser.get(r.user_id);
    if (!seen || r.path.length > seen.path.length) byUser.set(r.user_id, { userId: r.user_id, name: r.display_name, path: r.path });
  }
  return [...byUser.values()];
}
