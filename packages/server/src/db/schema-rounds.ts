import type { ColumnType, Generated } from 'kysely';

/** Kysely table types of db/migrations/20261127070000_rounds.sql (round reports, C2.2 D6). */
type Json<T = unknown> = ColumnType<T, string | T, string | T>;

export interface RoundReportsTable {
  top_region_id: number;
  id: Generated<number>;
  grid_id: number;
  grid_path: string;
  /** 'YYYY-MM'. */
  month: string;
  status: Generated<'draft' | 'submitted' | 'acknowledged'>;
  version: Generated<number>;
  policy_version: number | null;
  figures: Json;
  generated_at: Date;
  summary: string | null;
  created_by: number;
  created_at: Date;
  submitted_by: number | null;
  submitted_at: Date | null;
  acknowledged_by: number | null;
  acknowledged_at: Date | null;
  note: string | null;
  updated_at: Date;
}

export interface RoundTables {
  round_reports: RoundReportsTable;
}
