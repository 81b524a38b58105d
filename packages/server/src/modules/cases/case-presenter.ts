import { isWithin, type Role } from '@gridwork/core';
import { actionsFor, coordinatorRoles, lightOf, type CaseState } from '@gridwork/core/cases';
import { warnShareOf, type PolicyValues } from '@gridwork/core/policy';
import { isoOrNull, isoShanghai } from '../../lib/time';
import { parsePath, type SessionUser } from '../auth/sessions.repository';
import { mayAddCasePhoto, PHOTO_FROZEN_STATUSES } from '../photos/photo-access';
import { annotationKindsFor } from './annotation-kinds';
import { stateOfRow } from './case-row';
import type { CaseRow } from './cases.repository';
import type { ReporterView } from './reporter-phone';

/** The actor's roles that reach the case's grid (assignments on the grid or above it). */
export function rolesAt(actor: SessionUser, gridPath: string): Role[] {
  const path = parsePath(gridPath);
  return [...new Set(actor.roles.filter((r) => isWithin(path, r.path)).map((r) => r.role))];
}

export const REVEAL_CONFIDENTIAL_ROLES: readonly Role[] = ['hotline-operator', 'supervisor'];

/**
 * May the actor (with `roles` at the case's grid) reveal the case's reporter (A9.4, C3, D10)? A
 * confidential reporter only to hotline operators and supervisors; another named reporter also to
 * the case's coordinators, its owner and its handler; an anonymous one to no one. The one rule for
 * both the reveal and the ability shown with the case.
 */
export function mayRevealReporter(
  roles: readonly Role[], actorId: number, row: Pick<CaseRow, 'handler_id' | 'owner_id'>, reporter: Pick<ReporterView, 'anonymous' | 'confidential'> | null | undefined,
): boolean {
  if (!reporter || reporter.anonymous) return false;
  if (roles.some((r) => REVEAL_CONFIDENTIAL_ROLES.includes(r))) return true;
  if (reporter.confidential) return false;
  return roles.some((r) => coordinatorRoles.includes(r)) || row.handler_id === actorId || row.owner_id === actorId;
}

/** Reporter identity as everyone sees it: confidential reporters fully masked, phones always masked (A9.4, C3, D10). */
export function presentReporter(r: ReporterView | undefined) {
  if (!r) return null;
  if (r.anonymous) return { name: null, phone: null, anonymous: true, confidential: r.confidential, masked: false };
  if (r.confidential) return { name: r.name ? '***' : null, phone: r.phoneMask ? '***********' : null, anonymous: false, confidential: true, masked: true };
  return { name: r.name, phone: r.phoneMask, anonymous: false, confidential: false, masked: r.phoneMask !== null };
}

export function presentCase(actor: SessionUser, row: CaseRow, policy: PolicyValues, now: Date, extra: { reporter?: ReporterView; timeline?: unknown[]; photos?: Array<{ id: number; contentType: string; size: number }> } = {}) {
  const c: CaseState = stateOfRow(row);
  const roles = rolesAt(actor, row.grid_path);
  return {
    id: row.id,
    version: c.version,
    status: c.status,
    title: row.title,
    description: row.description,
    category: row.category,
    source: row.source,
    caseClass: c.caseClass,
    classConfirmed: c.classConfirmed,
    tier: c.tier,
    gridId: row.grid_id,
    location: row.lat !== null && row.lng !== null ? { lat: row.lat, lng: row.lng } : null,
    receivedAt: isoShanghai(c.receivedAt),
    deadline: isoShanghai(c.deadline),
    deadlineProvisional: c.deadlineProvisional,
    policyVersion: c.policyVersion,
    light: lightOf(c, now, warnShareOf(policy)),
    onTime: c.onTime,
    metAt: isoOrNull(c.metAt),
    ownerId: c.ownerId,
    handlerId: c.handlerId,
    handlingUnit: c.handlingUnit,
    escalations: c.escalations,
    reopenCount: c.reopenCount,
    extension: c.extension ? { requestedBy: c.extension.requestedBy, reason: c.extension.reason, proposedDeadline: isoShanghai(c.extension.proposedDeadline), requestedAt: isoShanghai(c.extension.requestedAt) } : null,
    feedback: c.feedback,
    closure: c.closure ? { ...c.closure, completedAt: isoShanghai(c.closure.completedAt) } : null,
    mergedInto: c.mergedInto,
    visitId: row.visit_id,
    reporter: extra.reporter === undefined ? undefined : presentReporter(extra.reporter),
    timeline: extra.timeline,
    photos: extra.photos,
    abilities: {
      actions: actionsFor(c, { id: actor.id, roles }, policy),
      revealReporter: mayRevealReporter(roles, actor.id, row, extra.reporter),
      addPhoto: mayAddCasePhoto(roles, actor.id, row) && !PHOTO_FROZEN_STATUSES.includes(c.status),
      annotate: annotationKindsFor(roles),
    },
  };
}
