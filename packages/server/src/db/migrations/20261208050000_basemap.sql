-- Offline base map (issue 11 item 10): roads and building footprints drawn under the grids, per street
-- or town (`top_region_id`), so the map needs no internet tiles. The demo seeds one; a deployment
-- replaces a street's or town's features by importing its own GeoJSON (PUT /basemap). The bbox
-- columns let a read take only the features near the caller's grids.
CREATE TABLE basemap_features (
  id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  top_region_id integer NOT NULL REFERENCES regions (id) ON DELETE CASCADE,
  kind          text NOT NULL CHECK (kind IN ('major-road','road','compound','building')),
  name          text CHECK (char_length(name) BETWEEN 1 AND 60),
  geometry      jsonb NOT NULL,
  min_lng       double precision NOT NULL,
  min_lat       double precision NOT NULL,
  max_lng       double precision NOT NULL,
  max_lat       double precision NOT NULL
);
CREATE INDEX basemap_features_region ON basemap_features (top_region_id, min_lng);
