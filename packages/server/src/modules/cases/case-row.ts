import type { CaseState } from '@gridwork/core/cases';
import type { Insertable, Selectable } from 'kysely';
import type { CasesTable } from '../../db/schema';

/**
 * CaseState ⇄ row: what lists and reports filter on are columns; the rest of the workflow state
 * (extension, feedback, closure, counters) is one jsonb column the workflow owns.
 */
type Row = Selectable<CasesTable>;

interface StateJson {
  classConfirmed: boolean;
  extension: { requestedBy: number; reason: string; proposedDeadline: string; requestedAt: string } | null;
  escalations: number;
  reopenCount: number;
  /** Absent in rows written before it existed: false. */
  missedEarlier?: boolean;
  respondedBy: number | null;
  feedback: CaseState['feedback'];
  verifiedBy: number | null;
  closure: { handlingUnit: string; handler: string; completedAt: string; details: string } | null;
  mergedInto: number | null;
  rejectReason: string | null;
}

export function stateOfRow(r: Row): CaseState {
  const s = r.state as StateJson;
  return {
    id: r.id,
    status: r.status as CaseState['status'],
    version: r.version,
    caseClass: r.case_class,
    classConfirmed: s.classConfirmed,
    tier: r.tier,
    receivedAt: r.received_at,
    clockStart: r.clock_start,
    deadline: r.deadline,
    deadlineProvisional: r.deadline_provisional,
    policyVersion: r.policy_version,
    ownerId: r.owner_id,
    handlerId: r.handler_id,
    handlingUnit: r.handling_unit,
    extension: s.extension
      ? { ...s.extension, proposedDeadline: new Date(s.extension.proposedDeadline), requestedAt: new Date(s.extension.requestedAt) }
      : null,
    metAt: r.met_at,
    onTime: r.on_time,
    escalations: s.escalations,
    reopenCount: s.reopenCount,
    missedEarlier: s.missedEarlier ?? false,
    respondedBy: s.respondedBy,
    feedback: s.feedback,
    verifiedBy: s.verifiedBy,
    closure: s.closure ? { ...s.closure, completedAt: new Date(s.closure.completedAt) } : null,
    mergedInto: s.mergedInto,
    rejectReason: s.rejectReason,
  };
}

/** The columns an action may change (identity, place and content of the case never change here). */
export function rowOfState(c: CaseState): Partial<Insertable<CasesTable>> {
  const state: StateJson = {
    classConfirmed: c.classConfirmed,
    extension: c.extension
      ? { ...c.extension, proposedDeadline: c.extension.proposedDeadline.toISOString(), requestedAt: c.extension.requestedAt.toISOString() }
      : null,
    escalations: c.escalations,
    reopenCount: c.reopenCount,
    missedEarlier: c.missedEarlier,
    respondedBy: c.respondedBy,
    feedback: c.feedback,
    verifiedBy: c.verifiedBy,
    closure: c.closure ? { ...c.closure, completedAt: c.closure.completedAt.toISOString() } : null,
    mergedInto: c.mergedInto,
    rejectReason: c.rejectReason,
  };
  return {
    status: c.status,
    version: c.version,
    case_class: c.caseClass,
    tier: c.tier,
    clock_start: c.clockStart,
    deadline: c.deadline,
    deadline_provisional: c.deadlineProvisional,
    owner_id: c.ownerId,
    handler_id: c.handlerId,
    handling_unit: c.handlingUnit,
    met_at: c.metAt,
    on_time: c.onTime,
    state: JSON.stringify(state),
  };
}
