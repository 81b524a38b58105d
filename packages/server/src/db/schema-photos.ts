import type { Generated } from 'kysely';

/**
 * Photos of cases, visits and diary entries (migrations 20261127080000_photos.sql, 20261207030000_diary_photos.sql):
 * exactly one owner id is set.
 */
export interface PhotosTable {
  top_region_id: number;
  id: Generated<number>;
  case_id: number | null;
  visit_id: number | null;
  diary_id: number | null;
  content_type: 'image/jpeg' | 'image/png' | 'image/webp';
  size: number;
  sha256: string;
  width: number | null;
  height: number | null;
  data: Buffer;
  uploaded_by: number;
  uploaded_at: Date;
}

export interface PhotoTables {
  photos: PhotosTable;
}
