/**
 * Rings that make a shape: no two edges may cross, nor run along each other within one ring or with
 * the interior on the same side (touching at a point, a hole on its outline and two polygons side by
 * side are fine); each hole lies inside its own outer ring, and no polygon of a MultiPolygon lies
 * inside another one (an island in another polygon's hole is fine).
 * Only edges whose boxes meet are compared (segment-set.ts), so a ring of n edges costs about
 * n log n unless it is built to make every box meet every other, which the size caps bound.
 */
import type { FeatureReporter } from './geojson-problems';
import { CROSS, meet, OVERLAP } from './segment-contact';
import type { SegmentSet } from './segment-set';

const fmt = (x: number, y: number) => `[${+x.toFixed(7)}, ${+y.toFixed(7)}]`;

/** Reports the first problem of the shape's rings; true when there is none. */
export function checkRings(set: SegmentSet, path: string, report: FeatureReporter): boolean {
  return checkEdges(set, path, report) && checkNesting(set, path, report);
}

/** `coordinates[p][r]` of a MultiPolygon, `coordinates[r]` of a Polygon. */
function ringPath(set: SegmentSet, path: string, ring: number): string {
  const { polygon, ring: r } = set.rings[ring];
  return `${path}.coordinates${set.multi ? `[${polygon}]` : ''}[${r}]`;
}

/**
 * The first two edges that cross, or run along each other within one ring or the same way (two
 * rings running along each other the opposite way are neighbours: a hole on its outline, two
 * polygons side by side): `[i, j, contact]`, or null.
 */
function firstContact(set: SegmentSet): [number, number, number] | null {
  const { xy, ringOf } = set;
  const found: { hit: [number, number, number] | null } = { hit: null };
  const sameWay = (i: number, j: number) =>
    (xy[4 * i + 2] - xy[4 * i]) * (xy[4 * j + 2] - xy[4 * j]) + (xy[4 * i + 3] - xy[4 * i + 1]) * (xy[4 * j + 3] - xy[4 * j + 1]) > 0;
  for (let i = 0; i < set.size && !found.hit; i++) {
    const [x0, y0, x1, y1] = set.box(i);
    set.forEachNear(x0, y0, x1, y1, (j) => {
      if (j <= i) return false;
      const contact = meet(xy, i, xy, j);
      if (contact === CROSS || (contact === OVERLAP && (ringOf[i] === ringOf[j] || sameWay(i, j)))) found.hit = [i, j, contact];
      return found.hit !== null;
    });
  }
  return found.hit;
}

function checkEdges(set: SegmentSet, path: string, report: FeatureReporter): boolean {
  const hit = firstContact(set);
  if (!hit) return true;
  const { xy } = set;
  const [i, j, contact] = hit;
  const [ri, rj] = [set.ringOf[i], set.ringOf[j]];
  const at = (e: number) => `from position ${set.positionOf[e]} ${fmt(xy[4 * e], xy[4 * e + 1])}`;
  const how = contact === CROSS ? 'crosses' : 'runs along';
  if (ri === rj) {
    report(
      `${ringPath(set, path, ri)}[${set.positionOf[i]}]`,
      'RING_SELF_INTERSECTION',
      `the ring's edge ${at(i)} ${how} its edge ${at(j)}: a ring must not cross itself`,
    );
  } else {
    report(
      ringPath(set, path, ri),
      'RINGS_INTERSECT',
      `an edge of this ring (${at(i)}) ${how} an edge of ${ringPath(set, path, rj)} (${at(j)})`,
    );
  }
  return false;
}

/** With no edges crossing, every position of a ring tells on which side of the other rings the ring lies. */
function checkNesting(set: SegmentSet, path: string, report: FeatureReporter): boolean {
  if (set.rings.length < 2) return true;
  const shellOf = new Map<number, number>();
  set.rings.forEach((r, k) => r.ring === 0 && shellOf.set(r.polygon, k));
  for (let k = 0; k < set.rings.length; k++) {
    const ring = set.rings[k];
    const shell = ring.ring === 0 ? k : shellOf.get(ring.polygon)!;
    for (let e = ring.start; e < ring.end; e++) {
      const x = set.xy[4 * e],
        y = set.xy[4 * e + 1];
      const others = set.crossingsLeft(x, y, (r) => r !== k);
      if (others < 0) continue; // on another ring: the next position tells
      const message = nestingProblem(set, path, k, shell, others, shell === k ? 0 : set.crossingsLeft(x, y, (r) => r === shell));
      if (message) {
        report(ringPath(set, path, k), 'RINGS_INTERSECT', message);
        return false;
      }
      break;
    }
  }
  return true;
}

function nestingProblem(set: SegmentSet, path: string, ring: number, shell: number, others: number, inShell: number): string | null {
  if (ring === shell) {
    return others % 2 === 0 ? null : 'this polygon lies inside another polygon of the MultiPolygon: its polygons must not overlap';
  }
  if (inShell % 2 === 0) return `this hole lies outside its outer ring ${ringPath(set, path, shell)}`;
  return others % 2 === 1 ? null : 'this hole lies inside another hole or another polygon';
}
