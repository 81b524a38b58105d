/**
 * Deterministic demo geometry (issue 2 item 8): a district with
 * - 幸福街道 (street, `community` preset): 3 communities × 2 workstations × 6 grids = 36 grids of
 *   roughly 350-450 m on a jittered 6 × 6 tiling, 2-3 compounds/buildings in each grid;
 * - 青山镇 (town, `township` preset) about 10 km east: 2 communities × 4 grids on a 4 × 2 tiling,
 *   2 hamlets in each grid.
 * Every area's shape is the outline of its block of cells, i.e. exactly the union of its grids.
 * Plain data in parent-first order; later generators add households, cases, visits by `key`.
 */
import type { RegionType } from '../regions/types';
import {
  composeCommunityCode,
  composeGridCode,
  composePlaceCode,
  composeStreetCode,
  composeWorkstationCode,
} from '../regions/geo/grid-code';
import type { Polygon, Polygonal, Position } from '../regions/geo/geometry';
import { flattenPolygonal, placePoint, INSIDE } from '../regions/geo/point-in-polygon';
import { createRng, type Rng } from './prng';
import { jitteredTiling, type Tiling } from './tiling';
import { PlaceNamer, gridName, workstationName, type PlaceSeed } from './names';

export interface DemoRegion {
  key: string;
  parentKey: string | null;
  type: RegionType;
  code: string;
  name: string;
  /** Areas (district, street, town, community, workstation, grid). */
  geometry?: Polygonal;
  /** Compounds and buildings: WGS-84 `[lng, lat]`. */
  point?: [number, number];
  /** Street/town only: the policy preset the demo attaches there. */
  preset?: 'community' | 'township';
}

/** A street or town with the lines of the tiling its grids were cut from (the base map's roads follow them). */
export interface DemoArea {
  key: string;
  type: 'street' | 'town';
  /** Row lines south → north, each west → east; column lines west → east, each south → north. */
  rowLines: Position[][];
  colLines: Position[][];
}

const areaOf = (key: string, type: DemoArea['type'], t: Tiling): DemoArea => ({
  key,
  type,
  rowLines: Array.from({ length: t.rows + 1 }, (_, r) => t.rowLine(r)),
  colLines: Array.from({ length: t.cols + 1 }, (_, c) => t.colLine(c)),
});

export interface DemoGeometry {
  regions: DemoRegion[];
  areas: DemoArea[];
}

export const DEMO_SEED = 20260101;
export const DEMO_ADMIN_CODE = '110199'; // fictional district code

const polygon = (ring: Position[]): Polygon => ({ type: 'Polygon', coordinates: [ring] });

export function buildDemoGeometry(seed: number = DEMO_SEED): DemoGeometry {
  const rng = createRng(seed);
  const street = buildStreet(rng);
  const town = buildTown(rng);
  const district: DemoRegion = {
    key: 'district',
    parentKey: null,
    type: 'district',
    code: DEMO_ADMIN_CODE,
    name: '示范区',
    geometry: { type: 'MultiPolygon', coordinates: [street.outline, town.outline].map((ring) => [ring]) },
  };
  return {
    regions: [district, ...street.regions, ...town.regions],
    areas: [areaOf('xingfu', 'street', street.tiling), areaOf('qingshan', 'town', town.tiling)],
  };
}

interface CommunitySpec {
  slug: string;
  segment: number;
  name: string;
}

const STREET_COMMUNITIES: CommunitySpec[] = [
  { slug: 'heping', segment: 1, name: '和平社区' },
  { slug: 'youyi', segment: 2, name: '友谊社区' },
  { slug: 'tuanjie', segment: 3, name: '团结社区' },
];

const TOWN_COMMUNITIES: CommunitySpec[] = [
  { slug: 'qingshan', segment: 1, name: '青山社区' },
  { slug: 'liuxi', segment: 201, name: '柳溪村' },
];

function buildStreet(rng: Rng): { regions: DemoRegion[]; outline: Position[]; tiling: Tiling } {
  const tiling = jitteredTiling({
    origin: [116.452, 39.918],
    colWidths: [420, 380, 450, 400, 360, 430],
    rowHeights: [400, 350, 420, 380, 440, 360],
    jitter: 0.1,
    edgeVertexChance: 0.5,
    rng,
  });
  const outline = tiling.outline(0, 0, 6, 6);
  const key = 'xingfu';
  const regions: DemoRegion[] = [
    {
      key,
      parentKey: 'district',
      type: 'street',
      code: composeStreetCode({ admin: DEMO_ADMIN_CODE, street: 1 }),
      name: '幸福街道',
      geometry: polygon(outline),
      preset: 'community',
    },
  ];
  const places = new PlaceNamer(rng);
  STREET_COMMUNITIES.forEach((spec, i) => {
    const community = areaRegion(tiling, key, spec, [0, 2 * i, 6, 2 * i + 2], 1);
    regions.push(community);
    for (let w = 0; w < 2; w++) {
      const wsCode = composeWorkstationCode(community.code, w + 1);
      const wsKey = `${community.key}/w${w + 1}`;
      regions.push({
        key: wsKey,
        parentKey: community.key,
        type: 'workstation',
        code: wsCode,
        name: workstationName(spec.name, w + 1),
        geometry: polygon(tiling.outline(3 * w, 2 * i, 3 * w + 3, 2 * i + 2)),
      });
      const cells = blockCells(3 * w, 2 * i, 3 * w + 3, 2 * i + 2);
      cells.forEach((cell, k) => {
        const spot = { tiling, community, spec, parentKey: wsKey, seq: 6 * w + k + 1, cell };
        regions.push(...gridWithPlaces(spot, places.street(rng.int(2, 3))));
      });
    }
  });
  return { regions, outline, tiling };
}

function buildTown(rng: Rng): { regions: DemoRegion[]; outline: Position[]; tiling: Tiling } {
  const tiling = jitteredTiling({
    origin: [116.572, 39.931],
    colWidths: [620, 560, 650, 590],
    rowHeights: [600, 640],
    jitter: 0.1,
    edgeVertexChance: 0.6,
    rng,
  });
  const outline = tiling.outline(0, 0, 4, 2);
  const key = 'qingshan';
  const regions: DemoRegion[] = [
    {
      key,
      parentKey: 'district',
      type: 'town',
      code: composeStreetCode({ admin: DEMO_ADMIN_CODE, street: 101 }),
      name: '青山镇',
      geometry: polygon(outline),
      preset: 'township',
    },
  ];
  const places = new PlaceNamer(rng);
  TOWN_COMMUNITIES.forEach((spec, i) => {
    const community = areaRegion(tiling, key, spec, [2 * i, 0, 2 * i + 2, 2], 101);
    regions.push(community);
    blockCells(2 * i, 0, 2 * i + 2, 2).forEach((cell, k) => {
      regions.push(...gridWithPlaces({ tiling, community, spec, parentKey: community.key, seq: k + 1, cell }, places.hamlets(2)));
    });
  });
  return { regions, outline, tiling };
}

function areaRegion(tiling: Tiling, parentKey: string, spec: CommunitySpec, [c0, r0, c1, r1]: number[], streetSegment: number): DemoRegion {
  const code = composeCommunityCode({ admin: DEMO_ADMIN_CODE, street: streetSegment, community: spec.segment });
  return {
    key: `${parentKey}/${spec.slug}`,
    parentKey,
    type: 'community',
    code,
    name: spec.name,
    geometry: polygon(tiling.outline(c0, r0, c1, r1)),
  };
}

/** Cells of a block, row by row from the south-west. */
function blockCells(c0: number, r0: number, c1: number, r1: number): [number, number][] {
  const cells: [number, number][] = [];
  for (let r = r0; r < r1; r++) for (let c = c0; c < c1; c++) cells.push([c, r]);
  return cells;
}

/** Where a grid goes: its cell of the tiling, its community and parent, its sequence number. */
interface GridSpot {
  tiling: Tiling;
  community: DemoRegion;
  spec: CommunitySpec;
  parentKey: string;
  seq: number;
  cell: [number, number];
}

function gridWithPlaces({ tiling, community, spec, parentKey, seq, cell: [c, r] }: GridSpot, places: PlaceSeed[]): DemoRegion[] {
  const code = composeGridCode({ admin: DEMO_ADMIN_CODE, street: community.code.slice(6, 9), community: community.code.slice(9, 12), seq });
  const key = `${community.key}/g${String(seq).padStart(2, '0')}`;
  const ring = tiling.cell(c, r);
  const grid: DemoRegion = { key, parentKey, type: 'grid', code, name: gridName(spec.name, seq), geometry: polygon(ring) };
  const points = places.map(
    (p, k): DemoRegion => ({
      key: `${key}/p${k + 1}`,
      parentKey: key,
      type: p.type,
      code: composePlaceCode(code, k + 1),
      name: p.name,
      point: pointInside(ring, p.u, p.v),
    }),
  );
  return [grid, ...points];
}

/** A point strictly inside the cell: at (u, v) of its bounding box, pulled towards the centre until inside. */
function pointInside(ring: Position[], u: number, v: number): [number, number] {
  const shape = flattenPolygonal(polygon(ring));
  const [minX, minY, maxX, maxY] = shape.bbox;
  const cx = (minX + maxX) / 2;
  const cy = (minY + maxY) / 2;
  for (let pull = 1; pull > 0; pull -= 0.125) {
    const x = round7(cx + (u - 0.5) * (maxX - minX) * pull);
    const y = round7(cy + (v - 0.5) * (maxY - minY) * pull);
    if (placePoint(shape, x, y) === INSIDE) return [x, y];
  }
  return [round7(cx), round7(cy)];
}

const round7 = (v: number): number => Math.round(v * 1e7) / 1e7;
