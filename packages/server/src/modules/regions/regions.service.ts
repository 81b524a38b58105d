import { can, CHILD_TYPES, DomainError, regionCodeProblem, type RegionType } from '@gridwork/core';
import { bboxOf, type Polygonal } from '@gridwork/core/geo';
import type { Transaction } from 'kysely';
import type { AppContext } from '../../context';
import type { DB } from '../../db/schema';
import type { SessionUser } from '../auth/sessions.repository';
import { parsePath } from '../auth/sessions.repository';
import { writeAudit } from '../audit/audit.repository';
import { listLatestPolicies, presetOf, type PolicyRow } from '../policy/policy.repository';
import { assertGridsUnchanged, checkPointInGrid, checkRegionGeometry } from './region-geometry';
import { forgetRegion } from './region-cache';
import * as repo from './regions.repository';
import type { CreateRegionBody, RegionRecord, UpdateRegionBody } from './regions.schemas';

export function presentRegion(actor: SessionUser, r: repo.RegionRow, policies: Map<number, PolicyRow>, inScope = true): RegionRecord {
  const path = parsePath(r.path);
  const res = { path };
  return {
    id: r.id,
    type: r.type as RegionType,
    code: r.code,
    name: r.name,
    parentId: r.parentId,
    preset: presetOf(path, policies),
    version: r.version,
    inScope,
    abilities: {
      update: inScope && can(actor, 'region.update', res),
      createChild: inScope && CHILD_TYPES[r.type as RegionType].length > 0 && can(actor, 'region.create-child', res),
      delete: inScope && can(actor, 'region.delete', res),
    },
  };
}

/** Every node in scope, plus the ancestors of the scope roots (marked out of scope) so the tree has its trunk. */
export async function listRegions(ctx: AppContext, actor: SessionUser, type?: string): Promise<RegionRecord[]> {
  const [rows, policies] = await Promise.all([repo.listRegionsInScope(ctx.db, actor, { type }), listLatestPolicies(ctx.db)]);
  const seen = new Set(rows.map((r) => r.id));
  const trunkIds = [...new Set(actor.roles.flatMap((r) => r.path.slice(0, -1)))].filter((id) => !seen.has(id));
  const trunk = type ? [] : await repo.listRegionsByIds(ctx.db, trunkIds);
  return [...trunk.map((r) => presentRegion(actor, r, policies, false)), ...rows.map((r) => presentRegion(actor, r, policies))];
}

export async function getRegion(ctx: AppContext, actor: SessionUser, id: number) {
  const r = await repo.getRegionInScope(ctx.db, actor, id);
  const policies = await listLatestPolicies(ctx.db);
  return { ...presentRegion(actor, r, policies), geometry: r.geometry, point: (r.point as [number, number] | null) ?? null };
}

function forbid(actor: SessionUser, action: Parameters<typeof can>[1], path: number[]): void {
  if (!can(actor, action, { path })) throw new DomainError('FORBIDDEN', 'your role may not do this here');
}

async function assertCodeFree(trx: Transaction<DB>, code: string, exceptId?: number): Promise<void> {
  const other = await repo.unsafeFindRegionByCode(trx, code);
  if (other && other.id !== exceptId) throw new DomainError('ALREADY_EXISTS', `code ${code} is already used`, { field: 'code' });
}

export async function createRegion(ctx: AppContext, actor: SessionUser, body: CreateRegionBody, requestId: string) {
  const parent = await repo.getRegionInScope(ctx.db, actor, body.parentId);
  const type = body.type as RegionType;
  if (!CHILD_TYPES[parent.type as RegionType].includes(type)) {
    throw new DomainError('VALIDATION_FAILED', `a ${parent.type} cannot hold a ${type}`, [
      { field: 'body.type', message: `allowed: ${CHILD_TYPES[parent.type as RegionType].join(', ')}` },
    ]);
  }
  const codeProblem = regionCodeProblem(type, body.code, { type: parent.type as RegionType, code: parent.code });
  if (codeProblem) throw new DomainError('VALIDATION_FAILED', codeProblem, [{ field: 'body.code', message: codeProblem }]);
  forbid(actor, 'region.create-child', parsePath(parent.path));
  // the shape is checked before the transaction (in a worker); the transaction makes sure the grids it was compared with are unchanged
  const checked = body.geometry
    ? await checkRegionGeometry(ctx.db, { type, code: body.code, name: body.name, parent, geometry: body.geometry }, actor.id)
    : null;
  const geometry = checked?.geometry ?? null;
  const created = await ctx.db.transaction().execute(async (trx) => {
    await assertCodeFree(trx, body.code);
    if (checked?.checkedAgainst) await assertGridsUnchanged(trx, checked.checkedAgainst);
    await checkPointInGrid(trx, parent, body.point);
    const row = await repo.insertRegion(
      trx,
      {
        parentId: parent.id,
        type,
        code: body.code,
        name: body.name,
        geometry,
        bbox: geometry ? bboxOf(geometry) : null,
        point: body.point ?? null,
      },
      parent,
      ctx.clock(),
    );
    await writeAudit(trx, {
      actorId: actor.id,
      action: 'region.create',
      entity: 'region',
      entityId: row.id,
      regionId: row.id,
      topRegionId: row.topRegionId,
      after: { ...body },
      requestId,
    });
    return row;
  });
  if (type === 'grid' && body.geometry)
    ctx.grids.upsert({ id: created.id, code: created.code, name: created.name, geometry: body.geometry });
  return getRegion(ctx, actor, created.id);
}

export async function updateRegion(ctx: AppContext, actor: SessionUser, id: number, body: UpdateRegionBody, requestId: string) {
  const current = await repo.getRegionInScope(ctx.db, actor, id);
  const type = current.type as RegionType;
  // with its shape: a grid's new geometry must lie inside its parent's
  const parent = current.parentId ? ((await repo.unsafeFindRegionById(ctx.db, current.parentId)) ?? null) : null;
  if (body.code !== undefined && body.code !== current.code) {
    const problem = regionCodeProblem(type, body.code, parent ? { type: parent.type as RegionType, code: parent.code } : null);
    if (problem) throw new DomainError('VALIDATION_FAILED', problem, [{ field: 'body.code', message: problem }]);
  }
  forbid(actor, 'region.update', parsePath(current.path));
  // the shape is checked before the transaction (in a worker); the transaction makes sure the grids it was compared with are unchanged
  const checked = body.geometry
    ? await checkRegionGeometry(
        ctx.db,
        { type, code: body.code ?? current.code, name: body.name ?? current.name, parent, geometry: body.geometry, selfId: id },
        actor.id,
      )
    : null;
  const geometry: Polygonal | null | undefined = checked ? checked.geometry : (body.geometry as null | undefined);
  await ctx.db.transaction().execute(async (trx) => {
    if (body.code !== undefined && body.code !== current.code) {
      if ((await repo.countChildren(trx, id)) > 0)
        throw new DomainError('VALIDATION_FAILED', 'a node with children keeps its code', [
          { field: 'body.code', message: 'has children' },
        ]);
      await assertCodeFree(trx, body.code, id);
    }
    if (checked?.checkedAgainst) await assertGridsUnchanged(trx, checked.checkedAgainst);
    if (parent) await checkPointInGrid(trx, parent, body.point);
    await repo.updateRegion(
      trx,
      id,
      body.expectedVersion,
      {
        name: body.name,
        code: body.code,
        geometry,
        bbox: geometry === undefined ? undefined : geometry ? bboxOf(geometry) : null,
        point: body.point,
      },
      ctx.clock(),
    );
    const { expectedVersion: _v, ...after } = body;
    const before = {
      name: current.name,
      code: current.code,
      ...(body.geometry !== undefined ? { geometry: current.geometry } : {}),
      ...(body.point !== undefined ? { point: current.point } : {}),
    };
    await writeAudit(trx, {
      actorId: actor.id,
      action: 'region.update',
      entity: 'region',
      entityId: id,
      regionId: id,
      topRegionId: current.topRegionId,
      before,
      after,
      requestId,
    });
  });
  forgetRegion(ctx, id);
  const fresh = await getRegion(ctx, actor, id);
  if (type === 'grid') ctx.grids.upsert({ id, code: fresh.code, name: fresh.name, geometry: fresh.geometry });
  return fresh;
}

export async function deleteRegion(
  ctx: AppContext,
  actor: SessionUser,
  id: number,
  expectedVersion: number,
  requestId: string,
): Promise<void> {
  const current = await repo.getRegionInScope(ctx.db, actor, id);
  forbid(actor, 'region.delete', parsePath(current.path));
  await ctx.db.transaction().execute(async (trx) => {
    if ((await repo.countChildren(trx, id)) > 0) throw new DomainError('REGION_HAS_CHILDREN', 'delete or move the children first');
    const inUse = await trx.selectFrom('role_assignments').select('id').where('region_id', '=', id).executeTakeFirst();
    if (inUse) throw new DomainError('REGION_IN_USE', 'people are assigned here; remove their roles first');
    const policy = await trx.selectFrom('policies').select('id').where('region_id', '=', id).executeTakeFirst();
    if (policy) throw new DomainError('REGION_IN_USE', 'a policy is attached here');
    await repo.deleteRegion(trx, id, expectedVersion);
    await writeAudit(trx, {
      actorId: actor.id,
      action: 'region.delete',
      entity: 'region',
      entityId: id,
      regionId: current.parentId,
      topRegionId: current.topRegionId,
      before: { type: current.type, code: current.code, name: current.name, geometry: current.geometry },
      requestId,
    });
  });
  forgetRegion(ctx, id);
  ctx.grids.remove(id);
}
