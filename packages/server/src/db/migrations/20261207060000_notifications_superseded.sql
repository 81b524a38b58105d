-- The notification centre (issue 11 item 3): one notice per matter. A newer notice about the same
-- case for the same person supersedes their older unread one of the same family: a case's deadline
-- notices are one family (a warning, then the overdue notice, or a warning for a moved deadline),
-- 'case-assigned' and 'feedback-due' each another. A superseded notice stays in the table (its
-- dedupe key keeps it from being raised again) but is no longer listed, counted or pushed.
-- A notice the person had already read is never superseded: it stays in their history.
ALTER TABLE notifications ADD COLUMN superseded_at timestamptz;

-- what older versions raised side by side (a warning and the overdue notice in the same tick)
UPDATE notifications o SET superseded_at = o.at
WHERE o.read_at IS NULL AND o.case_id IS NOT NULL
  AND o.kind IN ('case-warning', 'case-overdue', 'case-assigned', 'feedback-due')
  AND EXISTS (
    SELECT 1 FROM notifications n
    WHERE n.user_id = o.user_id AND n.top_region_id = o.top_region_id AND n.case_id = o.case_id AND n.id > o.id
      AND (n.kind = o.kind OR (n.kind IN ('case-warning', 'case-overdue') AND o.kind IN ('case-warning', 'case-overdue')))
  );

-- the unread count of the bell and the centre
CREATE INDEX notifications_unread_idx ON notifications (user_id) WHERE read_at IS NULL AND superseded_at IS NULL;
