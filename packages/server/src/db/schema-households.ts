import type { ColumnType, Generated } from 'kysely';

/** Kysely table types of db/migrations/20261127020000_households.sql (households and visits). */
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

export interface ResidentTagsTable {
  code: string;
  label_zh: string;
  label_en: string;
  rule: string | null;
  active: Generated<boolean>;
  sort: Generated<number>;
}

export interface HouseholdsTable {
  top_region_id: number;
  id: Generated<number>;
  grid_id: number;
  grid_path: string;
  address: string;
  compound_id: number | null;
  building_id: number | null;
  housing: Generated<'owned' | 'rented'>;
  landlord: string | null;
  class_override: string | null;
  class_override_reason: string | null;
  version: Generated<number>;
  created_by: number | null;
  created_at: Generated<Date>;
  updated_at: Timestamp;
}

/** `*_enc` are sealed (AES-256-GCM), `*_hash` keyed hashes, `*_mask` the masks shown in lists. */
export interface ResidentsTable {
  top_region_id: number;
  id: Generated<number>;
  household_id: number;
  name: string;
  sex: 'M' | 'F';
  /** 'YYYY-MM-DD' (the date type parser keeps text). */
  birth_date: string;
  id_number_enc: Buffer | null;
  id_number_hash: string | null;
  id_number_mask: string | null;
  phone_enc: Buffer | null;
  phone_hash: string | null;
  phone_mask: string | null;
  economic_situation: string | null;
  skills: string | null;
  tags: Generated<string[]>;
  views: string | null;
  social_relations: string | null;
  notes: string | null;
  status: Generated<'current' | 'moved-out' | 'deceased'>;
  version: Generated<number>;
  created_by: number | null;
  created_at: Generated<Date>;
  updated_at: Timestamp;
}

export interface HouseholdMembersTable {
  top_region_id: number;
  id: Generated<number>;
  household_id: number;
  resident_id: number;
  relation: string | null;
  joined_on: string;
  left_on: string | null;
  left_reason: 'moved' | 'moved-out' | 'deceased' | null;
  left_note: string | null;
  moved_to_household_id: number | null;
  created_by: number | null;
  closed_by: number | null;
}

export interface VisitsTable {
  top_region_id: number;
  id: Generated<number>;
  household_id: number;
  visitor_ids: number[];
  started_at: Date;
  ended_at: Date;
  type: string;
  lat: number | null;
  lng: number | null;
  outside_grid: boolean | null;
  findings: string | null;
  needs: string | null;
  policy_version: number | null;
  created_by: number;
  created_at: Generated<Date>;
}

export interface HouseholdTables {
  resident_tags: ResidentTagsTable;
  households: HouseholdsTable;
  residents: ResidentsTable;
  household_members: HouseholdMembersTable;
  visits: VisitsTable;
}
