/**
 * The geometric half of a grid file's validation (validate-geojson.ts reads the file and checks its
 * structure first): each shape's rings (ring-validity.ts), then every grid inside its parent and no
 * two grids of a community overlapping (grid-overlap.ts). It takes the most time of the checks, so
 * the server runs it off its event loop: the job is plain data (see shape-pack.ts).
 */
import { checkInsideParents, checkOverlaps, segmentsOf, type AreaGrid } from './grid-overlap';
import { ProblemList, type GeoProblem } from './geojson-problems';
import type { Polygonal } from './geometry';
import { checkRings } from './ring-validity';

export interface ShapeCheck {
  /** The file's shapes: features with a code and a well-formed geometry. */
  grids: AreaGrid[];
  /** Shapes of the parents the grids name (parents without a shape are left out). */
  parents: Map<string, Polygonal>;
  /** Stored grids the file's grids must not overlap. */
  existing: AreaGrid[];
  /** Cap on listed problems, then one TOO_MANY_PROBLEMS entry. */
  maxProblems: number;
}

/** Every problem of the shapes; empty when they are fine. */
export function checkGridShapes(job: ShapeCheck): GeoProblem[] {
  const problems = new ProblemList(job.maxProblems);
  const sound = job.grids.filter((g) =>
    checkRings(segmentsOf(g.geometry), g.path ?? `features[${g.feature}].geometry`, problems.forFeature(g.feature)),
  );
  if (!problems.full) checkInsideParents(sound, job.parents, problems);
  if (!problems.full) checkOverlaps(sound, job.existing, problems);
  return problems.items;
}
