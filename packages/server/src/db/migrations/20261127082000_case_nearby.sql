-- Merge suggestions (issue 3 item 3): open cases of a category near a point. The bounding-box
-- prefilter runs on this partial index of open cases; the exact distance is computed after.
CREATE INDEX cases_open_category_lat_idx ON cases (category, lat)
  WHERE status NOT IN ('closed','archived','rejected','merged') AND lat IS NOT NULL;
