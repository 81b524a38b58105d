/**
 * Validation of a GeoJSON FeatureCollection of grids before import (A1, B1; contract "GeoJSON of
 * grids"). Pure: the caller passes the parents' shapes and the stored grids that the file must
 * not overlap. Every problem is reported with its feature index; `ok` is true only when there is
 * none, and an importer must change nothing unless `ok`.
 *
 * Checks, in this order: the size caps (geojson-limits.ts: features and positions of the file, then
 * of each shape), from array lengths alone; the FeatureCollection shape; per feature its type,
 * properties (`code` a 15-digit grid code, `name`, `parentCode` a known community or workstation of
 * the grid's community), geometry (Polygon or MultiPolygon, holes allowed, rings of ≥ 4 positions and
 * closed, finite WGS-84 `[lng, lat]` in range); codes unique in the file. Then the shapes
 * (grid-shapes.ts): rings that do not cross, holes inside their outline; no two grids of one
 * community overlapping by more than 1 m² (within the file and against `existing`, whose codes the
 * file does not replace); each grid inside its parent's shape when the parent has one (at most
 * 1 m² outside). `readGridCollection` is the first part alone, `checkGridShapes` the second.
 */
import type { AreaGrid } from './grid-overlap';
import { checkGridShapes, type ShapeCheck } from './grid-shapes';
import { checkGeometry } from './geojson-shape';
import { GEOJSON_LIMITS, measureShape } from './geojson-limits';
import { ProblemList, type FeatureReporter, type GeoProblem } from './geojson-problems';
import { isGridCode, isGridParentCode } from './grid-code';
import { isPolygonal, type Geometry, type Polygonal } from './geometry';

export interface GridFeature {
  index: number;
  code: string;
  name: string;
  parentCode: string;
  geometry: Polygonal;
}

export interface ExistingGrid {
  code: string;
  parentCode: string;
  geometry: Geometry;
}

export interface GridValidationContext {
  /** Every region a grid may name as `parentCode` → its shape (null when it has none). */
  parents: Map<string, Geometry | null>;
  /** Stored grids the file's grids must not overlap (those whose code is in the file are replaced, so skipped). */
  existing: ExistingGrid[];
  /** Cap on listed problems (default 5000), then one TOO_MANY_PROBLEMS entry. */
  maxProblems?: number;
}

export interface GridValidationResult {
  ok: boolean;
  problems: GeoProblem[];
  /** The features that passed every per-feature check (all of them when `ok`). */
  features: GridFeature[];
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export interface GridReading {
  /** Problems of the file's size and structure, in feature order. */
  problems: GeoProblem[];
  /** The features that passed every per-feature check so far. */
  features: GridFeature[];
  /** What the shape checks need (`checkGridShapes`); its `grids` are empty once the problems are capped. */
  shapes: ShapeCheck;
}

/** The file's size, structure and properties: cheap (linear in the file), no shape is compared. */
export function readGridCollection(input: unknown, ctx: GridValidationContext): GridReading {
  const maxProblems = ctx.maxProblems ?? 5000;
  const problems = new ProblemList(maxProblems);
  const raw = readFeatures(input, problems);
  const none = (): GridReading => ({
    problems: problems.items,
    features: [],
    shapes: { grids: [], parents: new Map(), existing: [], maxProblems: 0 },
  });
  if (!withinFileLimits(raw, problems)) return none();
  const parsed = raw.map((f, i) => checkFeature(f, i, ctx, problems));
  checkDuplicateCodes(parsed, problems);
  const features = parsed.filter((f): f is GridFeature => !!(f.code && f.name && f.parentCode && f.geometry));
  const grids = problems.full
    ? []
    : parsed.filter((f) => f.code !== undefined && f.geometry !== undefined).map((f) => toAreaGrid(f, f.index));
  const parents = new Map<string, Polygonal>();
  for (const g of grids) {
    const shape = ctx.parents.get(g.parentCode);
    if (isPolygonal(shape)) parents.set(g.parentCode, shape);
  }
  const existing = grids.length ? existingAreaGrids(ctx.existing, parsed) : [];
  const list = [...problems.items].sort((a, b) => a.feature - b.feature);
  return { problems: list, features, shapes: { grids, parents, existing, maxProblems: Math.max(1, maxProblems - problems.items.length) } };
}

export function validateGridCollection(input: unknown, ctx: GridValidationContext): GridValidationResult {
  const read = readGridCollection(input, ctx);
  const shaped = checkGridShapes(read.shapes);
  const unsound = new Set(shaped.filter((p) => p.code === 'RING_SELF_INTERSECTION' || p.code === 'RINGS_INTERSECT').map((p) => p.feature));
  const list = [...read.problems, ...shaped].sort((a, b) => a.feature - b.feature);
  return { ok: list.length === 0, problems: list, features: read.features.filter((f) => !unsound.has(f.index)) };
}

/** The distinct `parentCode` strings of a file, so the caller can load those parents first. */
export function collectParentCodes(input: unknown): string[] {
  if (!isObject(input) || !Array.isArray(input.features)) return [];
  const codes = new Set<string>();
  for (const f of input.features) {
    const code = isObject(f) && isObject(f.properties) ? f.properties.parentCode : undefined;
    if (typeof code === 'string') codes.add(code);
  }
  return [...codes];
}

function readFeatures(input: unknown, problems: ProblemList): unknown[] {
  if (!isObject(input) || input.type !== 'FeatureCollection' || !Array.isArray(input.features)) {
    problems.add(-1, '', 'NOT_A_FEATURE_COLLECTION', 'the file must be a GeoJSON FeatureCollection with a "features" array');
    return [];
  }
  if (input.features.length === 0) problems.add(-1, 'features', 'NO_FEATURES', 'the FeatureCollection has no features');
  return input.features;
}

/** The file's caps, from array lengths only (a shape over its own caps is reported with its feature later). */
function withinFileLimits(raw: unknown[], problems: ProblemList): boolean {
  const { features, filePositions } = GEOJSON_LIMITS;
  if (raw.length > features) {
    problems.add(
      -1,
      'features',
      'TOO_MANY_FEATURES',
      `a file may hold at most ${features.toLocaleString('en')} features; this one has ${raw.length.toLocaleString('en')}: split it`,
    );
    return false;
  }
  let positions = 0;
  for (const f of raw) {
    positions += measureShape(isObject(f) ? f.geometry : undefined).positions;
    if (positions > filePositions) {
      problems.add(
        -1,
        'features',
        'FILE_TOO_LARGE',
        `a file may hold at most ${filePositions.toLocaleString('en')} positions in all; this one has more: split it`,
      );
      return false;
    }
  }
  return true;
}

type ParsedFeature = Partial<GridFeature> & { index: number };

function checkFeature(raw: unknown, index: number, ctx: GridValidationContext, problems: ProblemList): ParsedFeature {
  const base = `features[${index}]`;
  const report = problems.forFeature(index);
  if (!isObject(raw)) {
    report(base, 'FEATURE_INVALID', 'each feature must be an object with "type": "Feature"');
    return { index };
  }
  if (raw.type !== 'Feature')
    report(`${base}.type`, 'FEATURE_INVALID', `feature type must be "Feature", not ${JSON.stringify(raw.type ?? null)}`);
  const props = checkProperties(raw.properties, `${base}.properties`, ctx, report);
  const geometry = checkGeometry(raw.geometry, `${base}.geometry`, report) ?? undefined;
  return { index, ...props, geometry };
}

function checkProperties(props: unknown, path: string, ctx: GridValidationContext, report: FeatureReporter): Omit<ParsedFeature, 'index'> {
  if (!isObject(props)) {
    report(path, 'PROPERTIES_MISSING', 'the feature needs properties { code, name, parentCode }');
    return {};
  }
  const out: Omit<ParsedFeature, 'index'> = {};
  const { code, name, parentCode } = props;
  if (code === undefined || code === null || code === '') report(`${path}.code`, 'CODE_MISSING', 'code is required');
  else if (!isGridCode(code)) {
    report(
      `${path}.code`,
      'CODE_INVALID',
      `code ${JSON.stringify(code)} is not a grid code: a string of 15 digits (6 administrative + 3 street + 3 community + 3 grid), no ` +
        `all-zero part`,
    );
  } else out.code = code;
  if (typeof name !== 'string' || name.trim() === '') report(`${path}.name`, 'NAME_MISSING', 'name must be a non-empty string');
  else out.name = name.trim();
  if (typeof parentCode !== 'string' || parentCode === '') {
    report(`${path}.parentCode`, 'PARENT_CODE_MISSING', "parentCode (the code of the grid's community or workstation) is required");
  } else if (!ctx.parents.has(parentCode)) {
    report(`${path}.parentCode`, 'PARENT_NOT_FOUND', `no community or workstation has code ${parentCode}`);
  } else if (out.code && !isGridParentCode(out.code, parentCode)) {
    report(
      `${path}.parentCode`,
      'CODE_PARENT_MISMATCH',
      `grid ${out.code} cannot belong to ${parentCode}: a grid's parent is its community (the code's first 12 digits) or one of that ` +
        `community's workstations`,
    );
  } else out.parentCode = parentCode;
  return out;
}

function checkDuplicateCodes(parsed: ParsedFeature[], problems: ProblemList): void {
  const first = new Map<string, number>();
  for (const f of parsed) {
    if (f.code === undefined) continue;
    const seen = first.get(f.code);
    if (seen === undefined) first.set(f.code, f.index);
    else {
      const message = `code ${f.code} is also used by feature ${seen}`;
      problems.add(f.index, `features[${f.index}].properties.code`, 'CODE_DUPLICATE', message, { firstFeature: seen });
    }
  }
}

function toAreaGrid(f: { code?: string; parentCode?: string; geometry?: Geometry }, feature: number): AreaGrid {
  const code = f.code!;
  return {
    feature,
    code,
    parentCode: f.parentCode ?? '',
    group: isGridCode(code) ? code.slice(0, 12) : (f.parentCode ?? ''),
    geometry: f.geometry as Polygonal,
  };
}

function existingAreaGrids(existing: ExistingGrid[], parsed: ParsedFeature[]): AreaGrid[] {
  const replaced = new Set(parsed.map((f) => f.code).filter((c) => c !== undefined));
  return existing.filter((g) => !replaced.has(g.code) && isPolygonal(g.geometry)).map((g) => toAreaGrid(g, -1));
}
