/** Assessment 考核: scores and ranks computed from the records, and the records behind one part of a score. */
import { ASSESSMENT_LEVELS } from '@gridwork/core/assessment/items';
import { api } from './client';
import { downloadXlsx } from './files';
import type { Query, Reply } from './openapi';
import type { Id } from './types';

export type Scores = Reply<'/api/v1/assessment/scores', 'get'>;
export type ScoredSubject = Scores['items'][number];
export type ScorePart = ScoredSubject['parts'][number];
export type AssessmentLevel = Scores['level'];
export type AssessmentItem = ScorePart['item'];
export type Records = Reply<'/api/v1/assessment/records', 'get'>;
export type RecordRow = Records['records'][number];
export type RecordsQuery = Query<'/api/v1/assessment/records', 'get'>;

export { ASSESSMENT_LEVELS };

export const assessmentApi = {
  scores: (q: { regionId?: Id; period: string; level: AssessmentLevel }, signal?: AbortSignal) =>
    api.get<Scores>('/assessment/scores', { query: q, signal }),
  records: (q: RecordsQuery, signal?: AbortSignal) => api.get<Records>('/assessment/records', { query: { ...q }, signal }),
  /** The ranking as an xlsx workbook (GET /assessment/scores?format=xlsx). */
  exportXlsx: (q: { regionId: Id; period: string; level: AssessmentLevel }) =>
    downloadXlsx('/assessment/scores', { ...q, format: 'xlsx' }, `考核排名-${q.period}.xlsx`),
};
