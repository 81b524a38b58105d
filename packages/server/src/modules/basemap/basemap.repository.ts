import type { Actor } from '@gridwork/core';
import type { BasemapFeature, BBox } from '@gridwork/core/geo';
import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../db/schema';
import { whereInScope } from '../../db/scope';

type Db = Kysely<DB> | Transaction<DB>;

/** The part of one street's or town's base map a reader gets: near the grids they may see. */
export interface BasemapWindow {
  topRegionId: number;
  bbox: BBox;
}

/** At most this many features in one answer (a district's detailed map stays below it). */
export const MAX_BASEMAP_FEATURES = 50_000;

/**
 * Per street or town, the bbox of the regions in the actor's scope (under `underPath` when given),
 * grown by `margin` degrees: the reader sees the roads around their grids, not the whole city.
 */
export async function windowsInScope(db: Db, actor: Actor, underPath: string | undefined, margin: number): Promise<BasemapWindow[]> {
  let q = db
    .selectFrom('regions')
    .select([
      'top_region_id as topRegionId',
      sql<number>`min(bbox[1])`.as('w'),
      sql<number>`min(bbox[2])`.as('s'),
      sql<number>`max(bbox[3])`.as('e'),
      sql<number>`max(bbox[4])`.as('n'),
    ])
    .where((eb) => whereInScope(eb, actor, 'regions.path'))
    .where('bbox', 'is not', null)
    .where('top_region_id', 'is not', null)
    .groupBy('top_region_id');
  if (underPath) q = q.where('path', 'like', `${underPath}%`);
  const rows = await q.execute();
  return rows.map((r) => ({
    topRegionId: r.topRegionId!,
    bbox: [Number(r.w) - margin, Number(r.s) - margin, Number(r.e) + margin, Number(r.n) + margin] as BBox,
  }));
}

export async function featuresIn(db: Db, windows: BasemapWindow[]): Promise<BasemapFeature[]> {
  if (windows.length === 0) return [];
  const rows = await db
    .selectFrom('basemap_features')
    .select(['kind', 'name', 'geometry'])
    .where((eb) =>
      eb.or(
        windows.map(({ topRegionId, bbox: [w, s, e, n] }) =>
          eb.and([
            eb('top_region_id', '=', topRegionId),
            eb('max_lng', '>=', w),
            eb('min_lng', '<=', e),
            eb('max_lat', '>=', s),
            eb('min_lat', '<=', n),
          ]),
        ),
      ),
    )
    .orderBy('id')
    .limit(MAX_BASEMAP_FEATURES)
    .execute();
  return rows.map((r) => ({
    type: 'Feature',
    properties: { kind: r.kind, name: r.name },
    geometry: r.geometry as BasemapFeature['geometry'],
  }));
}

function bboxOfFeature(f: BasemapFeature): BBox {
  const points = f.geometry.type === 'LineString' ? f.geometry.coordinates : f.geometry.coordinates.flat();
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

/** Replaces a street's or town's whole base map; returns how many features were stored. */
export async function replaceBasemap(trx: Transaction<DB>, topRegionId: number, features: BasemapFeature[]): Promise<number> {
  await trx.deleteFrom('basemap_features').where('top_region_id', '=', topRegionId).execute();
  for (let i = 0; i < features.length; i += 500) {
    const values = features.slice(i, i + 500).map((f) => {
      const [w, s, e, n] = bboxOfFeature(f);
      return {
        top_region_id: topRegionId,
        kind: f.properties.kind,
        name: f.properties.name,
        geometry: JSON.stringify(f.geometry),
        min_lng: w,
        min_lat: s,
        max_lng: e,
        max_lat: n,
      };
    });
    await trx.insertInto('basemap_features').values(values).execute();
  }
  return features.length;
}
