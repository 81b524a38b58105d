/** Test fixtures of the case workflow (imported by the *.test.ts files only). */
import { createWorkingCalendar } from '../calendar';
import { PRESETS, type PolicyValues } from '../policy';
import { applyCaseAction } from './workflow';
import { newCase } from './new-case';
import type { ActionResult, CaseAction, CaseActor, CaseState } from './types';

export const calendar = createWorkingCalendar({ overrides: [], confirmedYears: [] });
export const community: PolicyValues = PRESETS.community;
export const township: PolicyValues = PRESETS.township;

export const ADMIN: CaseActor = { id: 1, roles: ['admin'] };
export const WORKER: CaseActor = { id: 2, roles: ['grid-worker'] };
export const LEADER: CaseActor = { id: 3, roles: ['grid-leader'] };
export const STATION: CaseActor = { id: 4, roles: ['workstation-staff'] };
export const DEPT: CaseActor = { id: 5, roles: ['department-handler'] };
export const SUPERVISOR: CaseActor = { id: 6, roles: ['supervisor'] };
export const HOTLINE: CaseActor = { id: 7, roles: ['hotline-operator'] };
export const LEAD: CaseActor = { id: 8, roles: ['community-lead'] };
export const STREET: CaseActor = { id: 9, roles: ['street-officer'] };
export const TOWN: CaseActor = { id: 10, roles: ['town-officer'] };
export const WORKER_B: CaseActor = { id: 11, roles: ['grid-worker'] };

/** An instant written with its Shanghai offset, e.g. t('2026-09-30T10:00'). */
export const t = (local: string): Date => new Date(`${local}${local.length === 16 ? ':00' : ''}+08:00`);

export function intake(
  opts: { receivedAt?: Date; caseClass?: string; policy?: PolicyValues; ownerId?: number; tier?: string } = {},
): CaseState {
  const receivedAt = opts.receivedAt ?? t('2026-09-30T10:00');
  return newCase({
    id: 100,
    receivedAt,
    caseClass: opts.caseClass ?? 'general',
    tier: opts.tier,
    ownerId: opts.ownerId ?? WORKER.id,
    policy: opts.policy ?? community,
    policyVersion: 1,
    calendar,
    now: receivedAt,
  });
}

/** Applies an action with the case's own version as expectedVersion. */
export function act(c: CaseState, action: CaseAction, actor: CaseActor, now: Date, policy: PolicyValues = community): ActionResult {
  return applyCaseAction(c, action, { actor, now, policy, calendar, expectedVersion: c.version });
}

/** Runs steps in order and returns the final state. */
export function run(c: CaseState, steps: Array<[CaseAction, CaseActor, Date]>, policy: PolicyValues = community): CaseState {
  return steps.reduce((state, [action, actor, now]) => act(state, action, actor, now, policy).next, c);
}

/** The usual path up to a handler's answer: accept → assign to DEPT → start → respond. */
export function answered(c: CaseState, at: Date, policy: PolicyValues = community): CaseState {
  return run(
    c,
    [
      [{ action: 'accept' }, LEADER, at],
      [{ action: 'assign', handlingUnit: 'district housing bureau', handlerId: DEPT.id }, LEADER, at],
      [{ action: 'start' }, DEPT, at],
      [{ action: 'respond', details: 'repaired the street lamp' }, DEPT, at],
    ],
    policy,
  );
}

export { errorOf } from '../test-helpers';
