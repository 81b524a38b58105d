import { DomainError } from '@gridwork/core';
import { checkGeometry, flattenPolygonal, isPolygonal, OUTSIDE, placePoint, validateGridCollection, type GeoProblem, type Geometry, type Polygonal } from '@gridwork/core/geo';
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/schema';
import { gridsOfCommunities } from './grids.repository';
import { unsafeFindRegionById, type RegionRow, type RegionWithShape } from './regions.repository';

type Db = Kysely<DB> | Transaction<DB>;

export function geoJsonInvalid(problems: GeoProblem[]): DomainError {
  return new DomainError('GEOJSON_INVALID', `${problems.length} problem(s) in the geometry`, problems);
}

/**
 * Checks a shape given to one region through the API. A grid gets the import's checks (inside its
 * parent, no overlap with the grids of its community); other areas get the shape checks.
 */
export async function checkRegionGeometry(
  db: Db,
  r: { type: string; code: string; name: string; parent: RegionRow | RegionWithShape | null; geometry: unknown; selfId?: number },
): Promise<Polygonal> {
  if (r.type !== 'grid' || !r.parent) {
    const problems: GeoProblem[] = [];
    const shape = checkGeometry(r.geometry, 'geometry', (path, code, message) => problems.push({ feature: 0, path, code, message }));
    if (!shape || problems.length) throw geoJsonInvalid(problems);
    return shape;
  }
  const parentGeometry = 'geometry' in r.parent ? (r.parent.geometry as Geometry | null) : null;
  const existing = (await gridsOfCommunities(db, [r.code.slice(0, 12)])).filter((g) => g.id !== r.selfId);
  const result = validateGridCollection(
    { type: 'FeatureCollection', features: [{ type: 'Feature', properties: { code: r.code, name: r.name, parentCode: r.parent.code }, geometry: r.geometry }] },
    { parents: new Map([[r.parent.code, parentGeometry]]), existing },
  );
  if (!result.ok) throw geoJsonInvalid(result.problems);
  return result.features[0].geometry;
}

/** A compound or building point must lie in its grid when the grid has a shape (A1.5: no blind spots). */
export async function checkPointInGrid(db: Db, parent: RegionRow, point: [number, number] | null | undefined): Promise<void> {
  if (!point) return;
  const gridId = parent.type === 'grid' ? parent.id : parent.type === 'compound' ? parent.parentId : null;
  const grid = gridId ? await unsafeFindRegionById(db, gridId) : undefined;
  if (!grid?.geometry || !isPolygonal(grid.geometry as Geometry)) return;
  if (placePoint(flattenPolygonal(grid.geometry as Polygonal), point[0], point[1]) === OUTSIDE) {
    throw new DomainError('VALIDATION_FAILED', `the point lies outside grid ${grid.code}`, [{ field: 'body.point', message: `outside grid ${grid.code}` }]);
  }
}
