/** A8.1 household survey forms filled on the phone, and A7.1 三访四清 visits beyond households. */
import { FOUR_CLEAR, OUTREACH_TARGETS, surveyFormOf, type SurveyQuestion } from '@gridwork/core/households/survey-form';
import { api } from './client';
import type { Query, Reply, RequestBody } from './openapi';
import type { Id } from './types';

export type SurveyForm = Reply<'/api/v1/households/{id}/survey-form', 'get'>;
export type FormQuestion = SurveyForm['questions'][number];
export type Survey = Reply<'/api/v1/households/{id}/surveys', 'get'>[number];
export type NewSurvey = RequestBody<'/api/v1/households/{id}/surveys', 'post'>;
export type OutreachVisit = Reply<'/api/v1/outreach-visits', 'get'>[number];
export type NewOutreach = RequestBody<'/api/v1/outreach-visits', 'post'>;
export type OutreachQuery = Query<'/api/v1/outreach-visits', 'get'>;
export type OutreachTarget = NewOutreach['target'];
export type FourClear = NewOutreach['checklist'][number];

export { FOUR_CLEAR, OUTREACH_TARGETS, surveyFormOf };
export type { SurveyQuestion };

export const surveysApi = {
  form: (householdId: Id, signal?: AbortSignal) => api.get<SurveyForm>(`/households/${householdId}/survey-form`, { signal }),
  list: (householdId: Id, signal?: AbortSignal) => api.get<Survey[]>(`/households/${householdId}/surveys`, { signal }),
  fill: (householdId: Id, body: NewSurvey) => api.post<Survey>(`/households/${householdId}/surveys`, body),
};

export const outreachApi = {
  list: (q: OutreachQuery, signal?: AbortSignal) => api.get<OutreachVisit[]>('/outreach-visits', { query: { ...q }, signal }),
  create: (body: NewOutreach) => api.post<OutreachVisit>('/outreach-visits', body),
};
