/** Who may add which kind of case annotation (A9.2, C8), by their roles at the case's grid. */
import type { Role } from '@gridwork/core';

const KIND_ROLES: Record<string, readonly Role[]> = {
  'hotline-note': ['hotline-operator', 'supervisor', 'admin'],
  'supervision-note': ['supervisor', 'street-officer', 'town-officer', 'admin'],
  reminder: ['supervisor', 'street-officer', 'town-officer', 'admin'],
  'hot-flag': ['supervisor', 'street-officer', 'town-officer', 'admin'],
};
export const ANNOTATION_KINDS = Object.keys(KIND_ROLES);

/** The kinds of annotation a user with `roles` at a case's grid may add. */
export function annotationKindsFor(roles: readonly Role[]): string[] {
  return ANNOTATION_KINDS.filter((kind) => KIND_ROLES[kind].some((r) => roles.includes(r)));
}
