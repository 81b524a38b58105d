import { can, DomainError } from '@gridwork/core';
import { PRESETS, presetFamily, validatePolicy } from '@gridwork/core/policy';
import type { AppContext } from '../../context';
import { parsePath, type SessionUser } from '../auth/sessions.repository';
import { writeAudit } from '../audit/audit.repository';
import { getRegionInScope } from '../regions/regions.repository';
import { invalidateIntakeCaches } from '../cases/case-policy';
import * as repo from './policy.repository';

export type PresetId = keyof typeof PRESETS;

/** The caller's top region: the highest node of their first scope root. */
function defaultRegionId(actor: SessionUser): number {
  const first = [...actor.roles].sort((a, b) => a.path.length - b.path.length)[0];
  if (!first) throw new DomainError('NOT_FOUND', 'you have no region');
  return first.regionId;
}

/** `GET /policy`: the policy in force at the region (inherited from the nearest ancestor with one). */
export async function getPolicyInForce(ctx: AppContext, actor: SessionUser, regionId?: number) {
  const region = await getRegionInScope(ctx.db, actor, regionId ?? defaultRegionId(actor));
  const path = parsePath(region.path);
  const p = await repo.findPolicyInForce(ctx.db, path);
  if (!p) throw new DomainError('NOT_FOUND', `no policy is attached at or above region ${region.id}`);
  return {
    preset: p.preset,
    version: p.version,
    regionId: p.regionId,
    values: p.values,
    abilities: { edit: can(actor, 'policy.edit', { path }) },
  };
}

/**
 * A marketing operator's tree and a government (community, township) tree never share regions: the
 * roles of one preset family work only where that family governs (core/access roles.ts `presets`), so
 * switching an area between families would hand its records to the other family's roles. 409
 * PRESET_FAMILY_MISMATCH when the preset in force here, or one attached below, is of the other family.
 */
async function assertSameFamily(
  db: Parameters<typeof repo.findPolicyInForce>[0],
  regionPath: string,
  inForce: string | null,
  preset: string,
) {
  const family = presetFamily(preset);
  const others = [...(inForce ? [inForce] : []), ...(await repo.latestPresetsUnder(db, regionPath)).map((p) => p.preset)].filter(
    (p) => presetFamily(p) !== family,
  );
  if (others.length > 0) {
    throw new DomainError('PRESET_FAMILY_MISMATCH', `a ${preset} policy cannot govern an area of the ${others[0]} preset or hold one`, {
      preset,
      inForce: others[0],
    });
  }
}

/** `PUT /policy`: a new version attached at the region; every problem reported with its JSON path. */
export async function savePolicy(
  ctx: AppContext,
  actor: SessionUser,
  body: { regionId: number; preset: PresetId; values: unknown; expectedVersion: number },
  requestId: string,
) {
  const region = await getRegionInScope(ctx.db, actor, body.regionId);
  const checked = validatePolicy(body.values);
  if (!checked.ok) throw new DomainError('POLICY_INVALID', 'the policy has problems', checked.problems);
  const path = parsePath(region.path);
  if (!can(actor, 'policy.edit', { path })) throw new DomainError('FORBIDDEN', 'your role may not edit the policy here');
  const version = await ctx.db.transaction().execute(async (trx) => {
    const before = await repo.findPolicyInForce(trx, path);
    await assertSameFamily(trx, region.path, before?.preset ?? null, body.preset);
    const v = await repo.insertPolicyVersion(trx, { ...body, path, values: checked.values, createdBy: actor.id });
    await writeAudit(trx, {
      actorId: actor.id,
      action: 'policy.save',
      entity: 'policy',
      entityId: region.id,
      regionId: region.id,
      topRegionId: region.topRegionId,
      before: before ? { version: before.version, preset: before.preset, regionId: before.regionId } : null,
      after: { version: v, preset: body.preset, values: checked.values },
      requestId,
    });
    return v;
  });
  invalidateIntakeCaches(ctx);
  return { preset: body.preset, version, regionId: region.id, values: checked.values, abilities: { edit: true } };
}

export async function listVersions(ctx: AppContext, actor: SessionUser, regionId: number) {
  const region = await getRegionInScope(ctx.db, actor, regionId);
  const rows = await repo.listPolicyVersions(ctx.db, region.id);
  return rows.map((r) => ({ version: r.version, preset: r.preset, createdAt: r.createdAt.toISOString(), createdBy: r.createdBy ?? null }));
}

export function listPresets() {
  return (Object.keys(PRESETS) as PresetId[]).map((id) => ({ id, values: PRESETS[id] }));
}
