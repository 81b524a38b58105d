import type { ColumnType, Generated } from 'kysely';

/** Kysely table types of db/migrations/20261127060000_verification.sql (A8.2, A8.3, D8). */
type Json<T = unknown> = ColumnType<T, string | T, string | T>;

export interface VerificationDrawsTable {
  top_region_id: number;
  id: Generated<number>;
  region_id: number;
  region_path: string;
  kind: 'quarterly' | 'yearly';
  /** '2026-Q4' (quarterly) or '2026' (yearly). */
  period: string;
  /** 'YYYY-MM-DD'. */
  base_date: string;
  seed: string;
  rates: Json;
  share: number | null;
  policy_region_id: number | null;
  policy_version: number | null;
  counts: Json;
  strata: Json;
  groups: Json | null;
  created_by: number;
  created_at: Date;
  supersedes: number | null;
  superseded_by: number | null;
  superseded_at: Date | null;
}

export interface VerificationTasksTable {
  top_region_id: number;
  id: Generated<number>;
  draw_id: number;
  household_id: number;
  grid_id: number;
  grid_path: string;
  visit_class: string;
  assignee_id: number | null;
  status: Generated<'pending' | 'done' | 'cancelled'>;
  version: Generated<number>;
  result: Json | null;
  discrepancies: number | null;
  follow_ups: number | null;
  checked_at: Date | null;
  completed_by: number | null;
  completed_at: Date | null;
  created_at: Date;
}

export interface VerificationTables {
  verification_draws: VerificationDrawsTable;
  verification_tasks: VerificationTasksTable;
}
