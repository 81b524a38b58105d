/** Shapes of the Gridwork HTTP API (see shared/docs/API-CONTRACT.md and the server's /openapi.json). */
import type * as GeoJSON from 'geojson';

export type { GeoJSON };
import type { Reply } from './openapi';

export type Id = number;

import type { RegionType } from '@gridwork/core/regions/types';
import type { Role as RoleCode } from '@gridwork/core/access/roles';

export type { RegionType, RoleCode };
export { ROLES as ROLE_CODES } from '@gridwork/core/access/roles';

export type TileCrs = 'wgs84' | 'gcj02';

export type Meta = Reply<'/api/v1/meta', 'get'>;

/** The signed-in user with their roles and menu abilities (GET /auth/me; the registry's menu, core/access/menu.ts). */
export type MeResponse = Reply<'/api/v1/auth/me', 'get'>;
export type SessionUser = MeResponse['user'];
export type UserAbilities = SessionUser['abilities'];
export type RoleAssignment = SessionUser['roles'][number];

export type RegionNode = Reply<'/api/v1/regions', 'get'>[number];

export type Geometry = GeoJSON.Geometry;

export interface RegionDetail extends RegionNode {
  geometry: Geometry | null;
  /** [lng, lat], WGS-84. */
  point: [number, number] | null;
}

export interface GridFeatureProps {
  id: Id;
  code: string;
  name: string;
  parentCode: string | null;
  parentId: Id | null;
}

export type GridCollection = GeoJSON.FeatureCollection<GeoJSON.Polygon | GeoJSON.MultiPolygon, GridFeatureProps>;

export type GeoJsonImportResult = Reply<'/api/v1/grids/geojson', 'post'>;

export interface GeoJsonProblem {
  feature: number;
  path?: string;
  code: string;
  message: string;
  /** The other grid of an overlap, the area in m², the first use of a duplicate code… (core GeoProblem). */
  params?: Record<string, string | number>;
}

export type UserRecord = Reply<'/api/v1/users', 'get'>[number];

export type PolicyDoc = Reply<'/api/v1/policy', 'get'>;

export type PolicyPreset = Reply<'/api/v1/policy/presets', 'get'>[number];

export type PolicyVersion = Reply<'/api/v1/policy/versions', 'get'>[number];

export interface PolicyProblem {
  path: string;
  /** Stable code (core policy/semantic.ts); absent for a JSON syntax error found in the browser. */
  code?: string;
  message: string;
  params?: Record<string, string | number>;
}

export type YearStatus = 'library' | 'confirmed' | 'provisional';
export type DayKind = 'workday' | 'weekend' | 'holiday' | 'adjusted-workday';

export type CalendarYear = Reply<'/api/v1/calendar/years', 'get'>[number];

export type CalendarDay = Reply<'/api/v1/calendar/days', 'get'>[number];

export type CalendarOverride = Reply<'/api/v1/calendar/overrides', 'get'>[number];

export interface HolidayRange {
  name: string;
  from: string;
  to: string;
}

export type AuditEntry = Reply<'/api/v1/audit', 'get'>[number];
export type DeliveryRecord = Reply<'/api/v1/notifications/deliveries', 'get'>[number];
