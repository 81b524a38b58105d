import {
  can,
  DomainError,
  grantableRoles,
  grantDecision,
  ROLE_REGION_TYPES,
  roleDefinition,
  roleFitsPreset,
  type Role,
} from '@gridwork/core';
import type { AppContext } from '../../context';
import { parsePath, type SessionUser } from '../auth/sessions.repository';
import { assertNewPassword, hashPassword, isDemoPassword } from '../auth/password';
import { writeAudit } from '../audit/audit.repository';
import { findPolicyInForce } from '../policy/policy.repository';
import { getRegionInScope } from '../regions/regions.repository';
import * as repo from './users.repository';
import type { AssignRoleBody, CreateUserBody, UpdateUserBody, UserRecord } from './users.schemas';

/** Role assignments outside the caller's scope are not shown (nor removable): they do not exist for the caller. */
function present(actor: SessionUser, u: repo.UserRow, roles: repo.RoleRow[]): UserRecord {
  const manage = can(actor, 'user.manage', null);
  const self = u.id === actor.id;
  const visible = roles.filter((r) => can(actor, 'region.read', { path: parsePath(r.regionPath) }));
  return {
    ...u,
    roles: visible.map((r) => ({
      id: r.id,
      role: r.role as Role,
      regionId: r.regionId,
      regionName: r.regionName,
      removable: grantDecision(actor, u.id, r.role as Role, parsePath(r.regionPath)) === 'allowed',
    })),
    abilities: {
      update: manage,
      assignRoles: !self && grantableRoles(actor).length > 0,
      grantableRoles: self ? [] : grantableRoles(actor),
    },
  };
}

function requireRead(actor: SessionUser): void {
  const ok = can(actor, 'user.manage', null) || actor.roles.some((r) => can(actor, 'user.read', { path: r.path }));
  if (!ok) throw new DomainError('FORBIDDEN', 'your role may not see the people list');
}

export async function listUsers(ctx: AppContext, actor: SessionUser): Promise<UserRecord[]> {
  requireRead(actor);
  const users = await repo.listUsersInScope(ctx.db, actor, can(actor, 'user.manage', null));
  const roles = await repo.listRolesOf(
    ctx.db,
    users.map((u) => u.id),
  );
  return users.map((u) =>
    present(
      actor,
      u,
      roles.filter((r) => r.userId === u.id),
    ),
  );
}

/** A user is visible when they hold a role in the actor's scope (admins also see users without roles). */
export async function getUserInScope(ctx: AppContext, actor: SessionUser, id: number): Promise<UserRecord> {
  const u = await repo.findUserById(ctx.db, id);
  if (!u) throw new DomainError('NOT_FOUND', `user ${id} not found`);
  const roles = await repo.listRolesOf(ctx.db, [id]);
  const visible =
    (roles.length === 0 && can(actor, 'user.manage', null)) ||
    roles.some((r) => can(actor, 'region.read', { path: parsePath(r.regionPath) }));
  if (!visible) throw new DomainError('NOT_FOUND', `user ${id} not found`);
  return present(actor, u, roles);
}

function checkPassword(ctx: AppContext, password: string): void {
  assertNewPassword(password, ctx.config.demo, 'body.password');
}

export async function createUser(ctx: AppContext, actor: SessionUser, body: CreateUserBody, requestId: string): Promise<UserRecord> {
  checkPassword(ctx, body.password);
  if (!can(actor, 'user.manage', null)) throw new DomainError('FORBIDDEN', 'only an administrator creates accounts');
  const passwordHash = await hashPassword(body.password);
  const id = await ctx.db.transaction().execute(async (trx) => {
    const id = await repo.insertUser(
      trx,
      { username: body.username, displayName: body.displayName, passwordHash, isDemo: isDemoPassword(body.password) },
      ctx.clock(),
    );
    await writeAudit(trx, {
      actorId: actor.id,
      action: 'user.create',
      entity: 'user',
      entityId: id,
      after: { username: body.username, displayName: body.displayName },
      requestId,
    });
    return id;
  });
  return getUserInScope(ctx, actor, id);
}

export async function updateUser(
  ctx: AppContext,
  actor: SessionUser,
  id: number,
  body: UpdateUserBody,
  requestId: string,
): Promise<UserRecord> {
  const before = await getUserInScope(ctx, actor, id);
  if (body.password !== undefined) checkPassword(ctx, body.password);
  if (!can(actor, 'user.manage', null)) throw new DomainError('FORBIDDEN', 'only an administrator edits accounts');
  if (id === actor.id && body.active === false)
    throw new DomainError('VALIDATION_FAILED', 'you cannot deactivate yourself', [{ field: 'body.active', message: 'self' }]);
  const passwordHash = body.password === undefined ? undefined : await hashPassword(body.password);
  await ctx.db.transaction().execute(async (trx) => {
    await repo.updateUser(
      trx,
      id,
      body.expectedVersion,
      {
        displayName: body.displayName,
        active: body.active,
        passwordHash,
        isDemo: body.password !== undefined && isDemoPassword(body.password),
      },
      ctx.clock(),
    );
    if (body.active === false || passwordHash) await repo.deleteSessionsOf(trx, id);
    const after = { displayName: body.displayName, active: body.active, ...(passwordHash ? { password: '(changed)' } : {}) };
    await writeAudit(trx, {
      actorId: actor.id,
      action: 'user.update',
      entity: 'user',
      entityId: id,
      before: { displayName: before.displayName, active: before.active },
      after,
      requestId,
    });
  });
  ctx.invalidateActors();
  return getUserInScope(ctx, actor, id);
}

/** Checks a grant or removal (issue "Security first"): never to oneself, never a role above the caller's own grants. */
function assertGrant(actor: SessionUser, userId: number, role: Role, path: number[]): void {
  const decision = grantDecision(actor, userId, role, path);
  if (decision === 'self') throw new DomainError('SELF_GRANT', 'you cannot give or take back your own roles; ask someone above you');
  if (decision !== 'allowed')
    throw new DomainError('ROLE_NOT_GRANTABLE', `your role may not give or take back the role ${role} there`, {
      grantable: grantableRoles(actor),
    });
}

/** The target user must be in the caller's scope (404 otherwise, checked before the route validates the body). */
export async function assignRole(
  ctx: AppContext,
  actor: SessionUser,
  userId: number,
  body: AssignRoleBody,
  requestId: string,
): Promise<UserRecord> {
  const user = await getUserInScope(ctx, actor, userId);
  const region = await getRegionInScope(ctx.db, actor, body.regionId);
  const role = body.role as Role;
  if (!ROLE_REGION_TYPES[role].includes(region.type)) {
    throw new DomainError('VALIDATION_FAILED', `a ${role} is bound to a ${ROLE_REGION_TYPES[role].join(' or ')}`, [
      { field: 'body.regionId', message: `not a ${ROLE_REGION_TYPES[role].join('/')}` },
    ]);
  }
  const preset = (await findPolicyInForce(ctx.db, parsePath(region.path)))?.preset ?? null;
  if (!roleFitsPreset(role, preset)) {
    throw new DomainError(
      'VALIDATION_FAILED',
      `a ${role} works only where the ${roleDefinition(role).presets!.join(' or ')} preset governs`,
      [{ field: 'body.regionId', message: `governed by ${preset ?? 'no policy'}` }],
    );
  }
  assertGrant(actor, userId, role, parsePath(region.path));
  const inactive = () => new DomainError('USER_INACTIVE', 'this account is deactivated; reactivate it before giving it a role');
  if (!user.active) throw inactive();
  await ctx.db.transaction().execute(async (trx) => {
    // read again under the row's lock: a deactivation racing this grant either lands first (409) or after it
    if (!(await repo.lockActiveUser(trx, userId))) throw inactive();
    const roleId = await repo.insertRole(trx, userId, role, region.id);
    await writeAudit(trx, {
      actorId: actor.id,
      action: 'role.assign',
      entity: 'user',
      entityId: userId,
      regionId: region.id,
      topRegionId: region.topRegionId,
      after: { roleId, role, regionId: region.id },
      requestId,
    });
  });
  ctx.invalidateActors();
  return getUserInScope(ctx, actor, userId);
}

export async function removeRole(
  ctx: AppContext,
  actor: SessionUser,
  userId: number,
  roleId: number,
  requestId: string,
): Promise<UserRecord> {
  const target = await getUserInScope(ctx, actor, userId);
  const assignment = (await repo.listRolesOf(ctx.db, [userId])).find((r) => r.id === roleId);
  if (!assignment || !can(actor, 'region.read', { path: parsePath(assignment.regionPath) }))
    throw new DomainError('NOT_FOUND', `role ${roleId} not found`);
  assertGrant(actor, userId, assignment.role as Role, parsePath(assignment.regionPath));
  await ctx.db.transaction().execute(async (trx) => {
    await repo.deleteRole(trx, userId, roleId);
    await writeAudit(trx, {
      actorId: actor.id,
      action: 'role.remove',
      entity: 'user',
      entityId: userId,
      regionId: assignment.regionId,
      before: { roleId, role: assignment.role, regionId: assignment.regionId },
      requestId,
    });
  });
  ctx.invalidateActors();
  // the user may have left the caller's area with this role: answer with what the caller saw, less the role
  return { ...target, roles: target.roles.filter((r) => r.id !== roleId) };
}
