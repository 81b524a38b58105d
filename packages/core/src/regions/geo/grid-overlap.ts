/**
 * Area checks of grid geometries (B1 no overlaps between grids; every grid inside its parent).
 * Candidate pairs come from a flatbush index over bounding boxes, so n grids cost about n exact
 * measures (each grid meets its few neighbours), not n². Each measure compares only the edges
 * whose boxes meet (overlay-area.ts); the clipper of @turf/intersect is the fallback when rounding
 * leaves that measure unsure.
 */
import Flatbush from 'flatbush';
import { area } from '@turf/area';
import { intersect } from '@turf/intersect';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { bboxesTouch, bboxOf, isPolygonal, type BBox, type Geometry, type Polygonal } from './geometry';
import type { GeoProblemParams, ProblemList } from './geojson-problems';
import { overlapArea, ShapesTooComplexError } from './overlay-area';
import { SegmentSet } from './segment-set';

/** Shared area (m²) that still counts as "not overlapping", and outside area still "inside". */
export const AREA_TOLERANCE_M2 = 1;

export interface AreaGrid {
  /** Index of the feature in the file; -1 for a grid already stored. */
  feature: number;
  code: string;
  parentCode: string;
  /** Grids of one group must not overlap (here: the same community). */
  group: string;
  geometry: Polygonal;
  /** Where its problems point (default `features[feature].geometry`). */
  path?: string;
}

const m2 = (value: number): string => `${value.toFixed(1)} m²`;
const pathOf = (grid: AreaGrid): string => grid.path ?? `features[${grid.feature}].geometry`;

const segmentCache = new WeakMap<Polygonal, SegmentSet>();

/** The shape's edges with their index, built once per geometry object. */
export function segmentsOf(geometry: Polygonal): SegmentSet {
  let set = segmentCache.get(geometry);
  if (!set) segmentCache.set(geometry, (set = new SegmentSet(geometry)));
  return set;
}

/** Area (m²) shared by two polygonal geometries. Throws ShapesTooComplexError for outlines built to cross each other endlessly. */
export function sharedArea(a: Polygonal, b: Polygonal): number {
  return overlapArea(segmentsOf(a), segmentsOf(b)) ?? clippedArea(a, b);
}

/** The same measure by @turf/intersect (a clipper in exact arithmetic: slow, kept as the fallback). */
export function clippedArea(a: Polygonal, b: Polygonal): number {
  const pair: FeatureCollection<Polygon | MultiPolygon> = {
    type: 'FeatureCollection',
    features: [
      { type: 'Feature', properties: {}, geometry: a },
      { type: 'Feature', properties: {}, geometry: b },
    ],
  };
  const common = intersect(pair);
  return common === null ? 0 : area(common);
}

/** The problem a failed measure is reported as. */
function unmeasurable(
  e: unknown,
  other: string,
  params: GeoProblemParams,
): ['GEOMETRY_TOO_COMPLEX' | 'GEOMETRY_UNPROCESSABLE', string, GeoProblemParams] {
  if (e instanceof ShapesTooComplexError) return ['GEOMETRY_TOO_COMPLEX', `cannot be compared with ${other}: ${e.message}`, params];
  return ['GEOMETRY_UNPROCESSABLE', `cannot intersect with ${other}: ${(e as Error).message}`, params];
}

/** The other grid of a pair, for the reader: its feature index (-1 when stored) and code. */
const otherOf = (grid: AreaGrid): GeoProblemParams => ({ otherFeature: grid.feature, otherCode: grid.code });
const squareMetres = (value: number) => Math.round(value * 10) / 10;

function label(grid: AreaGrid): string {
  return grid.feature >= 0 ? `feature ${grid.feature} (${grid.code})` : `existing grid ${grid.code}`;
}

/** Reports each pair of grids of one group that share more than the tolerance. */
export function checkOverlaps(fileGrids: AreaGrid[], existing: AreaGrid[], problems: ProblemList): void {
  const all = [...fileGrids, ...existing];
  if (fileGrids.length === 0) return;
  const boxes = all.map((g) => bboxOf(g.geometry));
  const tree = new Flatbush(all.length);
  for (const b of boxes) tree.add(b[0], b[1], b[2], b[3]);
  tree.finish();
  fileGrids.forEach((a, i) => {
    const candidates = tree
      .search(...boxes[i])
      .filter((j) => j > i && all[j].group === a.group)
      .sort((x, y) => x - y);
    for (const j of candidates) {
      const b = all[j];
      const target = b.feature >= 0 ? b : a;
      const other = target === a ? b : a;
      const path = pathOf(target);
      try {
        const shared = sharedArea(a.geometry, b.geometry);
        if (shared > AREA_TOLERANCE_M2) {
          problems.add(target.feature, path, 'GRIDS_OVERLAP', `overlaps ${label(other)} by ${m2(shared)} (tolerance 1 m²)`, {
            ...otherOf(other),
            area: squareMetres(shared),
          });
        }
      } catch (e) {
        problems.add(target.feature, path, ...unmeasurable(e, label(other), otherOf(other)));
      }
    }
  });
}

/** Reports each grid whose part outside its parent's shape exceeds the tolerance. */
export function checkInsideParents(fileGrids: AreaGrid[], parents: Map<string, Geometry | null>, problems: ProblemList): void {
  const parentBoxes = new Map<string, BBox>();
  for (const grid of fileGrids) {
    const parent = parents.get(grid.parentCode);
    if (!isPolygonal(parent)) continue;
    if (!parentBoxes.has(grid.parentCode)) parentBoxes.set(grid.parentCode, bboxOf(parent));
    const path = pathOf(grid);
    try {
      const own = area(grid.geometry);
      const inside = bboxesTouch(bboxOf(grid.geometry), parentBoxes.get(grid.parentCode)!) ? sharedArea(grid.geometry, parent) : 0;
      const outside = own - inside;
      if (outside > AREA_TOLERANCE_M2) {
        problems.add(
          grid.feature,
          path,
          'OUTSIDE_PARENT',
          `${m2(outside)} of the grid lies outside its parent ${grid.parentCode} (tolerance 1 m²)`,
          { parentCode: grid.parentCode, area: squareMetres(outside) },
        );
      }
    } catch (e) {
      problems.add(grid.feature, path, ...unmeasurable(e, `parent ${grid.parentCode}`, { parentCode: grid.parentCode }));
    }
  }
}
