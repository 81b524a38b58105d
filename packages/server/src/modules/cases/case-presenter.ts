import { can, isWithin, type Role } from '@gridwork/core';
import { actionsFor, lightOf, type CaseState } from '@gridwork/core/cases';
import { warnShareOf, type PolicyValues } from '@gridwork/core/policy';
import { isoOrNull, isoShanghai } from '../../lib/time';
import { parsePath, type SessionUser } from '../auth/sessions.repository';
import { annotateAction, ANNOTATION_KINDS, caseTarget, PHOTO_FROZEN_STATUSES } from './case-access';
import { stateOfRow } from './case-row';
import type { CaseRow } from './cases.repository';
import type { ReporterView } from './reporter-phone';

/** The actor's roles that reach the case's grid (assignments on the grid or above it). */
export function rolesAt(actor: SessionUser, gridPath: string): Role[] {
  const path = parsePath(gridPath);
  return [...new Set(actor.roles.filter((r) => isWithin(path, r.path)).map((r) => r.role))];
}

/** Reporter identity as everyone sees it: confidential reporters fully masked, phones always masked (A9.4, C3, D10). */
export function presentReporter(r: ReporterView | undefined) {
  if (!r) return null;
  if (r.anonymous) return { name: null, phone: null, anonymous: true, confidential: r.confidential, masked: false };
  if (r.confidential)
    return { name: r.name ? '***' : null, phone: r.phoneMask ? '***********' : null, anonymous: false, confidential: true, masked: true };
  return { name: r.name, phone: r.phoneMask, anonymous: false, confidential: false, masked: r.phoneMask !== null };
}

export function presentCase(
  actor: SessionUser,
  row: CaseRow,
  policy: PolicyValues,
  now: Date,
  extra: {
    reporter?: ReporterView;
    timeline?: unknown[];
    people?: Array<{ id: number; name: string | null }>;
    photos?: Array<{ id: number; contentType: string; size: number }>;
  } = {},
) {
  const c: CaseState = stateOfRow(row);
  const roles = rolesAt(actor, row.grid_path);
  const target = caseTarget(row, extra.reporter);
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
    extension: c.extension
      ? {
          requestedBy: c.extension.requestedBy,
          reason: c.extension.reason,
          proposedDeadline: isoShanghai(c.extension.proposedDeadline),
          requestedAt: isoShanghai(c.extension.requestedAt),
        }
      : null,
    feedback: c.feedback,
    closure: c.closure ? { ...c.closure, completedAt: isoShanghai(c.closure.completedAt) } : null,
    mergedInto: c.mergedInto,
    visitId: row.visit_id,
    address: row.address,
    reporter: extra.reporter === undefined ? undefined : presentReporter(extra.reporter),
    timeline: extra.timeline,
    people: extra.people,
    photos: extra.photos,
    abilities: {
      actions: actionsFor(c, { id: actor.id, roles }, policy),
      revealReporter: can(actor, 'case.reveal-reporter', target),
      addPhoto: can(actor, 'case.add-photo', target) && !PHOTO_FROZEN_STATUSES.includes(c.status),
      annotate: ANNOTATION_KINDS.filter((kind) => can(actor, annotateAction(kind), target)),
    },
  };
}
