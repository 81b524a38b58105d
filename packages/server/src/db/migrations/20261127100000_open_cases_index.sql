-- The supervision board (C8) counts open cases under a region path by light, and lists the most
-- urgent ones: a partial index over open cases only, covering what the light and the ordering need,
-- so a community's board is an index-only scan of its open cases instead of a scan of every case
-- it ever had (bench/supervision-board.bench.ts).
CREATE INDEX cases_open_path_idx ON cases (grid_path text_pattern_ops)
  INCLUDE (deadline, clock_start, met_at, policy_version, grid_id, top_region_id, id)
  WHERE status NOT IN ('closed','archived','rejected','merged');
