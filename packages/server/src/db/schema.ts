import type { ColumnType, Generated } from 'kysely';
import type { HouseholdTables } from './schema-households';
import type { NotificationTables } from './schema-notifications';
import type { Open311Tables } from './schema-open311';
import type { PhotoTables } from './schema-photos';
import type { BasemapTables } from './schema-basemap';
import type { RoundTables } from './schema-rounds';
import type { TeamTables } from './schema-team';
import type { VerificationTables } from './schema-verification';

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
  /** The user's own mobile for SMS notices, sealed ('phone' field; account/mobile.ts); never in clear text. */
  mobile_enc: Buffer | null;
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
  /** The public handle of a session (`GET /me/sessions`); the token hash is never shown. */
  id: Generated<number>;
  user_id: number;
  created_at: Generated<Date>;
  expires_at: Date;
  user_agent: string | null;
  last_seen_at: Generated<Date>;
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

export interface CaseCategoriesTable {
  code: string;
  label_zh: string;
  label_en: string;
  default_tier: string | null;
  default_unit: string | null;
  active: Generated<boolean>;
  sort: Generated<number>;
}

export interface IdempotencyKeysTable {
  user_id: number;
  key: string;
  request_hash: string;
  status: number;
  response: Json;
  created_at: Timestamp;
}

export interface CasesTable {
  top_region_id: number;
  id: Generated<number>;
  grid_id: number;
  grid_path: string;
  title: string;
  description: string;
  category: string;
  source: string;
  case_class: string;
  tier: string;
  status: string;
  version: number;
  received_at: Date;
  clock_start: Date;
  deadline: Date;
  deadline_provisional: boolean;
  policy_version: number;
  policy_region_id: number;
  lat: number | null;
  lng: number | null;
  owner_id: number;
  created_by: number;
  handler_id: number | null;
  handling_unit: string | null;
  met_at: Date | null;
  on_time: boolean | null;
  visit_id: number | null;
  /** The address the reporter gave (desk search); not personal identity. */
  address: Generated<string | null>;
  state: Json;
  created_at: Generated<Date>;
  updated_at: Timestamp;
}

export interface CaseReportersTable {
  top_region_id: number;
  case_id: number;
  name: string | null;
  /** Plaintext of rows written before sealing; the server seals and clears it at start. */
  phone: string | null;
  anonymous: boolean;
  confidential: boolean;
  /** Sealed phone (AES-256-GCM), keyed hash and mask (migration 20261127081000_reporter_phone.sql). */
  phone_enc: Generated<Buffer | null>;
  phone_hash: Generated<string | null>;
  phone_mask: Generated<string | null>;
}

export interface CaseTimelineTable {
  top_region_id: number;
  case_id: number;
  seq: number;
  at: Date;
  actor_id: number | null;
  action: string;
  from_status: string | null;
  to_status: string;
  details: Json;
}

export interface DB
  extends HouseholdTables,
    Open311Tables,
    NotificationTables,
    VerificationTables,
    PhotoTables,
    RoundTables,
    TeamTables,
    BasemapTables {
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
  case_categories: CaseCategoriesTable;
  idempotency_keys: IdempotencyKeysTable;
  cases: CasesTable;
  case_reporters: CaseReportersTable;
  case_timeline: CaseTimelineTable;
}
