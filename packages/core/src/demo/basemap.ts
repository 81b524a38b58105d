/**
 * The demo's offline base map (issue 11 item 10): named roads along the lines the grids were cut
 * from (so every grid is a block between roads, as in a real street) and footprints at the demo's
 * compounds and buildings, each inside its grid. Plain GeoJSON (RFC 7946, WGS-84); a deployment
 * replaces it with its own file. Its own seeded random stream: the demo's regions do not change.
 */
import type { BasemapFeature, BasemapKind } from '../regions/geo/basemap-file';
import type { Position } from '../regions/geo/geometry';
import { flattenPolygonal, INSIDE, placePoint, type FlatShape } from '../regions/geo/point-in-polygon';
import type { DemoArea, DemoGeometry, DemoRegion } from './geometry';
import { createRng, type Rng } from './prng';

export interface DemoBasemap {
  /** The street or town (DemoRegion key) the features belong to. */
  areaKey: string;
  features: BasemapFeature[];
}

/** Row lines south → north, column lines west → east; the outer and middle lines are major roads. */
const ROAD_NAMES: Record<DemoArea['type'], { rows: string[]; cols: string[] }> = {
  street: {
    rows: ['南环路', '光明路', '建设路', '幸福大道', '文化路', '育才路', '北环路'],
    cols: ['西环路', '东升街', '学府街', '人民大街', '新华街', '春晖街', '东环路'],
  },
  town: { rows: ['镇南路', '青山大道', '镇北路'], cols: ['西河路', '柳溪路', '镇中路', '枣园路', '东岭路'] },
};

const M_PER_DEG_LAT = 110_574;
const round7 = (v: number): number => Math.round(v * 1e7) / 1e7;

/** Local metres around a point ↔ degrees (equirectangular, fine at city scale). */
function metres(lat: number) {
  const perLng = 111_320 * Math.cos((lat * Math.PI) / 180);
  return {
    offset: ([lng, la]: readonly number[], dx: number, dy: number): Position => [
      round7(lng + dx / perLng),
      round7(la + dy / M_PER_DEG_LAT),
    ],
  };
}

/** The line carried on `extra` metres past both ends, so roads run on past the area's edge. */
function extend(line: Position[], extra: number): Position[] {
  const m = metres(line[0][1]);
  const past = (from: Position, to: Position): Position => {
    const dx = (to[0] - from[0]) * 111_320 * Math.cos((to[1] * Math.PI) / 180);
    const dy = (to[1] - from[1]) * M_PER_DEG_LAT;
    const len = Math.hypot(dx, dy) || 1;
    return m.offset(to, (dx / len) * extra, (dy / len) * extra);
  };
  return [past(line[1], line[0]), ...line, past(line[line.length - 2], line[line.length - 1])];
}

function roads(area: DemoArea): BasemapFeature[] {
  const names = ROAD_NAMES[area.type];
  const road = (line: Position[], i: number, all: Position[][], name: string): BasemapFeature => {
    const major = i === 0 || i === all.length - 1 || i === Math.floor(all.length / 2);
    return {
      type: 'Feature',
      properties: { kind: major ? 'major-road' : 'road', name },
      geometry: { type: 'LineString', coordinates: extend(line, 90) },
    };
  };
  return [
    ...area.rowLines.map((l, i, all) => road(l, i, all, names.rows[i] ?? `${i + 1}号路`)),
    ...area.colLines.map((l, i, all) => road(l, i, all, names.cols[i] ?? `${i + 1}号街`)),
  ];
}

type Rect = [number, number, number, number]; // metres around the place: west, south, east, north

function polygonOf(at: readonly number[], [w, s, e, n]: Rect, name: string | null, kind: BasemapKind): BasemapFeature {
  const m = metres(at[1]);
  const ring = [m.offset(at, w, s), m.offset(at, e, s), m.offset(at, e, n), m.offset(at, w, n), m.offset(at, w, s)];
  return { type: 'Feature', properties: { kind, name }, geometry: { type: 'Polygon', coordinates: [ring] } };
}

/** A rectangle fits when it stays 12 m off the grid's edge (the road) and clear of the ones already placed. */
function fits(shape: FlatShape, at: readonly number[], r: Rect, taken: Array<[readonly number[], Rect]>): boolean {
  const m = metres(at[1]);
  const [w, s, e, n] = [r[0] - 12, r[1] - 12, r[2] + 12, r[3] + 12];
  const corners = [m.offset(at, w, s), m.offset(at, e, s), m.offset(at, e, n), m.offset(at, w, n)];
  if (!corners.every(([x, y]) => placePoint(shape, x, y) === INSIDE)) return false;
  const box = (p: readonly number[], q: Rect) => {
    const [a, b] = [m.offset(p, q[0], q[1]), m.offset(p, q[2], q[3])];
    return [a[0], a[1], b[0], b[1]];
  };
  const mine = box(at, [w + 4, s + 4, e - 4, n - 4]);
  return taken.every(([p, q]) => {
    const o = box(p, q);
    return mine[2] < o[0] || o[2] < mine[0] || mine[3] < o[1] || o[3] < mine[1];
  });
}

/** The place's outline at the largest scale that fits (never below a small plot). */
function placeOutline(
  rng: Rng,
  shape: FlatShape,
  at: readonly number[],
  half: [number, number],
  taken: Array<[readonly number[], Rect]>,
): Rect {
  for (let scale = 1; scale >= 0.3; scale -= 0.1) {
    const r: Rect = [-half[0] * scale, -half[1] * scale, half[0] * scale, half[1] * scale];
    if (fits(shape, at, r, taken)) return r;
  }
  const x = rng.between(8, 12);
  return [-x, -x * 0.7, x, x * 0.7];
}

/** Slab blocks in rows inside a city compound; small houses scattered in a village. */
function inner(rng: Rng, [w, s, e, n]: Rect, village: boolean): Rect[] {
  const out: Rect[] = [];
  if (village) {
    const count = rng.int(6, 9);
    for (let tries = 0; out.length < count && tries < 60; tries++) {
      const [hw, hh] = [rng.between(5, 8), rng.between(4, 6)];
      const x = rng.between(w + hw + 3, e - hw - 3);
      const y = rng.between(s + hh + 3, n - hh - 3);
      const r: Rect = [x - hw, y - hh, x + hw, y + hh];
      if (r[0] < r[2] && !out.some((o) => r[0] < o[2] + 4 && o[0] < r[2] + 4 && r[1] < o[3] + 4 && o[1] < r[3] + 4)) out.push(r);
    }
    return out;
  }
  const depth = 12;
  for (let y = s + 10; y + depth <= n - 10; y += depth + 16) {
    for (let x = w + 10; x + 30 <= e - 10; x += rng.between(40, 52)) out.push([x, y, Math.min(x + rng.between(30, 40), e - 10), y + depth]);
  }
  return out;
}

function footprints(rng: Rng, grid: DemoRegion, places: DemoRegion[], village: boolean): BasemapFeature[] {
  if (!grid.geometry) return [];
  const shape = flattenPolygonal(grid.geometry);
  const taken: Array<[readonly number[], Rect]> = [];
  const out: BasemapFeature[] = [];
  for (const p of places) {
    if (!p.point) continue;
    const compound = p.type === 'compound';
    const half: [number, number] = compound
      ? village
        ? [rng.between(55, 75), rng.between(45, 60)]
        : [rng.between(55, 80), rng.between(45, 65)]
      : [rng.between(22, 35), rng.between(9, 14)];
    const r = placeOutline(rng, shape, p.point, half, taken);
    taken.push([p.point, r]);
    if (!compound) {
      out.push(polygonOf(p.point, r, p.name, 'building'));
      continue;
    }
    out.push(polygonOf(p.point, r, p.name, 'compound'));
    for (const b of inner(rng, r, village)) out.push(polygonOf(p.point, b, null, 'building'));
  }
  return out;
}

/** One base map per street or town of the demo geometry. */
export function buildDemoBasemap(geometry: DemoGeometry, seed: number): DemoBasemap[] {
  const rng = createRng(seed ^ 0x5eed_ba5e);
  const childrenOf = new Map<string, DemoRegion[]>();
  for (const r of geometry.regions) {
    if (r.parentKey && r.point) childrenOf.set(r.parentKey, [...(childrenOf.get(r.parentKey) ?? []), r]);
  }
  return geometry.areas.map((area) => {
    const grids = geometry.regions.filter((r) => r.type === 'grid' && r.key.startsWith(`${area.key}/`));
    const buildings = grids.flatMap((g) => footprints(rng, g, childrenOf.get(g.key) ?? [], area.type === 'town'));
    return { areaKey: area.key, features: [...roads(area), ...buildings] };
  });
}
