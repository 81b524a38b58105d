/** How households, members and visits are shown: ID numbers and phones only as masks (C3, D10). */
import { applyOverride, deriveVisitClass, isInPersonVisit, type VisitClass } from '@gridwork/core/households';
import type { MemberRow, ResidentRow } from './residents.repository';
import type { VisitRow } from './visits.repository';

export interface ClassMember {
  id: number;
  birthDate: string;
  tags: readonly string[];
}

export interface StoredOverride {
  classOverride: string | null;
  classOverrideReason: string | null;
}

/** The class in force on `date` (A7.2, D5), every reason naming the resident it comes from. */
export function visitClassOf(members: readonly ClassMember[], stored: StoredOverride, date: string) {
  const derived = deriveVisitClass(members, date);
  const override = stored.classOverride
    ? { visitClass: stored.classOverride as VisitClass, reason: stored.classOverrideReason ?? '' }
    : null;
  const effective = applyOverride(derived, override);
  return {
    asOf: date,
    visitClass: effective.visitClass,
    source: effective.source,
    derivedClass: effective.derivedClass,
    reasons: effective.reasons.map((r) => ({
      rule: r.rule,
      reason: r.reason,
      visitClass: r.visitClass,
      residentId: members[r.memberIndex].id,
    })),
    override: effective.override,
  };
}

export function presentMember(m: MemberRow) {
  return {
    id: m.id,
    residentId: m.id,
    name: m.name,
    sex: m.sex,
    birthDate: m.birthDate,
    idNumber: m.idNumberMask,
    phone: m.phoneMask,
    relation: m.relation,
    tags: m.tags,
    economicSituation: m.economicSituation,
    skills: m.skills,
    views: m.views,
    socialRelations: m.socialRelations,
    notes: m.notes,
    status: m.status,
    joinedOn: m.joinedOn,
    leftOn: m.leftOn,
    leftReason: m.leftReason,
    version: m.version,
  };
}

export function presentSummaryMember(r: ResidentRow) {
  return { residentId: r.id, name: r.name, sex: r.sex, idNumber: r.idNumberMask, phone: r.phoneMask, tags: r.tags };
}

export function presentVisit(v: VisitRow) {
  return {
    id: v.id,
    householdId: v.householdId,
    startedAt: v.startedAt.toISOString(),
    endedAt: v.endedAt.toISOString(),
    type: v.type,
    inPerson: isInPersonVisit(v.type),
    visitors: v.visitorIds,
    location: v.lat === null || v.lng === null ? null : { lat: v.lat, lng: v.lng },
    outsideGrid: v.outsideGrid,
    findings: v.findings,
    needs: v.needs,
    policyVersion: v.policyVersion,
    createdBy: v.createdBy,
    createdAt: v.createdAt.toISOString(),
  };
}
