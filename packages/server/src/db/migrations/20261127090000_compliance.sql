-- Visit due list, compliance and visiting hours (RULES A7.2, C2.2, C7.1, D5, D9).
-- 1. A household's visits by start time, with the type in the index: counting a household's in-person
--    visit days in a period and finding its last visit are index-only scans (due list, visit status).
--    It replaces visits_household_idx (same key), so a visit still writes one index of this kind.
CREATE INDEX visits_household_started_idx ON visits (top_region_id, household_id, started_at DESC) INCLUDE (type);
DROP INDEX visits_household_idx;
-- 2. A street's or town's visits by start time: compliance and visiting hours over a whole region
--    read one period's range instead of every visit ever recorded.
CREATE INDEX visits_started_idx ON visits (top_region_id, started_at) INCLUDE (household_id, type);
