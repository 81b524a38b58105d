/** Structural checks of a grid geometry: type, rings, positions, WGS-84 ranges. */
import type { Polygonal, Position } from './geometry';
import type { FeatureReporter } from './geojson-problems';
import { measureShape } from './geojson-limits';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Returns the geometry when it is a well-formed WGS-84 Polygon or MultiPolygon, else null (problems reported). */
export function checkGeometry(geometry: unknown, path: string, report: FeatureReporter): Polygonal | null {
  if (geometry === undefined || geometry === null) {
    report(path, 'GEOMETRY_MISSING', 'the feature has no geometry');
    return null;
  }
  if (!isObject(geometry) || (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon')) {
    const type = isObject(geometry) ? JSON.stringify(geometry.type ?? null) : typeof geometry;
    report(`${path}.type`, 'GEOMETRY_TYPE_INVALID', `geometry must be a Polygon or MultiPolygon, not ${type}`);
    return null;
  }
  const coords = geometry.coordinates;
  const at = `${path}.coordinates`;
  if (!Array.isArray(coords)) {
    report(at, 'COORDINATES_INVALID', 'coordinates must be an array');
    return null;
  }
  if (coords.length === 0) {
    report(at, 'GEOMETRY_EMPTY', `the ${geometry.type} has no ${geometry.type === 'Polygon' ? 'rings' : 'polygons'}`);
    return null;
  }
  const tooLarge = measureShape(geometry).problem;
  if (tooLarge) {
    report(`${at}${tooLarge.at}`, 'GEOMETRY_TOO_LARGE', tooLarge.message);
    return null;
  }
  const ok =
    geometry.type === 'Polygon'
      ? checkPolygon(coords, at, report)
      : coords.map((polygon, i) => checkPolygon(polygon, `${at}[${i}]`, report)).every(Boolean);
  return ok ? (geometry as unknown as Polygonal) : null;
}

function checkPolygon(polygon: unknown, path: string, report: FeatureReporter): boolean {
  if (!Array.isArray(polygon)) {
    report(path, 'COORDINATES_INVALID', 'a polygon must be an array of rings');
    return false;
  }
  if (polygon.length === 0) {
    report(path, 'GEOMETRY_EMPTY', 'the polygon has no rings');
    return false;
  }
  return polygon.map((ring, i) => checkRing(ring, `${path}[${i}]`, report)).every(Boolean);
}

function checkRing(ring: unknown, path: string, report: FeatureReporter): boolean {
  if (!Array.isArray(ring)) {
    report(path, 'COORDINATES_INVALID', 'a ring must be an array of positions');
    return false;
  }
  let positionsOk = true;
  for (let i = 0; i < ring.length; i++) if (!checkPosition(ring[i], path, i, report)) positionsOk = false;
  let ok = positionsOk;
  if (ring.length < 4) {
    report(path, 'RING_TOO_SHORT', `a ring needs at least 4 positions (first = last), it has ${ring.length}`);
    ok = false;
  }
  if (positionsOk && ring.length > 0) {
    const first = ring[0] as Position;
    const last = ring[ring.length - 1] as Position;
    if (first[0] !== last[0] || first[1] !== last[1]) {
      report(
        path,
        'RING_NOT_CLOSED',
        `the ring is not closed: it starts at [${first[0]}, ${first[1]}] and ends at [${last[0]}, ${last[1]}]`,
      );
      ok = false;
    } else if (ok && onOneLine(ring as Position[])) {
      report(path, 'RING_DEGENERATE', 'the ring encloses no area (all its positions lie on one line)');
      ok = false;
    } else if (ok && ringArea(ring as Position[]) === 0) {
      report(path, 'RING_SELF_INTERSECTION', 'the ring crosses itself (a bow tie): its loops turn opposite ways and cancel out');
      ok = false;
    }
  }
  return ok;
}

const isFiniteNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** Checks `ring[index]`; the path (`ringPath[index]`) is only written out for a problem. */
function checkPosition(position: unknown, ringPath: string, index: number, report: FeatureReporter): boolean {
  if (!Array.isArray(position) || position.length < 2 || position.length > 3) {
    report(`${ringPath}[${index}]`, 'POSITION_INVALID', 'a position must be [lng, lat] (or [lng, lat, altitude])');
    return false;
  }
  const [lng, lat] = position as unknown[];
  if (
    isFiniteNumber(lng) &&
    isFiniteNumber(lat) &&
    (position.length === 2 || isFiniteNumber(position[2])) &&
    Math.abs(lng) <= 180 &&
    Math.abs(lat) <= 90
  )
    return true;
  return positionProblems(position, `${ringPath}[${index}]`, report);
}

function positionProblems(position: unknown[], path: string, report: FeatureReporter): boolean {
  let ok = true;
  position.forEach((v, i) => {
    if (typeof v !== 'number' || !Number.isFinite(v)) {
      report(`${path}[${i}]`, 'COORDINATE_NOT_NUMBER', `coordinate ${JSON.stringify(v) ?? String(v)} is not a finite number`);
      ok = false;
    }
  });
  if (!ok) return false;
  const [lng, lat] = position as number[];
  const swapped =
    Math.abs(lng) <= 90 && Math.abs(lat) > 90 && Math.abs(lat) <= 180 ? ' (are lng and lat swapped? GeoJSON is [lng, lat])' : '';
  if (lng < -180 || lng > 180) {
    report(`${path}[0]`, 'COORDINATE_OUT_OF_RANGE', `longitude ${lng} is outside -180..180${swapped}`);
    ok = false;
  }
  if (lat < -90 || lat > 90) {
    report(`${path}[1]`, 'COORDINATE_OUT_OF_RANGE', `latitude ${lat} is outside -90..90${swapped}`);
    ok = false;
  }
  return ok;
}

/**
 * True when every position lies on the line through the first position and the one farthest from it (or all
 * are equal), to within a billionth of a radian: rounding must not make a flat ring look like a crossing one.
 */
function onOneLine(ring: Position[]): boolean {
  const [x0, y0] = ring[0];
  let [dx, dy, far] = [0, 0, 0];
  for (const [x, y] of ring) {
    const d = Math.hypot(x - x0, y - y0);
    if (d > far) [dx, dy, far] = [x - x0, y - y0, d];
  }
  return ring.every(([x, y]) => Math.abs(dx * (y - y0) - dy * (x - x0)) <= 1e-9 * far * Math.hypot(x - x0, y - y0));
}

/** Planar shoelace area (degrees²); only its being zero matters here. */
function ringArea(ring: Position[]): number {
  let sum = 0;
  for (let i = 0; i + 1 < ring.length; i++) sum += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
  return sum / 2;
}
