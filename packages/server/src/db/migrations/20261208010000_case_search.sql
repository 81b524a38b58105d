-- Desk search (issue 11 item 8). A case may carry the address its reporter gave (hotline intake finds
-- the grid from it); the keyword search reads title, description and this address, never the sealed
-- reporter table. The list filters a scope or a picked region by path prefix and an intake date range:
-- one index serves both (prefix range on the path, then received_at inside it).
ALTER TABLE cases ADD COLUMN address text;
CREATE INDEX cases_path_received_idx ON cases (grid_path text_pattern_ops, received_at);
