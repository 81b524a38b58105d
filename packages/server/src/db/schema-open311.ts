import type { Generated } from 'kysely';

/**
 * Kysely table types of the Open311 module; they mirror db/migrations/20261127030000_open311.sql (and
 * 20261127120000_case_public_notes.sql).
 */
export interface Open311ClientsTable {
  id: Generated<number>;
  name: string;
  /** SHA-256 (hex) of the API key; the key itself is never stored. */
  key_hash: string;
  region_id: number;
  acting_user_id: number;
  active: Generated<boolean>;
  created_at: Generated<Date>;
  created_by: number | null;
}

export interface Open311RequestsTable {
  top_region_id: number;
  case_id: number;
  client_id: number;
  address_string: string | null;
  media_url: string | null;
  created_at: Generated<Date>;
}

/** Reviewed public notes of cases (20261127120000_case_public_notes.sql): append-only, the latest is published. */
export interface CasePublicNotesTable {
  top_region_id: number;
  case_id: number;
  version: number;
  text: string;
  approved_by: number;
  approved_at: Date;
}

export interface Open311Tables {
  open311_clients: Open311ClientsTable;
  open311_requests: Open311RequestsTable;
  case_public_notes: CasePublicNotesTable;
}
