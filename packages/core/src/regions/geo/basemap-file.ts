/**
 * A base-map file (issue 11 item 10): the roads and footprints drawn under the grids, GeoJSON
 * (RFC 7946, WGS-84). Roads are LineStrings with a name, compounds and buildings Polygons. Read
 * with caps first, every feature checked; a file with any problem is refused as a whole.
 */
import type { BBox, Position } from './geometry';
import { ProblemList, type GeoProblem } from './geojson-problems';

export const BASEMAP_KINDS = ['major-road', 'road', 'compound', 'building'] as const;
export type BasemapKind = (typeof BASEMAP_KINDS)[number];

export interface BasemapFeature {
  type: 'Feature';
  properties: { kind: BasemapKind; name: string | null };
  geometry: { type: 'LineString'; coordinates: Position[] } | { type: 'Polygon'; coordinates: Position[][] };
}

export const BASEMAP_LIMITS = { features: 20_000, filePositions: 500_000, featurePositions: 5_000, rings: 20, name: 60 } as const;
/** How far (degrees, about 2 km) a feature may reach past its street's or town's grids. */
export const BASEMAP_MARGIN = 0.02;

const isRoad = (k: BasemapKind) => k === 'major-road' || k === 'road';

type Report = (path: string, code: GeoProblem['code'], message: string) => void;

/** Reports a problem; the part read is then missing. */
function fail(report: Report, path: string, code: GeoProblem['code'], message: string): null {
  report(path, code, message);
  return null;
}

function readPosition(p: unknown, at: string, area: BBox, report: Report): Position | null {
  if (!Array.isArray(p) || p.length < 2 || p.length > 3) return fail(report, at, 'POSITION_INVALID', 'a position is [lng, lat]');
  const [lng, lat] = p;
  if (typeof lng !== 'number' || typeof lat !== 'number' || !Number.isFinite(lng) || !Number.isFinite(lat)) {
    return fail(report, at, 'COORDINATE_NOT_NUMBER', 'coordinates must be finite numbers');
  }
  const [w, s, e, n] = area;
  if (lng < w - BASEMAP_MARGIN || lng > e + BASEMAP_MARGIN || lat < s - BASEMAP_MARGIN || lat > n + BASEMAP_MARGIN) {
    return fail(report, at, 'COORDINATE_OUT_OF_RANGE', `[${lng}, ${lat}] is more than about 2 km off the area's grids`);
  }
  return [lng, lat];
}

function readLine(coords: unknown, at: string, area: BBox, report: Report, min: number): Position[] | null {
  if (!Array.isArray(coords) || coords.length < min) return fail(report, at, 'COORDINATES_INVALID', `at least ${min} positions`);
  const out = coords.map((p, i) => readPosition(p, `${at}[${i}]`, area, report));
  return out.every((p) => p !== null) ? (out as Position[]) : null;
}

function readGeometry(g: unknown, kind: BasemapKind, at: string, area: BBox, report: Report): BasemapFeature['geometry'] | null {
  const geometry = g as { type?: unknown; coordinates?: unknown } | null;
  if (!geometry || typeof geometry !== 'object') return fail(report, at, 'GEOMETRY_MISSING', 'every feature needs a geometry');
  const want = isRoad(kind) ? 'LineString' : 'Polygon';
  if (geometry.type !== want) return fail(report, `${at}.type`, 'GEOMETRY_TYPE_INVALID', `a ${kind} is a ${want}`);
  const c = `${at}.coordinates`;
  if (want === 'LineString') {
    const line = readLine(geometry.coordinates, c, area, report, 2);
    return line && { type: 'LineString', coordinates: line };
  }
  const rings = geometry.coordinates;
  if (!Array.isArray(rings) || rings.length === 0 || rings.length > BASEMAP_LIMITS.rings) {
    return fail(report, c, 'COORDINATES_INVALID', `a polygon has 1 to ${BASEMAP_LIMITS.rings} rings`);
  }
  const out: Position[][] = [];
  rings.forEach((r, i) => {
    const ring = readLine(r, `${c}[${i}]`, area, report, 4);
    if (!ring) return;
    const [a, z] = [ring[0], ring[ring.length - 1]];
    if (a[0] !== z[0] || a[1] !== z[1]) report(`${c}[${i}]`, 'RING_NOT_CLOSED', 'a ring ends where it starts');
    else out.push(ring);
  });
  return out.length === rings.length ? { type: 'Polygon', coordinates: out } : null;
}

function positionsOf(g: unknown): number {
  const c = (g as { coordinates?: unknown } | null)?.coordinates;
  if (!Array.isArray(c)) return 0;
  return c.reduce<number>((n, x) => n + (Array.isArray(x) && Array.isArray(x[0]) ? x.length : 1), 0);
}

function readName(v: unknown, at: string, report: Report): string | null | undefined {
  if (v === undefined || v === null) return null;
  const name = typeof v === 'string' ? v.trim() : '';
  if (!name || name.length > BASEMAP_LIMITS.name || /\p{Cc}/u.test(name)) {
    report(at, 'FEATURE_INVALID', `a name is 1 to ${BASEMAP_LIMITS.name} characters of text`);
    return undefined;
  }
  return name;
}

/** `area`: the bbox of the street's or town's grids; every position must lie within about 2 km of it. */
export function readBasemapFile(input: unknown, area: BBox): { features: BasemapFeature[]; problems: GeoProblem[] } {
  const problems = new ProblemList(100);
  const fc = input as { type?: unknown; features?: unknown } | null;
  if (!fc || typeof fc !== 'object' || fc.type !== 'FeatureCollection' || !Array.isArray(fc.features)) {
    problems.add(-1, '', 'NOT_A_FEATURE_COLLECTION', 'the file is a GeoJSON FeatureCollection');
    return { features: [], problems: problems.items };
  }
  const list: unknown[] = fc.features;
  if (list.length === 0) problems.add(-1, 'features', 'NO_FEATURES', 'the file has no features');
  if (list.length > BASEMAP_LIMITS.features) {
    problems.add(-1, 'features', 'TOO_MANY_FEATURES', `at most ${BASEMAP_LIMITS.features} features`);
  }
  const sizes = list.slice(0, BASEMAP_LIMITS.features + 1).map((f) => positionsOf((f as { geometry?: unknown } | null)?.geometry));
  if (sizes.reduce((a, b) => a + b, 0) > BASEMAP_LIMITS.filePositions) {
    problems.add(-1, 'features', 'FILE_TOO_LARGE', `at most ${BASEMAP_LIMITS.filePositions} positions`);
  }
  if (problems.items.length) return { features: [], problems: problems.items };
  const features: BasemapFeature[] = [];
  list.forEach((raw, i) => {
    if (problems.full) return;
    const report = problems.forFeature(i);
    const at = `features[${i}]`;
    const f = raw as { type?: unknown; properties?: Record<string, unknown> | null; geometry?: unknown } | null;
    if (f?.type !== 'Feature') return report(at, 'FEATURE_INVALID', 'each item of features is a Feature');
    if (!f.properties || typeof f.properties !== 'object')
      return report(`${at}.properties`, 'PROPERTIES_MISSING', 'properties.kind is needed');
    const kind = f.properties.kind as BasemapKind;
    if (!BASEMAP_KINDS.includes(kind))
      return report(`${at}.properties.kind`, 'FEATURE_INVALID', `kind is one of ${BASEMAP_KINDS.join(', ')}`);
    if (sizes[i] > BASEMAP_LIMITS.featurePositions) {
      return report(`${at}.geometry`, 'GEOMETRY_TOO_LARGE', `at most ${BASEMAP_LIMITS.featurePositions} positions in one feature`);
    }
    const name = readName(f.properties.name, `${at}.properties.name`, report);
    const geometry = readGeometry(f.geometry, kind, `${at}.geometry`, area, report);
    if (name !== undefined && geometry) features.push({ type: 'Feature', properties: { kind, name }, geometry });
  });
  return { features, problems: problems.items };
}
