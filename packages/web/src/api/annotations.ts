/** Case annotations (批注): append-only notes on a case (server modules/cases/annotations.ts). */
import type { Role } from '@gridwork/core/access/roles';
import { api } from './client';
import type { Id } from './types';

export const ANNOTATION_KINDS = ['hotline-note', 'supervision-note', 'reminder', 'hot-flag'] as const;
export type AnnotationKind = (typeof ANNOTATION_KINDS)[number];

export interface Annotation {
  id: Id;
  kind: AnnotationKind;
  text: string;
  actor: { id: Id; name: string };
  at: string;
}

/**
 * Which roles may add each kind. This mirrors the server's KIND_ROLES because the API has no
 * `abilities` for annotations yet (TODO: switch to abilities when the server provides them).
 * The server still decides: a 403 is shown as an error.
 */
export const ANNOTATION_KIND_ROLES: Record<AnnotationKind, readonly Role[]> = {
  'hotline-note': ['hotline-operator', 'supervisor', 'admin'],
  'supervision-note': ['supervisor', 'street-officer', 'town-officer', 'admin'],
  reminder: ['supervisor', 'street-officer', 'town-officer', 'admin'],
  'hot-flag': ['supervisor', 'street-officer', 'town-officer', 'admin'],
};

export const annotationsApi = {
  list: (caseId: Id, signal?: AbortSignal) => api.get<Annotation[]>(`/cases/${caseId}/annotations`, { signal }),
  add: (caseId: Id, body: { kind: AnnotationKind; text: string }) => api.post<Annotation[]>(`/cases/${caseId}/annotations`, body),
};
