import { REGION_TYPES } from '@gridwork/core';
import { Type, type Static } from '@sinclair/typebox';

export const RegionTypeSchema = Type.Union(REGION_TYPES.map((t) => Type.Literal(t)));
const Id = Type.Integer({ minimum: 1, maximum: 2_147_483_647 });

/** GeoJSON geometry: checked in depth by the core validator (rings, ranges), loosely here. */
export const GeometrySchema = Type.Object(
  { type: Type.Union([Type.Literal('Polygon'), Type.Literal('MultiPolygon')]), coordinates: Type.Array(Type.Any()) },
  { additionalProperties: false },
);
export const PointSchema = Type.Tuple([Type.Number({ minimum: -180, maximum: 180 }), Type.Number({ minimum: -90, maximum: 90 })]);

export const RegionRecord = Type.Object({
  id: Type.Integer(),
  type: RegionTypeSchema,
  code: Type.String(),
  name: Type.String(),
  parentId: Type.Union([Type.Integer(), Type.Null()]),
  preset: Type.Union([Type.String(), Type.Null()]),
  version: Type.Integer(),
  inScope: Type.Boolean(),
  abilities: Type.Object({ update: Type.Boolean(), createChild: Type.Boolean(), delete: Type.Boolean() }),
});
export type RegionRecord = Static<typeof RegionRecord>;

export const RegionDetail = Type.Intersect([
  RegionRecord,
  Type.Object({ geometry: Type.Union([Type.Unknown(), Type.Null()]), point: Type.Union([PointSchema, Type.Null()]) }),
]);

export const IdParams = Type.Object({ id: Id });
export type IdParams = Static<typeof IdParams>;

export const CreateRegionBody = Type.Object(
  {
    type: RegionTypeSchema,
    parentId: Id,
    code: Type.String({ minLength: 6, maxLength: 18 }),
    name: Type.String({ minLength: 1, maxLength: 100 }),
    geometry: Type.Optional(Type.Union([GeometrySchema, Type.Null()])),
    point: Type.Optional(Type.Union([PointSchema, Type.Null()])),
  },
  { additionalProperties: false },
);
export type CreateRegionBody = Static<typeof CreateRegionBody>;

export const UpdateRegionBody = Type.Object(
  {
    expectedVersion: Type.Integer({ minimum: 1 }),
    name: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
    code: Type.Optional(Type.String({ minLength: 6, maxLength: 18 })),
    geometry: Type.Optional(Type.Union([GeometrySchema, Type.Null()])),
    point: Type.Optional(Type.Union([PointSchema, Type.Null()])),
  },
  { additionalProperties: false },
);
export type UpdateRegionBody = Static<typeof UpdateRegionBody>;

export const DeleteRegionQuery = Type.Object({ expectedVersion: Type.Integer({ minimum: 1 }) }, { additionalProperties: false });

export const RegionsQuery = Type.Object({ type: Type.Optional(RegionTypeSchema) }, { additionalProperties: false });

export const GridRecord = Type.Object({
  id: Type.Integer(),
  code: Type.String(),
  name: Type.String(),
  type: Type.Literal('grid'),
  parentId: Type.Union([Type.Integer(), Type.Null()]),
  preset: Type.Union([Type.String(), Type.Null()]),
});

export const LocateQuery = Type.Object(
  { lat: Type.Number({ minimum: -90, maximum: 90 }), lng: Type.Number({ minimum: -180, maximum: 180 }) },
  { additionalProperties: false },
);
export type LocateQuery = Static<typeof LocateQuery>;

export const LocateResponse = Type.Object({
  grid: Type.Union([Type.Object({ id: Type.Integer(), code: Type.String(), name: Type.String() }), Type.Null()]),
});

export const CrsSchema = Type.Union([Type.Literal('wgs84'), Type.Literal('gcj02')], { default: 'wgs84' });
export const GeoJsonExportQuery = Type.Object(
  { regionId: Type.Optional(Id), crs: Type.Optional(CrsSchema) },
  { additionalProperties: false },
);
export type GeoJsonExportQuery = Static<typeof GeoJsonExportQuery>;

export const GeoJsonImportQuery = Type.Object(
  { dryRun: Type.Optional(Type.Boolean({ default: false })), crs: Type.Optional(CrsSchema) },
  { additionalProperties: false },
);
export type GeoJsonImportQuery = Static<typeof GeoJsonImportQuery>;

export const GeoJsonImportResponse = Type.Object({ created: Type.Integer(), updated: Type.Integer(), dryRun: Type.Boolean() });
