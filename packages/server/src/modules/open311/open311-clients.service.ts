import { randomBytes } from 'node:crypto';
import { assertCan, DomainError, OPEN311_CLIENT_ROLE } from '@gridwork/core';
import type { Transaction } from 'kysely';
import type { AppContext } from '../../context';
import type { DB } from '../../db/schema';
import { isoShanghai } from '../../lib/time';
import { hashPassword } from '../auth/password';
import { parsePath, type SessionUser } from '../auth/sessions.repository';
import { writeAudit } from '../audit/audit.repository';
import { getRegionInScope } from '../regions/regions.repository';
import * as repo from './open311-clients.repository';
import type { ClientRow } from './open311-clients.repository';
import { Open311Error } from './open311-format';

/**
 * Open311 clients (issue 3, item 9): an administrator issues a key per client for a region (its
 * scope); the key is shown once and only its SHA-256 is stored. Each client gets a system user the
 * intake is recorded under (first-inquiry owner, audit actor); that user is inactive, has no role
 * and an unknowable password, so it can never sign in or act anywhere else.
 */
export const DEMO_OPEN311_KEY = 'demo-open311-key';
/** Regions a client may be scoped to: areas a public channel serves (a street or town, usually). */
export const CLIENT_REGION_TYPES: readonly string[] = ['district', 'street', 'town', 'community'];

export function newClientKey(): string {
  return `o311_${randomBytes(24).toString('base64url')}`;
}

function present(c: ClientRow) {
  return {
    id: c.id,
    name: c.name,
    regionId: c.regionId,
    regionName: c.regionName,
    actingUserId: c.actingUserId,
    actingUsername: c.actingUsername,
    active: c.active,
    createdAt: isoShanghai(c.createdAt),
    createdBy: c.createdBy,
  };
}

/** Inserts the client and its system user; the caller audits. */
async function insertClientWithUser(
  trx: Transaction<DB>,
  c: { name: string; key: string; regionId: number; createdBy: number | null },
  now: Date,
) {
  const passwordHash = await hashPassword(randomBytes(32).toString('base64url'), 1024);
  const username = `open311-${randomBytes(5).toString('hex')}`;
  const actingUserId = await repo.insertSystemUser(trx, { username, displayName: `Open311：${c.name}`.slice(0, 100), passwordHash }, now);
  const id = await repo.insertClient(trx, {
    name: c.name,
    keyHash: repo.hashKey(c.key),
    regionId: c.regionId,
    actingUserId,
    createdBy: c.createdBy,
  });
  return { id, actingUserId };
}

function requireAdminAt(actor: SessionUser, path: string): void {
  assertCan(actor, 'open311.manage', { path: parsePath(path) });
}

export async function createClient(ctx: AppContext, actor: SessionUser, body: { name: string; regionId: number }, requestId: string) {
  const region = await getRegionInScope(ctx.db, actor, body.regionId);
  if (!CLIENT_REGION_TYPES.includes(region.type)) {
    throw new DomainError('VALIDATION_FAILED', `regionId: an Open311 client is scoped to a ${CLIENT_REGION_TYPES.join(', ')}`, [
      { field: 'body.regionId', message: `must be a ${CLIENT_REGION_TYPES.join(', ')}` },
    ]);
  }
  requireAdminAt(actor, region.path);
  const name = body.name.trim();
  const key = newClientKey();
  const created = await ctx.db.transaction().execute(async (trx) => {
    const c = await insertClientWithUser(trx, { name, key, regionId: region.id, createdBy: actor.id }, ctx.clock());
    await writeAudit(trx, {
      actorId: actor.id,
      action: 'open311-client.create',
      entity: 'open311-client',
      entityId: c.id,
      regionId: region.id,
      topRegionId: region.topRegionId ?? 0,
      after: { name, regionId: region.id, actingUserId: c.actingUserId },
      requestId,
    });
    return c;
  });
  const row = await repo.getClientInScope(ctx.db, actor, created.id);
  return { ...present(row), key };
}

export async function listClients(ctx: AppContext, actor: SessionUser) {
  assertCan(actor, 'open311.manage', null);
  return (await repo.listClientsInScope(ctx.db, actor)).map(present);
}

/** Deactivates (never deletes: cases keep pointing at the client); its key stops working at once. */
export async function deactivateClient(ctx: AppContext, actor: SessionUser, id: number, requestId: string) {
  const row = await repo.getClientInScope(ctx.db, actor, id);
  requireAdminAt(actor, row.regionPath);
  if (row.active) {
    await ctx.db.transaction().execute(async (trx) => {
      await repo.setClientActive(trx, id, false);
      await writeAudit(trx, {
        actorId: actor.id,
        action: 'open311-client.deactivate',
        entity: 'open311-client',
        entityId: id,
        regionId: row.regionId,
        topRegionId: row.topRegionId ?? 0,
        before: { active: true },
        after: { active: false },
        requestId,
      });
    });
  }
  return present({ ...row, active: false });
}

/**
 * Demo data: the contract's demo client key `demo-open311-key`, scoped to `regionId` (the demo
 * street). Idempotent: does nothing when that key exists. Call inside ensureDemoData's transaction.
 */
export async function seedDemoOpen311Client(trx: Transaction<DB>, regionId: number): Promise<number | null> {
  if (await repo.existsKeyHash(trx, repo.hashKey(DEMO_OPEN311_KEY))) return null;
  const region = await trx.selectFrom('regions').select(['id', 'top_region_id']).where('id', '=', regionId).executeTakeFirst();
  if (!region) throw new Error(`demo Open311 client: region ${regionId} is missing`);
  const c = await insertClientWithUser(trx, { name: '演示 Open311 客户端', key: DEMO_OPEN311_KEY, regionId, createdBy: null }, new Date());
  await writeAudit(trx, {
    actorId: null,
    action: 'open311-client.create',
    entity: 'open311-client',
    entityId: c.id,
    regionId,
    topRegionId: region.top_region_id ?? 0,
    after: { name: '演示 Open311 客户端', regionId, actingUserId: c.actingUserId, demo: true },
  });
  return c.id;
}

/** The client an api_key belongs to; 403 in the spec's format when missing, unknown or deactivated. */
export async function authenticateClient(ctx: AppContext, key: string | undefined, doing: string): Promise<ClientRow> {
  if (!key) throw new Open311Error(403, `api_key is required to ${doing}`);
  const client = key.length <= 200 ? await repo.findActiveClientByKey(ctx.db, key) : undefined;
  if (!client) throw new Open311Error(403, `Invalid api_key received -- can't ${doing}`);
  return client;
}

/**
 * The actor a client's intake runs as: its system user holding, for this call only, an intake
 * role on the client's region, so the cases service's own scope and role checks confine the
 * intake to that region. Nothing of it is stored as a role assignment.
 */
export function intakeActorOf(c: ClientRow): SessionUser {
  return {
    id: c.actingUserId,
    username: c.actingUsername,
    displayName: c.actingDisplayName,
    roles: [
      {
        id: 0,
        role: OPEN311_CLIENT_ROLE,
        regionId: c.regionId,
        path: parsePath(c.regionPath),
        regionName: c.regionName,
        regionType: c.regionType,
      },
    ],
  };
}
