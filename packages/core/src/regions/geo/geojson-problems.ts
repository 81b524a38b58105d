/** Problems found in a GeoJSON grid file: every one is reported with the index of its feature. */

export const GeoProblemCodes = {
  NOT_A_FEATURE_COLLECTION: 'NOT_A_FEATURE_COLLECTION',
  NO_FEATURES: 'NO_FEATURES',
  TOO_MANY_FEATURES: 'TOO_MANY_FEATURES',
  FILE_TOO_LARGE: 'FILE_TOO_LARGE',
  TOO_MANY_PROBLEMS: 'TOO_MANY_PROBLEMS',
  FEATURE_INVALID: 'FEATURE_INVALID',
  GEOMETRY_MISSING: 'GEOMETRY_MISSING',
  GEOMETRY_TYPE_INVALID: 'GEOMETRY_TYPE_INVALID',
  GEOMETRY_EMPTY: 'GEOMETRY_EMPTY',
  COORDINATES_INVALID: 'COORDINATES_INVALID',
  POSITION_INVALID: 'POSITION_INVALID',
  COORDINATE_NOT_NUMBER: 'COORDINATE_NOT_NUMBER',
  COORDINATE_OUT_OF_RANGE: 'COORDINATE_OUT_OF_RANGE',
  RING_TOO_SHORT: 'RING_TOO_SHORT',
  RING_NOT_CLOSED: 'RING_NOT_CLOSED',
  RING_DEGENERATE: 'RING_DEGENERATE',
  GEOMETRY_TOO_LARGE: 'GEOMETRY_TOO_LARGE',
  RING_SELF_INTERSECTION: 'RING_SELF_INTERSECTION',
  RINGS_INTERSECT: 'RINGS_INTERSECT',
  GEOMETRY_TOO_COMPLEX: 'GEOMETRY_TOO_COMPLEX',
  GEOMETRY_UNPROCESSABLE: 'GEOMETRY_UNPROCESSABLE',
  PROPERTIES_MISSING: 'PROPERTIES_MISSING',
  CODE_MISSING: 'CODE_MISSING',
  CODE_INVALID: 'CODE_INVALID',
  CODE_DUPLICATE: 'CODE_DUPLICATE',
  NAME_MISSING: 'NAME_MISSING',
  PARENT_CODE_MISSING: 'PARENT_CODE_MISSING',
  PARENT_NOT_FOUND: 'PARENT_NOT_FOUND',
  CODE_PARENT_MISMATCH: 'CODE_PARENT_MISMATCH',
  GRIDS_OVERLAP: 'GRIDS_OVERLAP',
  OUTSIDE_PARENT: 'OUTSIDE_PARENT',
} as const;
export type GeoProblemCode = (typeof GeoProblemCodes)[keyof typeof GeoProblemCodes];

export interface GeoProblem {
  /** Index in `features`; -1 for a problem of the file as a whole. */
  feature: number;
  /** Where in the file, e.g. `features[3].geometry.coordinates[0][2][1]`. */
  path: string;
  code: GeoProblemCode;
  /** In English, for logs and scripts; the web shows its own text per `code`. */
  message: string;
  /** Values a reader needs besides the file itself (the other grid of an overlap, the area in m², …). */
  params?: GeoProblemParams;
}

export type GeoProblemParams = Record<string, string | number>;

/** Collects problems up to a cap, then adds one TOO_MANY_PROBLEMS entry. */
export class ProblemList {
  readonly items: GeoProblem[] = [];
  private truncated = false;

  constructor(private readonly max: number) {}

  add(feature: number, path: string, code: GeoProblemCode, message: string, params?: GeoProblemParams): void {
    if (this.items.length < this.max) {
      this.items.push(params ? { feature, path, code, message, params } : { feature, path, code, message });
    } else if (!this.truncated) {
      this.truncated = true;
      this.items.push({
        feature: -1,
        path: '',
        code: 'TOO_MANY_PROBLEMS',
        message: `more than ${this.max} problems; the rest are not listed`,
        params: { max: this.max },
      });
    }
  }

  get full(): boolean {
    return this.truncated;
  }

  /** A reporter bound to one feature. */
  forFeature(feature: number): FeatureReporter {
    return (path, code, message, params) => this.add(feature, path, code, message, params);
  }
}

export type FeatureReporter = (path: string, code: GeoProblemCode, message: string, params?: GeoProblemParams) => void;
