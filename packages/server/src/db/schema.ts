import type { ColumnType, Generated } from 'kysely';

/** Kysely table types; they mirror db/migrations/*.sql. */
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Json<T = unknown> = ColumnType<T, string | T, string | T>;

export interface RegionsTable {
  id: Generated<number>;
  parent_id: number | null;
  top_region_id: number | null;
  type: string;
  code: string;
  name: string;
  path: string;
  geometry: Json | null;
  bbox: number[] | null;
  point: number[] | null;
  version: Generated<number>;
  created_at: Generated<Date>;
  updated_at: Timestamp;
}

export interface UsersTable {
  id: Generated<number>;
  username: string;
  display_name: string;
  password_hash: string;
  password_is_demo: Generated<boolean>;
  active: Generated<boolean>;
  version: Generated<number>;
  created_at: Generated<Date>;
  updated_at: Timestamp;
}

export interface RoleAssignmentsTable {
  id: Generated<number>;
  user_id: number;
  role: string;
  region_id: number;
  created_at: Generated<Date>;
}

export interface SessionsTable {
  token_hash: string;
  user_id: number;
  created_at: Generated<Date>;
  expires_at: Date;
}

export interface LoginFailuresTable {
  id: Generated<number>;
  username: string;
  address: string;
  at: Generated<Date>;
}

export interface AuditLogTable {
  top_region_id: Generated<number>;
  id: Generated<number>;
  at: Generated<Date>;
  actor_id: number | null;
  action: string;
  entity: string;
  entity_id: string | null;
  region_id: number | null;
  before: Json | null;
  after: Json | null;
  request_id: string | null;
}

export interface PoliciesTable {
  id: Generated<number>;
  region_id: number;
  version: Generated<number>;
  preset: string;
  values: Json;
  created_at: Generated<Date>;
  created_by: number | null;
}

export interface CalendarOverridesTable {
  date: string;
  kind: 'workday' | 'holiday';
  note: string;
  updated_at: Timestamp;
  updated_by: number | null;
}

export interface CalendarYearsTable {
  year: number;
  notice: Json;
  confirmed_at: Generated<Date>;
  confirmed_by: number | null;
}

export interface AppSettingsTable {
  key: string;
  value: Json;
}

export interface DB {
  regions: RegionsTable;
  users: UsersTable;
  role_assignments: RoleAssignmentsTable;
  sessions: SessionsTable;
  login_failures: LoginFailuresTable;
  audit_log: AuditLogTable;
  policies: PoliciesTable;
  calendar_overrides: CalendarOverridesTable;
  calendar_years: CalendarYearsTable;
  app_settings: AppSettingsTable;
}
