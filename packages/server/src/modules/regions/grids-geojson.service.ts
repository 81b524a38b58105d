import { can, DomainError } from '@gridwork/core';
import {
  bboxOf,
  collectParentCodes,
  convertPolygonal,
  gcj02ToWgs84,
  isPolygonal,
  readGridCollection,
  wgs84ToGcj02,
  type GeoProblem,
  type Geometry,
  type Polygonal,
} from '@gridwork/core/geo';
import type { AppContext } from '../../context';
import { parsePath, type SessionUser } from '../auth/sessions.repository';
import { writeAudit } from '../audit/audit.repository';
import { gridsInScopeWithShapes, gridsOfCommunities, type StoredGrid } from './grids.repository';
import { LoopSlices } from '../../lib/loop-slices';
import { checkShapesOffLoop } from './geo-check';
import { assertGridsUnchanged, geoJsonInvalid } from './region-geometry';
import { getRegionInScope, insertRegion, listRegionsInScope, updateRegion, type RegionRow } from './regions.repository';

type Crs = 'wgs84' | 'gcj02';

/** Grids in scope as a FeatureCollection (WGS-84 unless a GCJ-02 base map asks for conversion). */
export async function exportGrids(ctx: AppContext, actor: SessionUser, regionId: number | undefined, crs: Crs) {
  const under = regionId ? (await getRegionInScope(ctx.db, actor, regionId)).path : undefined;
  const grids = await gridsInScopeWithShapes(ctx.db, actor, under);
  return {
    type: 'FeatureCollection' as const,
    features: grids.map((g) => ({
      type: 'Feature' as const,
      properties: { id: g.id, code: g.code, name: g.name, parentCode: g.parentCode, parentId: g.parentId },
      geometry: g.geometry && crs === 'gcj02' && isPolygonal(g.geometry) ? convertPolygonal(g.geometry, wgs84ToGcj02) : g.geometry,
    })),
  };
}

/** A file drawn on a GCJ-02 base map is converted to WGS-84 before anything else (storage is WGS-84). */
function toWgs84(input: unknown): unknown {
  const fc = input as { features?: Array<{ geometry?: unknown }> };
  if (!Array.isArray(fc?.features)) return input;
  const features = fc.features.map((f) => {
    try {
      return f && isPolygonal(f.geometry as Geometry) ? { ...f, geometry: convertPolygonal(f.geometry as Polygonal, gcj02ToWgs84) } : f;
    } catch {
      return f; // malformed coordinates: the validator reports them
    }
  });
  return { ...fc, features };
}

interface ImportPlan {
  parents: Map<string, RegionRow & { geometry: Geometry | null }>;
  communities: string[];
  existing: StoredGrid[];
}

async function planImport(ctx: AppContext, actor: SessionUser, input: unknown): Promise<ImportPlan> {
  const wanted = new Set(collectParentCodes(input));
  const candidates = (await listRegionsInScope(ctx.db, actor)).filter(
    (r) => wanted.has(r.code) && (r.type === 'community' || r.type === 'workstation'),
  );
  const parents = new Map<string, RegionRow & { geometry: Geometry | null }>();
  for (const c of candidates) {
    const full = await getRegionInScope(ctx.db, actor, c.id);
    parents.set(c.code, { ...c, geometry: full.geometry as Geometry | null });
  }
  const communities = [...new Set([...parents.keys()].map((code) => code.slice(0, 12)))];
  return { parents, communities, existing: await gridsOfCommunities(ctx.db, communities) };
}

/**
 * Import: validate everything first; an invalid file changes nothing. Existing codes are updated in
 * place. The file's size and structure are read here (cheap, size caps first); its shapes are
 * checked in a worker (geo-check.ts), with no transaction open.
 */
export async function importGrids(
  ctx: AppContext,
  actor: SessionUser,
  body: unknown,
  opts: { dryRun: boolean; crs: Crs },
  requestId: string,
) {
  // A role that may not edit grids anywhere is refused before the (costly) validation: otherwise
  // it would get a report of parents "not found" (outside its scope) instead of the 403.
  if (!actor.roles.some((r) => can(actor, 'region.create-child', { path: r.path }))) {
    throw new DomainError('FORBIDDEN', 'your role may not import grids');
  }
  const input = opts.crs === 'gcj02' ? toWgs84(body) : body;
  const plan = await planImport(ctx, actor, input);
  const result = readGridCollection(input, {
    parents: new Map([...plan.parents].map(([code, p]) => [code, p.geometry])),
    existing: plan.existing,
  });
  const problems: GeoProblem[] = [...result.problems, ...(await checkShapesOffLoop(result.shapes, actor.id))];
  const stored = new Map(plan.existing.map((g) => [g.code, g]));
  for (const f of result.features) {
    const old = stored.get(f.code);
    if (old && old.parentCode !== f.parentCode) {
      problems.push({
        feature: f.index,
        path: `features[${f.index}].properties.parentCode`,
        code: 'CODE_PARENT_MISMATCH',
        message: `grid ${f.code} belongs to ${old.parentCode}; move it in the region admin, not by import`,
      });
    }
  }
  if (problems.length) throw geoJsonInvalid(problems.sort((a, b) => a.feature - b.feature));
  for (const p of plan.parents.values()) {
    if (!can(actor, 'region.create-child', { path: parsePath(p.path) }))
      throw new DomainError('FORBIDDEN', `your role may not edit the grids of ${p.name}`);
  }
  const updates = result.features.filter((f) => stored.has(f.code));
  const summary = { created: result.features.length - updates.length, updated: updates.length, dryRun: opts.dryRun };
  if (opts.dryRun) return summary;
  const touched = await ctx.db.transaction().execute(async (trx) => {
    await assertGridsUnchanged(trx, { communities: plan.communities, grids: plan.existing });
    const out: Array<{ id: number; code: string; name: string; geometry: Polygonal }> = [];
    // the embedded database answers on this thread (its promises are microtasks): a file of thousands
    // of grids is written in slices, other requests served in between
    const slices = new LoopSlices();
    for (const f of result.features) {
      if (slices.due) await slices.next();
      const old = stored.get(f.code);
      const parent = plan.parents.get(f.parentCode)!;
      const values = { name: f.name, geometry: f.geometry, bbox: bboxOf(f.geometry) };
      let id: number;
      if (old) {
        await updateRegion(trx, old.id, old.version, values, ctx.clock());
        id = old.id;
      } else id = (await insertRegion(trx, { parentId: parent.id, type: 'grid', code: f.code, ...values }, parent, ctx.clock())).id;
      await writeAudit(trx, {
        actorId: actor.id,
        action: old ? 'grid.import-update' : 'grid.import-create',
        entity: 'region',
        entityId: id,
        regionId: id,
        topRegionId: parent.topRegionId,
        before: old ? { name: old.name, geometry: old.geometry } : null,
        after: { code: f.code, ...values },
        requestId,
      });
      out.push({ id, code: f.code, name: f.name, geometry: f.geometry });
    }
    return out;
  });
  for (const g of touched) ctx.grids.upsert(g);
  return summary;
}
