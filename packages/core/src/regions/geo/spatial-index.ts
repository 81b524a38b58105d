/**
 * In-memory spatial index of grid polygons (A8.3 keeps the grid map; contract `grids/locate`).
 *
 * A static flatbush R-tree over the grids' bounding boxes, then the exact point-in-polygon test
 * of `point-in-polygon.ts` on the candidates. A point on a shared edge lies in several grids: the
 * one with the lowest code wins. Edits (`upsert`, `remove`) only mark the index stale; the next
 * query rebuilds it (10-40 ms for 10,000 grids here), which keeps it simple and always correct.
 */
import Flatbush from 'flatbush';
import { DomainError, ErrorCodes } from '../../errors';
import { isPolygonal, type Polygonal } from './geometry';
import { encodePolygonal, placeEncoded, OUTSIDE } from './point-in-polygon';
import { PointWalker } from './rtree-walk';

export interface IndexedGrid<Id = number> {
  id: Id;
  code: string;
  name: string;
  geometry: Polygonal;
}

export interface LocatedGrid<Id = number> {
  readonly id: Id;
  readonly code: string;
  readonly name: string;
}

export interface SpatialIndexOptions {
  /** Flatbush node size (default 4: measured fastest for point queries, see bench/locate.bench.ts). */
  nodeSize?: number;
}

interface Built<Id> {
  tree: PointWalker | null;
  /** Sorted by code: the item number in the tree is the rank, so the lowest number wins. */
  refs: LocatedGrid<Id>[];
  /** The point being located, read by `contains`. */
  query: Float64Array;
  /** Whether grid i holds the query point: its shape is encoded in one shared array (see `FlatShape`). */
  contains: (i: number) => boolean;
}

export class GridSpatialIndex<Id = number> {
  private readonly grids = new Map<Id, IndexedGrid<Id>>();
  private readonly nodeSize: number;
  private built: Built<Id> | null = null;

  constructor(grids: Iterable<IndexedGrid<Id>> = [], options: SpatialIndexOptions = {}) {
    this.nodeSize = options.nodeSize ?? 4;
    for (const grid of grids) this.upsert(grid);
  }

  get size(): number {
    return this.grids.size;
  }

  has(id: Id): boolean {
    return this.grids.has(id);
  }

  /** Adds a grid or replaces the grid with the same id. */
  upsert(grid: IndexedGrid<Id>): void {
    if (!isPolygonal(grid.geometry)) {
      throw new DomainError(ErrorCodes.VALIDATION_FAILED, `grid ${grid.code}: geometry must be a Polygon or MultiPolygon`);
    }
    this.grids.set(grid.id, grid);
    this.built = null;
  }

  /** Removes a grid; false when it was not indexed. */
  remove(id: Id): boolean {
    const had = this.grids.delete(id);
    if (had) this.built = null;
    return had;
  }

  /** Builds the tree now (else the first query after an edit does). */
  prepare(): void {
    this.ensureBuilt();
  }

  /** The grid containing the WGS-84 point (boundary included; lowest code on shared edges), or null. */
  locate(lng: number, lat: number): LocatedGrid<Id> | null {
    const { tree, refs, query, contains } = this.ensureBuilt();
    if (tree === null || !(lng >= -180 && lng <= 180 && lat >= -90 && lat <= 90)) return null;
    query[0] = lng;
    query[1] = lat;
    const best = tree.lowest(lng, lat, contains);
    return best < 0 ? null : refs[best];
  }

  /** Ids of the grids whose bounding box holds the point: no polygon test (benchmark ceiling). */
  bareLookup(lng: number, lat: number): Id[] {
    const { tree, refs } = this.ensureBuilt();
    if (tree === null) return [];
    return tree.all(lng, lat).map((i) => refs[i].id);
  }

  private ensureBuilt(): Built<Id> {
    if (this.built === null) this.built = this.build();
    return this.built;
  }

  private build(): Built<Id> {
    const grids = [...this.grids.values()].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
    const refs = grids.map(({ id, code, name }) => Object.freeze({ id, code, name }));
    const encoded: number[] = [];
    const offsets = new Float64Array(grids.length);
    const boxes = grids.map((g, i) => {
      offsets[i] = encoded.length;
      return encodePolygonal(g.geometry, encoded);
    });
    const data = Float64Array.from(encoded);
    const query = new Float64Array(2);
    const contains = (i: number): boolean => placeEncoded(data, offsets[i], query[0], query[1]) !== OUTSIDE;
    if (grids.length === 0) return { tree: null, refs, query, contains };
    const tree = new Flatbush(grids.length, this.nodeSize);
    for (const b of boxes) tree.add(b[0], b[1], b[2], b[3]);
    tree.finish();
    return { tree: new PointWalker(tree), refs, query, contains };
  }
}
