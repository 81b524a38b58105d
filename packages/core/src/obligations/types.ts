/** Types of the periodic-obligation engine (D9): one mechanism for visits, diaries, meetings, training, logs. */
import type { DateRange, PeriodKind, PeriodWindow, WorkdayCalendar } from './periods';

/** A household id, a user id, a grid id...: whatever the subject set is made of. `1` and `'1'` differ. */
export type SubjectId = string | number;

/**
 * "`count` per `period` for each subject, maybe inside a `window`" (D9). The subject set itself is
 * resolved by the caller (households of a class, members of a team...) and passed as ids.
 */
export interface EngineObligation {
  /** Stable id, e.g. `visits/2-key` (policy `obligationsOf`). */
  id: string;
  count: number;
  period: PeriodKind;
  window?: PeriodWindow;
  /**
   * Minimum hours for an occurrence to count (C7.1 "at least 2 hours a day"). With `onePerDay`
   * the hours of one subject's records on a day are summed and the day counts when the sum reaches it.
   */
  minHours?: number;
  /** Passed through to every result: the policy version that produced the obligation. */
  policyVersion?: number;
  /** Passed through: the rule ID the obligation comes from (e.g. `A7.2`). */
  rule?: string;
  /** Passed through: the policy's subject code (e.g. `household:2-key`, `team-member`). */
  subject?: string;
}

interface RecordBase {
  subjectId: SubjectId;
  /** False for records that never count (a phone call is a contact, not a visit: D5). */
  countsToward: boolean;
  /** Duration, for obligations with `minHours`; missing means 0. */
  hours?: number;
}

/** One occurrence: a visit, a diary entry, a meeting attended, a log written. */
export type ObligationRecord = RecordBase &
  (
    | { /** 'YYYY-MM-DD' in Asia/Shanghai. */ date: string; at?: undefined }
    | { /** An instant; its Asia/Shanghai date is used. */ at: Date; date?: undefined }
  );

export interface EvaluateOptions {
  /** Share of the period (or window) after which an unmet obligation is `at-risk`; default 0.8 (D2). */
  warnShare?: number;
  /** Several records of one subject on one day count once (contract: visits); default true. */
  onePerDay?: boolean;
  /** Required for `working-day` obligations: a period applies only on working days (D1). */
  calendar?: WorkdayCalendar;
}

export type ObligationStatus = 'met' | 'due' | 'at-risk' | 'overdue';

/** One subject's standing for one period, evaluated as of the end of `asOf` (Asia/Shanghai). */
export interface Evaluation {
  obligationId: string;
  subjectId: SubjectId;
  policyVersion?: number;
  rule?: string;
  /** The calendar period containing `asOf` (or the period asked for by `evaluateSeries`). */
  period: DateRange;
  /** Only for obligations with a window: the part of the period inside it, null when none is. */
  window?: DateRange | null;
  /** False when the obligation asks nothing of this period (a rest day, a day outside the window). */
  applies: boolean;
  required: number;
  done: number;
  remaining: number;
  status: ObligationStatus;
  /** Next date to act, spreading `remaining` evenly over the days left; null when met or ended. */
  suggestedNext: string | null;
  /** Only for obligations with `minHours`: hours recorded in the period (or window) up to `asOf`. */
  hours?: number;
}
