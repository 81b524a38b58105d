/**
 * The finished case statuses in SQL, built once from core's list (closed, archived, rejected,
 * merged): a case in one of them takes no more work. Inlined as literals, so every query keeps one
 * SQL text.
 */
import { FINISHED_STATUSES } from '@gridwork/core/cases';
import { sql, type RawBuilder } from 'kysely';

/** For kysely's `where(column, 'in' | 'not in', FINISHED)`. */
export const FINISHED: readonly string[] = FINISHED_STATUSES;

const LIST = sql.join(FINISHED_STATUSES.map((s) => sql.lit(s)));

/** `column IN ('closed', 'archived', 'rejected', 'merged')`. */
export const isFinished = (column: string): RawBuilder<boolean> => sql<boolean>`${sql.ref(column)} IN (${LIST})`;

/** `column NOT IN (...)`: a case still open. */
export const isUnfinished = (column: string): RawBuilder<boolean> => sql<boolean>`${sql.ref(column)} NOT IN (${LIST})`;
