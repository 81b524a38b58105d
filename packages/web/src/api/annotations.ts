/** Case annotations (批注): append-only notes on a case (server modules/cases/annotations.ts). */
import { api } from './client';
import type { Reply } from './openapi';
import type { Id } from './types';

export const ANNOTATION_KINDS = ['hotline-note', 'supervision-note', 'reminder', 'hot-flag'] as const;
export type AnnotationKind = (typeof ANNOTATION_KINDS)[number];

export type Annotation = Reply<'/api/v1/cases/{id}/annotations', 'get'>[number];

export const annotationsApi = {
  list: (caseId: Id, signal?: AbortSignal) => api.get<Annotation[]>(`/cases/${caseId}/annotations`, { signal }),
  add: (caseId: Id, body: { kind: AnnotationKind; text: string }) => api.post<Annotation[]>(`/cases/${caseId}/annotations`, body),
};
