import { intakeRoles } from '@gridwork/core/cases';
import type { Role } from '@gridwork/core';

/** A case in these states is a finished record (A3.3 register, merged into another): no more photos. */
export const PHOTO_FROZEN_STATUSES: readonly string[] = ['archived', 'merged'];

/**
 * Who may add a photo to a case: whoever may act on it — a role that takes cases in where it lies
 * (grid staff, leads, officers, hotline, admin), its first-inquiry owner, or its handler.
 */
export function mayAddCasePhoto(rolesAtCase: readonly Role[], actorId: number, c: { owner_id: number; handler_id: number | null }): boolean {
  return rolesAtCase.some((r) => intakeRoles.includes(r)) || c.owner_id === actorId || c.handler_id === actorId;
}
