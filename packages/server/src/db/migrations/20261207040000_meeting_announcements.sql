-- A2.5: a public consultation meeting or an expert Q&A session is announced to residents in advance
-- through the grid workers: the meeting carries the notice residents are told; each grid worker of
-- the area gets a notice to pass it on and records that they did (and roughly how many households
-- they told), so the convener sees who has announced it before the day.
ALTER TABLE meetings ADD COLUMN notice text CHECK (length(notice) BETWEEN 1 AND 2000);

CREATE TABLE meeting_announcements (
  meeting_id    bigint NOT NULL REFERENCES meetings (id),
  user_id       integer NOT NULL REFERENCES users (id),
  announced_at  timestamptz NOT NULL,
  households    integer CHECK (households BETWEEN 0 AND 100000),
  note          text CHECK (length(note) <= 500),
  PRIMARY KEY (meeting_id, user_id)
);

ALTER TABLE notifications DROP CONSTRAINT notifications_subject_kind_check;
ALTER TABLE notifications ADD CONSTRAINT notifications_subject_kind_check
  CHECK (subject_kind IN ('case','round-report','grid','verification-draw','verification-task','household','user','meeting'));

ALTER TABLE notifications DROP CONSTRAINT notifications_kind_check;
ALTER TABLE notifications ADD CONSTRAINT notifications_kind_check
  CHECK (kind IN ('case-warning','case-overdue','case-assigned','feedback-due','case-reminder',
                  'round-report-submitted','round-report-acknowledged','round-report-due','verification-task-assigned',
                  'reveal-burst','meeting-announce'));
