/**
 * Size caps of GeoJSON shapes (a grid file, a region's geometry). They are checked before anything
 * else and cheaply (array lengths only, no position is read), so that every later check has bounded
 * work. No real grid map comes near them: a grid traced on a cadastral map has a few hundred to a
 * few thousand positions, a demo grid about 20, and a district's whole grid map a few hundred
 * thousand at most.
 */
export const GEOJSON_LIMITS = {
  /** Features in one file. */
  features: 5_000,
  /** Positions in one file, all features together. */
  filePositions: 250_000,
  /** Positions in one shape (a grid, or any region's geometry), all rings together. */
  shapePositions: 20_000,
  /** Positions in one ring. */
  ringPositions: 10_000,
  /** Polygons in one MultiPolygon. */
  polygons: 100,
  /** Rings in one polygon: the outer ring and its holes. */
  rings: 100,
} as const;

export interface ShapeSize {
  /** Positions counted (up to where a cap was passed). */
  positions: number;
  /** The first cap passed: where (after `coordinates`) and what. */
  problem: { at: string; message: string } | null;
}

const n = (v: number) => v.toLocaleString('en');

/** Counts a Polygon's or MultiPolygon's positions from its arrays' lengths; stops at the first cap passed. Anything malformed counts 0. */
export function measureShape(geometry: unknown, limits = GEOJSON_LIMITS): ShapeSize {
  const g = geometry as { type?: unknown; coordinates?: unknown } | null;
  const coords = g?.coordinates;
  if (!Array.isArray(coords) || (g?.type !== 'Polygon' && g?.type !== 'MultiPolygon')) return { positions: 0, problem: null };
  const multi = g.type === 'MultiPolygon';
  if (multi && coords.length > limits.polygons) {
    return {
      positions: 0,
      problem: { at: '', message: `a MultiPolygon may hold at most ${n(limits.polygons)} polygons; this one has ${n(coords.length)}` },
    };
  }
  const polygons: unknown[] = multi ? coords : [coords];
  let positions = 0;
  for (let p = 0; p < polygons.length; p++) {
    const rings = polygons[p];
    if (!Array.isArray(rings)) continue;
    const at = multi ? `[${p}]` : '';
    if (rings.length > limits.rings) {
      return {
        positions,
        problem: {
          at,
          message: `a polygon may have at most ${n(limits.rings)} rings (its outline and holes); this one has ${n(rings.length)}`,
        },
      };
    }
    for (let r = 0; r < rings.length; r++) {
      const ring = rings[r];
      if (!Array.isArray(ring)) continue;
      if (ring.length > limits.ringPositions) {
        return {
          positions,
          problem: {
            at: `${at}[${r}]`,
            message: `a ring may have at most ${n(limits.ringPositions)} positions; this one has ${n(ring.length)}`,
          },
        };
      }
      positions += ring.length;
      if (positions > limits.shapePositions) {
        return {
          positions,
          problem: { at: '', message: `a shape may have at most ${n(limits.shapePositions)} positions; this one has more` },
        };
      }
    }
  }
  return { positions, problem: null };
}
