import { describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../access';
import { ACTION_ROLES, backEntryRoles, intakeRoles, mayTakeAction } from './permissions';
import { actionsFor } from './workflow';
import { ACTION_NAMES, type ActionName, type CaseAction, type CaseState } from './types';
import { ADMIN, DEPT, LEADER, WORKER, act, errorOf, intake, run, t } from './testing';

const at = t('2026-10-09T09:00');
const endOf = (date: string) => t(`${date}T23:59:59.999`);
const OWNER = 99;
const HANDLER = 98;

/** The brief's table, written out independently of permissions.ts. */
const COORD: Role[] = ['grid-leader', 'workstation-staff', 'community-lead', 'street-officer', 'town-officer', 'admin', 'grid-manager'];
/** The marketing preset's field roles take work orders in (installation, faults: B2, B4.2). */
const MARKETING_FIELD: Role[] = ['grid-manager', 'customer-rep', 'sales-rep', 'installer'];
const EXPECTED: Record<ActionName, Role[]> = {
  accept: COORD,
  reject: COORD,
  merge: COORD,
  assign: COORD,
  escalate: COORD,
  transfer: COORD,
  'decide-extension': COORD,
  reopen: [...COORD, 'supervisor'],
  'resolve-on-spot': [...COORD, 'grid-worker'],
  start: COORD,
  respond: COORD,
  'request-extension': COORD,
  feedback: [...COORD, 'grid-worker', 'hotline-operator'],
  verify: ['workstation-staff', 'community-lead', 'supervisor', 'street-officer', 'town-officer', 'admin'],
  close: ['workstation-staff', 'community-lead', 'street-officer', 'town-officer', 'admin'],
  archive: ['workstation-staff', 'community-lead', 'street-officer', 'town-officer', 'admin'],
};

/** A case (owned by OWNER, handled by HANDLER) in a state where `action` is allowed, and a valid body. */
function fixture(action: ActionName): [CaseState, CaseAction] {
  const received = intake({ ownerId: OWNER, caseClass: 'especially-complex' });
  const accepted = run(received, [
    [{ action: 'accept' }, ADMIN, at],
    [{ action: 'assign', handlingUnit: 'unit', handlerId: HANDLER }, ADMIN, at],
  ]);
  const requested = act(accepted, { action: 'request-extension', reason: 'r', proposedDeadline: endOf('2026-11-06') }, ADMIN, at).next;
  const started = act(accepted, { action: 'start' }, ADMIN, at).next;
  const responded = act(started, { action: 'respond', details: 'd' }, ADMIN, at).next;
  const fedBack = act(responded, { action: 'feedback', satisfaction: 'satisfied' }, ADMIN, at).next;
  const verified = act(fedBack, { action: 'verify' }, { id: 97, roles: ['supervisor'] }, at).next;
  const close = { action: 'close', handlingUnit: 'u', handler: 'h', completedAt: at, details: 'd' } as const;
  const closed = act(verified, close, ADMIN, at).next;
  const fixtures: Record<ActionName, [CaseState, CaseAction]> = {
    accept: [received, { action: 'accept' }],
    reject: [received, { action: 'reject', reason: 'r' }],
    merge: [received, { action: 'merge', intoCaseId: 7 }],
    'resolve-on-spot': [received, { action: 'resolve-on-spot', details: 'd' }],
    escalate: [received, { action: 'escalate', reason: 'r' }],
    transfer: [received, { action: 'transfer', toUnit: 'u', explanation: 'e' }],
    assign: [accepted, { action: 'assign', handlingUnit: 'u' }],
    start: [accepted, { action: 'start' }],
    'request-extension': [accepted, { action: 'request-extension', reason: 'r', proposedDeadline: endOf('2026-11-06') }],
    'decide-extension': [requested, { action: 'decide-extension', approve: true, reason: 'r' }],
    respond: [started, { action: 'respond', details: 'd' }],
    feedback: [responded, { action: 'feedback', satisfaction: 'satisfied' }],
    verify: [fedBack, { action: 'verify' }],
    close: [verified, close],
    archive: [closed, { action: 'archive' }],
    reopen: [closed, { action: 'reopen', reason: 'r' }],
  };
  return fixtures[action];
}

describe('role permissions of every action (DESIGN §3.7)', () => {
  it("the permission table is the brief's table", () => {
    for (const action of ACTION_NAMES) expect([...ACTION_ROLES[action]].sort()).toEqual([...EXPECTED[action]].sort());
  });

  for (const action of ACTION_NAMES) {
    it(`${action}: allowed roles succeed, every other role gets FORBIDDEN (not owner, not handler)`, () => {
      const [c, body] = fixture(action);
      ROLES.forEach((role, i) => {
        const actor = { id: 50 + i, roles: [role] };
        if (EXPECTED[action].includes(role)) {
          expect(act(c, body, actor, at).next.version, `${role} may ${action}`).toBe(c.version + 1);
          expect(actionsFor(c, actor)).toContain(action);
        } else {
          expect(errorOf(() => act(c, body, actor, at)).code, `${role} may not ${action}`).toBe('FORBIDDEN');
          expect(actionsFor(c, actor)).not.toContain(action);
        }
      });
    });
  }

  it('intake roles and back-entry roles (API contract)', () => {
    expect([...intakeRoles].sort()).toEqual(
      [
        'grid-worker',
        'grid-leader',
        'workstation-staff',
        'community-lead',
        'street-officer',
        'town-officer',
        'hotline-operator',
        'admin',
        ...MARKETING_FIELD,
      ].sort(),
    );
    expect([...backEntryRoles].sort()).toEqual(['admin', 'community-lead', 'hotline-operator', 'workstation-staff']);
  });
});

describe('the assigned handler and the first-inquiry owner', () => {
  const assigned = (handlerId: number) =>
    run(intake({ caseClass: 'especially-complex' }), [
      [{ action: 'accept' }, LEADER, at],
      [{ action: 'assign', handlingUnit: 'district department', handlerId }, LEADER, at],
    ]);

  it('a department handler acts only on cases assigned to them: start, request an extension, respond', () => {
    const other = { id: 77, roles: ['department-handler'] as Role[] };
    expect(errorOf(() => act(assigned(DEPT.id), { action: 'start' }, other, at)).code).toBe('FORBIDDEN');
    const started = act(assigned(DEPT.id), { action: 'start' }, DEPT, at).next;
    expect(actionsFor(started, DEPT)).toEqual(['respond', 'transfer', 'escalate', 'request-extension']);
    expect(act(started, { action: 'respond', details: 'done' }, DEPT, at).next.respondedBy).toBe(DEPT.id);
  });

  it('a grid worker assigned as handler may start and respond, whatever their role', () => {
    const started = act(assigned(WORKER.id), { action: 'start' }, WORKER, at).next;
    expect(act(started, { action: 'respond', details: 'done' }, WORKER, at).next.status).toBe('responded');
  });

  it('A1.7 A2.2 the owner may escalate and transfer, nothing else a coordinator does', () => {
    const c = intake({ ownerId: WORKER.id });
    expect(actionsFor(c, WORKER)).toEqual(['resolve-on-spot', 'escalate', 'transfer']);
    expect(mayTakeAction(c, WORKER, 'accept')).toBe(false);
  });

  it('admin may take any action', () => {
    for (const action of ACTION_NAMES) expect(mayTakeAction(intake(), ADMIN, action)).toBe(true);
  });
});
