import { DomainError } from '@gridwork/core';
import {
  checkGeometry,
  flattenPolygonal,
  isPolygonal,
  OUTSIDE,
  placePoint,
  readGridCollection,
  type GeoProblem,
  type Geometry,
  type Polygonal,
} from '@gridwork/core/geo';
import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../db/schema';
import { checkShapesOffLoop } from './geo-check';
import { gridsOfCommunities, gridVersionsOfCommunities, type StoredGrid } from './grids.repository';
import { unsafeFindRegionById, type RegionRow, type RegionWithShape } from './regions.repository';

type Db = Kysely<DB> | Transaction<DB>;

export function geoJsonInvalid(problems: GeoProblem[]): DomainError {
  return new DomainError('GEOJSON_INVALID', `${problems.length} problem(s) in the geometry`, problems);
}

export interface CheckedShape {
  geometry: Polygonal;
  /** For a grid: the stored grids of its community its shape was compared with (see `assertGridsUnchanged`). */
  checkedAgainst?: { communities: string[]; grids: StoredGrid[] };
}

/**
 * Checks a shape given to one region through the API, before any transaction (the shape checks run
 * in a worker: geo-check.ts). A grid gets the import's checks (size caps, rings, inside its parent,
 * no overlap with the grids of its community); other areas get the size caps and the ring checks.
 */
export async function checkRegionGeometry(
  db: Kysely<DB>,
  r: { type: string; code: string; name: string; parent: RegionRow | RegionWithShape | null; geometry: unknown; selfId?: number },
  owner: number,
): Promise<CheckedShape> {
  if (r.type !== 'grid' || !r.parent) {
    const problems: GeoProblem[] = [];
    const shape = checkGeometry(r.geometry, 'geometry', (path, code, message) => problems.push({ feature: 0, path, code, message }));
    if (!shape || problems.length) throw geoJsonInvalid(problems);
    const found = await checkShapesOffLoop(
      {
        grids: [{ feature: 0, code: r.code, parentCode: '', group: '', geometry: shape, path: 'geometry' }],
        parents: new Map(),
        existing: [],
        maxProblems: 20,
      },
      owner,
    );
    if (found.length) throw geoJsonInvalid(found);
    return { geometry: shape };
  }
  const parentGeometry = 'geometry' in r.parent ? (r.parent.geometry as Geometry | null) : null;
  const community = r.code.slice(0, 12);
  const stored = await gridsOfCommunities(db, [community]);
  const read = readGridCollection(
    {
      type: 'FeatureCollection',
      features: [{ type: 'Feature', properties: { code: r.code, name: r.name, parentCode: r.parent.code }, geometry: r.geometry }],
    },
    { parents: new Map([[r.parent.code, parentGeometry]]), existing: stored.filter((g) => g.id !== r.selfId) },
  );
  const problems = [...read.problems, ...(await checkShapesOffLoop(read.shapes, owner))];
  if (problems.length || !read.features[0]) throw geoJsonInvalid(problems);
  return { geometry: read.features[0].geometry, checkedAgainst: { communities: [community], grids: stored } };
}

const fingerprint = (grids: Array<{ id: number; version: number }>) =>
  grids
    .map((g) => `${g.id}:${g.version}`)
    .sort()
    .join(',');

/**
 * Inside the writing transaction: waits for any other writer of these communities' grids (an
 * advisory lock per community, held to the end of the transaction), then makes sure the grids the
 * shapes were checked against are still those; else 409 VERSION_CONFLICT (send the request again).
 */
export async function assertGridsUnchanged(trx: Transaction<DB>, checked: { communities: string[]; grids: StoredGrid[] }): Promise<void> {
  const communities = [...new Set(checked.communities)].sort();
  for (const c of communities) await sql`SELECT pg_advisory_xact_lock(727276, hashtext(${c}))`.execute(trx);
  const now = await gridVersionsOfCommunities(trx, communities);
  if (fingerprint(now) !== fingerprint(checked.grids)) {
    throw new DomainError('VERSION_CONFLICT', 'the grids of this community changed while the shapes were checked: send the request again');
  }
}

/** A compound or building point must lie in its grid when the grid has a shape (A1.5: no blind spots). */
export async function checkPointInGrid(db: Db, parent: RegionRow, point: [number, number] | null | undefined): Promise<void> {
  if (!point) return;
  const gridId = parent.type === 'grid' ? parent.id : parent.type === 'compound' ? parent.parentId : null;
  const grid = gridId ? await unsafeFindRegionById(db, gridId) : undefined;
  if (!grid?.geometry || !isPolygonal(grid.geometry as Geometry)) return;
  if (placePoint(flattenPolygonal(grid.geometry as Polygonal), point[0], point[1]) === OUTSIDE) {
    throw new DomainError('VALIDATION_FAILED', `the point lies outside grid ${grid.code}`, [
      { field: 'body.point', message: `outside grid ${grid.code}` },
    ]);
  }
}
