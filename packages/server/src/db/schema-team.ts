import type { ColumnType, Generated } from 'kysely';

/** Kysely table types of db/migrations/20261207020000_team_operations.sql (A4-A6, A10, C2.4-C6). */
type Json<T = unknown> = ColumnType<T, string | T, string | T>;
/** numeric columns are parsed to numbers (database.ts). */
type Numeric = ColumnType<number, number | string, number | string>;

export type Attendance = 'present' | 'late' | 'absent' | 'on-leave';

export interface DiariesTable {
  top_region_id: number;
  id: Generated<number>;
  region_id: number;
  region_path: string;
  author_id: number;
  occurred_at: Date;
  place: string;
  people: string;
  content: string;
  background: string | null;
  cause: string | null;
  suggestions: string | null;
  solution: string | null;
  outcome: string | null;
  reflection: string | null;
  case_ids: number[];
  visit_ids: number[];
  back_entered: Generated<boolean>;
  version: Generated<number>;
  created_by: number;
  created_at: Date;
  updated_at: Date;
}

export interface DiaryReviewsTable {
  id: Generated<number>;
  diary_id: number;
  reviewer_id: number;
  comment: string;
  created_at: Date;
}

export interface DiarySelectionsTable {
  diary_id: number;
  /** 'YYYY-MM'. */
  month: string;
  status: 'shortlisted' | 'selected';
  author_id: number;
  by_id: number;
  at: Date;
}

export interface MeetingsTable {
  top_region_id: number;
  id: Generated<number>;
  region_id: number;
  region_path: string;
  type: string;
  title: string;
  starts_at: Date;
  place: string | null;
  urgent: Generated<boolean>;
  status: Generated<'scheduled' | 'held' | 'cancelled'>;
  agenda: Json;
  minutes: string | null;
  /** A2.5: what residents are told in advance (consultation meetings, expert Q&A). */
  notice: Generated<string | null>;
  convened_by: number;
  version: Generated<number>;
  created_at: Date;
  updated_at: Date;
}

export interface MeetingInviteesTable {
  meeting_id: number;
  user_id: number;
  attendance: Attendance | null;
  marked_by: number | null;
  marked_at: Date | null;
}

/** A2.5: a grid worker passed the meeting's notice on to the residents of their grid. */
export interface MeetingAnnouncementsTable {
  meeting_id: number;
  user_id: number;
  announced_at: Date;
  households: number | null;
  note: string | null;
}

export interface MeetingLeaveRequestsTable {
  id: Generated<number>;
  meeting_id: number;
  user_id: number;
  reason: string;
  status: Generated<'pending' | 'approved' | 'refused'>;
  created_at: Date;
  decided_by: number | null;
  decided_at: Date | null;
}

export interface MeetingTasksTable {
  id: Generated<number>;
  meeting_id: number;
  title: string;
  owner_id: number;
  due_on: ColumnType<string, string, string>;
  case_id: number | null;
  status: Generated<'open' | 'done'>;
  done_at: Date | null;
  created_at: Date;
}

export interface RewardsTable {
  top_region_id: number;
  id: Generated<number>;
  user_id: number;
  region_id: number;
  region_path: string;
  kind: string;
  ground: string;
  note: string | null;
  points: Numeric;
  awarded_on: ColumnType<string, string, string>;
  status: Generated<'proposed' | 'approved' | 'refused'>;
  proposed_by: number;
  approved_by: number | null;
  approved_at: Date | null;
  version: Generated<number>;
  created_at: Date;
}

export interface TrainingsTable {
  top_region_id: number;
  id: Generated<number>;
  region_id: number;
  region_path: string;
  topic: string;
  starts_at: Date;
  minutes: number;
  materials: string | null;
  run_by: number;
  created_at: Date;
}

export interface TrainingAttendanceTable {
  training_id: number;
  user_id: number;
  attendance: Attendance;
  marked_by: number;
  marked_at: Date;
}

export interface SelfStudyTable {
  top_region_id: number;
  id: Generated<number>;
  user_id: number;
  region_path: string;
  studied_on: ColumnType<string, string, string>;
  topic: string;
  minutes: number;
  created_at: Date;
}

export interface SupervisionReportsTable {
  top_region_id: number;
  id: Generated<number>;
  region_id: number;
  region_path: string;
  month: string;
  status: Generated<'draft' | 'issued'>;
  figures: Json;
  generated_at: Date;
  comments: string | null;
  rating: number | null;
  version: Generated<number>;
  created_by: number;
  created_at: Date;
  issued_by: number | null;
  issued_at: Date | null;
}

export interface CalendarFeedsTable {
  user_id: number;
  token_hash: string;
  created_at: Date;
}

export interface HouseholdSurveysTable {
  top_region_id: number;
  id: Generated<number>;
  household_id: number;
  grid_path: string;
  visit_class: string;
  answers: Json;
  visit_id: number | null;
  filled_by: number;
  filled_at: Date;
}

export interface OutreachVisitsTable {
  top_region_id: number;
  id: Generated<number>;
  grid_id: number;
  grid_path: string;
  target: string;
  target_name: string;
  visited_at: Date;
  checklist: string[];
  notes: string | null;
  visitor_id: number;
  created_at: Date;
}

export interface WorkRecordsTable {
  top_region_id: number;
  id: Generated<number>;
  kind: 'implementation-plan' | 'workstation-evaluation';
  region_id: number;
  region_path: string;
  year: number;
  title: string;
  content: string;
  rating: number | null;
  author_id: number;
  version: Generated<number>;
  created_at: Date;
  updated_at: Date;
}

export interface TeamTables {
  work_records: WorkRecordsTable;
  household_surveys: HouseholdSurveysTable;
  outreach_visits: OutreachVisitsTable;
  calendar_feeds: CalendarFeedsTable;
  supervision_reports: SupervisionReportsTable;
  self_study: SelfStudyTable;
  diaries: DiariesTable;
  diary_reviews: DiaryReviewsTable;
  diary_selections: DiarySelectionsTable;
  meetings: MeetingsTable;
  meeting_invitees: MeetingInviteesTable;
  meeting_announcements: MeetingAnnouncementsTable;
  meeting_leave_requests: MeetingLeaveRequestsTable;
  meeting_tasks: MeetingTasksTable;
  rewards: RewardsTable;
  trainings: TrainingsTable;
  training_attendance: TrainingAttendanceTable;
}
