/** Small geometry builders shared by the geo tests (pure data, no test framework). */
import type { MultiPolygon, Polygon, Position } from './geometry';

/** Closed counter-clockwise rectangle ring. */
export function rectRing(x0: number, y0: number, x1: number, y1: number): Position[] {
  return [
    [x0, y0],
    [x1, y0],
    [x1, y1],
    [x0, y1],
    [x0, y0],
  ];
}

export function rect(x0: number, y0: number, x1: number, y1: number, holes: Position[][] = []): Polygon {
  return { type: 'Polygon', coordinates: [rectRing(x0, y0, x1, y1), ...holes] };
}

export function multi(...polygons: Polygon[]): MultiPolygon {
  return { type: 'MultiPolygon', coordinates: polygons.map((p) => p.coordinates) };
}

export interface GridProps {
  code?: unknown;
  name?: unknown;
  parentCode?: unknown;
  [other: string]: unknown;
}

export function gridFeature(geometry: unknown, props: GridProps): Record<string, unknown> {
  return { type: 'Feature', properties: { ...props }, geometry };
}

export function collection(features: unknown[]): Record<string, unknown> {
  return { type: 'FeatureCollection', features };
}
