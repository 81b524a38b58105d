/**
 * A shape check (grid-shapes.ts) as one Float64Array plus small records, so that it crosses to a
 * worker thread without copying (the array's buffer is transferred): cloning a quarter of a million
 * nested position arrays would itself hold the event loop for a noticeable time. Per shape:
 * `[multi (0|1), polygons, (rings, (positions, x0, y0, x1, y1, ...)...)...]`; altitudes are dropped.
 */
import type { AreaGrid } from './grid-overlap';
import type { ShapeCheck } from './grid-shapes';
import { polygonsOf, type Polygonal, type Position } from './geometry';

type PackedGrid = Omit<AreaGrid, 'geometry'> & { shape: number };

export interface PackedShapeCheck {
  data: Float64Array;
  grids: PackedGrid[];
  existing: PackedGrid[];
  parents: Array<[string, number]>;
  maxProblems: number;
}

export function packShapeCheck(job: ShapeCheck): PackedShapeCheck {
  const offsets = new Map<Polygonal, number>();
  let size = 0;
  const place = (g: Polygonal) => {
    if (offsets.has(g)) return;
    offsets.set(g, size);
    size += 2;
    for (const polygon of polygonsOf(g)) {
      size += 1;
      for (const ring of polygon) size += 1 + 2 * ring.length;
    }
  };
  [...job.grids, ...job.existing].forEach((g) => place(g.geometry));
  job.parents.forEach(place);
  const data = new Float64Array(size);
  for (const [g, at] of offsets) write(g, data, at);
  const record = ({ geometry, ...rest }: AreaGrid): PackedGrid => ({ ...rest, shape: offsets.get(geometry)! });
  return {
    data,
    grids: job.grids.map(record),
    existing: job.existing.map(record),
    parents: [...job.parents].map(([code, g]) => [code, offsets.get(g)!]),
    maxProblems: job.maxProblems,
  };
}

function write(g: Polygonal, data: Float64Array, start: number): void {
  let at = start;
  const polygons = polygonsOf(g);
  data[at++] = g.type === 'MultiPolygon' ? 1 : 0;
  data[at++] = polygons.length;
  for (const polygon of polygons) {
    data[at++] = polygon.length;
    for (const ring of polygon) {
      data[at++] = ring.length;
      for (let i = 0; i < ring.length; i++) {
        data[at++] = ring[i][0];
        data[at++] = ring[i][1];
      }
    }
  }
}

function read(data: Float64Array, start: number): Polygonal {
  let at = start;
  const multi = data[at++] === 1;
  const polygons: Position[][][] = [];
  for (let p = data[at++]; p > 0; p--) {
    const rings: Position[][] = [];
    for (let r = data[at++]; r > 0; r--) {
      const ring: Position[] = new Array(data[at++]);
      for (let i = 0; i < ring.length; i++, at += 2) ring[i] = [data[at], data[at + 1]];
      rings.push(ring);
    }
    polygons.push(rings);
  }
  return multi ? { type: 'MultiPolygon', coordinates: polygons } : { type: 'Polygon', coordinates: polygons[0] };
}

export function unpackShapeCheck(packed: PackedShapeCheck): ShapeCheck {
  const shapes = new Map<number, Polygonal>();
  const shape = (at: number) => {
    let found = shapes.get(at);
    if (!found) shapes.set(at, (found = read(packed.data, at)));
    return found;
  };
  const grid = ({ shape: at, ...rest }: PackedGrid): AreaGrid => ({ ...rest, geometry: shape(at) });
  return {
    grids: packed.grids.map(grid),
    existing: packed.existing.map(grid),
    parents: new Map(packed.parents.map(([code, at]) => [code, shape(at)])),
    maxProblems: packed.maxProblems,
  };
}
