/** GeoJSON helpers shared by the geo module. Coordinates are WGS-84 `[lng, lat]` degrees. */
import type { Geometry, MultiPolygon, Polygon, Position } from 'geojson';

export type { Geometry, MultiPolygon, Polygon, Position };
/** The geometry of a grid or another area region. */
export type Polygonal = Polygon | MultiPolygon;
/** `[minLng, minLat, maxLng, maxLat]`. */
export type BBox = [number, number, number, number];

export function isPolygonal(geometry: Geometry | null | undefined): geometry is Polygonal {
  return geometry?.type === 'Polygon' || geometry?.type === 'MultiPolygon';
}

/** The polygons of a Polygon (one) or a MultiPolygon (each). */
export function polygonsOf(geometry: Polygonal): Position[][][] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

export function bboxOf(geometry: Polygonal): BBox {
  const box: BBox = [Infinity, Infinity, -Infinity, -Infinity];
  for (const polygon of polygonsOf(geometry)) {
    for (const [x, y] of polygon[0] ?? []) {
      if (x < box[0]) box[0] = x;
      if (y < box[1]) box[1] = y;
      if (x > box[2]) box[2] = x;
      if (y > box[3]) box[3] = y;
    }
  }
  return box;
}

/** True when the boxes intersect or touch. */
export function bboxesTouch(a: BBox, b: BBox): boolean {
  return a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];
}
