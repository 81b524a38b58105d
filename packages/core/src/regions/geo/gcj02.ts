/**
 * WGS-84 ⇄ GCJ-02 ("Mars coordinates" of Gaode and Tencent base maps), the well-known public
 * formula. Storage is always WGS-84 (contract): convert only at the map and at import/export.
 * Outside China's rough bounding box the two systems coincide and points pass unchanged.
 */
import { polygonsOf, type Polygonal, type Position } from './geometry';

export type LngLat = [lng: number, lat: number];

const A = 6378245.0; // Krasovsky 1940 semi-major axis used by the formula
const EE = 0.006693421622965943; // its first eccentricity squared
const INVERSE_TOLERANCE = 1e-9; // degrees (≈ 0.1 mm), well under the 1e-7 required
const MAX_ITERATIONS = 30;

export function isOutsideChina(lng: number, lat: number): boolean {
  return lng < 72.004 || lng > 137.8347 || lat < 0.8293 || lat > 55.8271;
}

function transformLat(x: number, y: number): number {
  let r = -100 + 2 * x + 3 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x));
  r += ((20 * Math.sin(6 * x * Math.PI) + 20 * Math.sin(2 * x * Math.PI)) * 2) / 3;
  r += ((20 * Math.sin(y * Math.PI) + 40 * Math.sin((y / 3) * Math.PI)) * 2) / 3;
  r += ((160 * Math.sin((y / 12) * Math.PI) + 320 * Math.sin((y * Math.PI) / 30)) * 2) / 3;
  return r;
}

function transformLng(x: number, y: number): number {
  let r = 300 + x + 2 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x));
  r += ((20 * Math.sin(6 * x * Math.PI) + 20 * Math.sin(2 * x * Math.PI)) * 2) / 3;
  r += ((20 * Math.sin(x * Math.PI) + 40 * Math.sin((x / 3) * Math.PI)) * 2) / 3;
  r += ((150 * Math.sin((x / 12) * Math.PI) + 300 * Math.sin((x / 30) * Math.PI)) * 2) / 3;
  return r;
}

/** WGS-84 → GCJ-02. */
export function wgs84ToGcj02(lng: number, lat: number): LngLat {
  if (isOutsideChina(lng, lat)) return [lng, lat];
  const radLat = (lat / 180) * Math.PI;
  const s = Math.sin(radLat);
  const magic = 1 - EE * s * s;
  const sqrtMagic = Math.sqrt(magic);
  const dLat = (transformLat(lng - 105, lat - 35) * 180) / (((A * (1 - EE)) / (magic * sqrtMagic)) * Math.PI);
  const dLng = (transformLng(lng - 105, lat - 35) * 180) / ((A / sqrtMagic) * Math.cos(radLat) * Math.PI);
  return [lng + dLng, lat + dLat];
}

/** GCJ-02 → WGS-84, by fixed-point iteration of the forward formula (error < 1e-9°). */
export function gcj02ToWgs84(lng: number, lat: number): LngLat {
  if (isOutsideChina(lng, lat)) return [lng, lat];
  let w: LngLat = [lng, lat];
  for (let i = 0; i < MAX_ITERATIONS; i++) {
    const [gx, gy] = wgs84ToGcj02(w[0], w[1]);
    const dx = gx - lng;
    const dy = gy - lat;
    w = [w[0] - dx, w[1] - dy];
    if (Math.abs(dx) < INVERSE_TOLERANCE && Math.abs(dy) < INVERSE_TOLERANCE) break;
  }
  return w;
}

/** Applies a point conversion to every position of a Polygon or MultiPolygon (a new geometry). */
export function convertPolygonal<G extends Polygonal>(geometry: G, convert: (lng: number, lat: number) => LngLat): G {
  const mapRing = (ring: Position[]): Position[] => ring.map(([x, y]) => convert(x, y));
  const polygons = polygonsOf(geometry).map((polygon) => polygon.map(mapRing));
  return (
    geometry.type === 'Polygon' ? { type: 'Polygon', coordinates: polygons[0] } : { type: 'MultiPolygon', coordinates: polygons }
  ) as G;
}
