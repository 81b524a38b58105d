/**
 * The offline base map (issue 11 item 10): roads and footprints drawn under the grids. A reader gets
 * the features near the grids in their scope; an administrator of a street or town replaces its
 * map with a GeoJSON file (checked whole first: an invalid file changes nothing).
 */
import { can, DomainError } from '@gridwork/core';
import { readBasemapFile } from '@gridwork/core/geo';
import type { AppContext } from '../../context';
import { parsePath, type SessionUser } from '../auth/sessions.repository';
import { writeAudit } from '../audit/audit.repository';
import { geoJsonInvalid } from '../regions/region-geometry';
import { getRegionInScope } from '../regions/regions.repository';
import { featuresIn, replaceBasemap, windowsInScope } from './basemap.repository';

/** How far (degrees, about 400 m) around a reader's grids their base map reaches. */
const READ_MARGIN = 0.004;

export async function readBasemap(ctx: AppContext, actor: SessionUser, regionId: number | undefined) {
  const under = regionId ? (await getRegionInScope(ctx.db, actor, regionId)).path : undefined;
  const windows = await windowsInScope(ctx.db, actor, under, READ_MARGIN);
  return { type: 'FeatureCollection' as const, features: await featuresIn(ctx.db, windows) };
}

export async function importBasemap(
  ctx: AppContext,
  actor: SessionUser,
  regionId: number,
  body: unknown,
  dryRun: boolean,
  requestId: string,
) {
  const region = await getRegionInScope(ctx.db, actor, regionId);
  if (!can(actor, 'region.update', { path: parsePath(region.path) })) {
    throw new DomainError('FORBIDDEN', 'your role may not change the base map here');
  }
  if (region.type !== 'street' && region.type !== 'town') {
    throw new DomainError('VALIDATION_FAILED', 'a base map belongs to a street or a town', [
      { field: 'querystring.regionId', message: 'a street or a town' },
    ]);
  }
  const [area] = await windowsInScope(ctx.db, actor, region.path, 0);
  if (!area) throw new DomainError('ACTION_NOT_ALLOWED', 'draw the street or town (its grids) before its base map');
  const { features, problems } = readBasemapFile(body, area.bbox);
  if (problems.length) throw geoJsonInvalid(problems);
  const kinds: Record<string, number> = {};
  for (const f of features) kinds[f.properties.kind] = (kinds[f.properties.kind] ?? 0) + 1;
  const summary = { features: features.length, kinds, dryRun };
  if (dryRun) return summary;
  await ctx.db.transaction().execute(async (trx) => {
    const before = await trx
      .selectFrom('basemap_features')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('top_region_id', '=', region.id)
      .executeTakeFirstOrThrow();
    await replaceBasemap(trx, region.id, features);
    await writeAudit(trx, {
      actorId: actor.id,
      action: 'basemap.import',
      entity: 'region',
      entityId: region.id,
      regionId: region.id,
      topRegionId: region.topRegionId,
      before: { features: Number(before.n) },
      after: { features: features.length, kinds },
      requestId,
    });
  });
  return summary;
}
