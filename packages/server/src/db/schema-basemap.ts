import type { ColumnType, Generated } from 'kysely';

type Json<T = unknown> = ColumnType<T, string | T, string | T>;

/** Base-map roads and footprints per street or town (migration 20261208050000_basemap.sql). */
export interface BasemapFeaturesTable {
  id: Generated<number>;
  top_region_id: number;
  kind: 'major-road' | 'road' | 'compound' | 'building';
  name: string | null;
  geometry: Json;
  min_lng: number;
  min_lat: number;
  max_lng: number;
  max_lat: number;
}

export interface BasemapTables {
  basemap_features: BasemapFeaturesTable;
}
