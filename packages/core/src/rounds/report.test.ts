/** Round report workflow, reasons for households not reached, and who may do what (C2.2, D6). */
import { describe, expect, it } from 'vitest';
import { assertCan, can, type Actor, type Role } from '../access';
import { errorOf } from '../test-helpers';
import { roundReportAbilities } from './permissions';
import { applyReportAction, reasonProblems, reasonsByHousehold } from './report';

/** Region paths: town 1 → community 2 → grid 3; a second community 4 → grid 5. */
const GRID = [1, 2, 3];
const actor = (role: Role, path: number[]): Actor => ({ id: 1, username: role, roles: [{ role, regionId: path.at(-1)!, path }] });

describe('C2.2 D6 round report', () => {
  it('C2.2 draft → submitted → acknowledged; any other step is ACTION_NOT_ALLOWED listing the allowed ones', () => {
    expect(applyReportAction('draft', 'refresh')).toBe('draft');
    expect(applyReportAction('draft', 'submit')).toBe('submitted');
    expect(applyReportAction('submitted', 'acknowledge')).toBe('acknowledged');
    const early = errorOf(() => applyReportAction('draft', 'acknowledge'));
    expect(early).toMatchObject({ code: 'ACTION_NOT_ALLOWED', details: { status: 'draft', allowed: ['refresh', 'submit'] } });
    expect(errorOf(() => applyReportAction('submitted', 'refresh')).details).toEqual({ status: 'submitted', allowed: ['acknowledge'] });
    expect(errorOf(() => applyReportAction('acknowledged', 'acknowledge')).details).toEqual({ status: 'acknowledged', allowed: [] });
  });

  it('C2.2 every household not reached needs a reason: the missing ones are named', () => {
    expect(reasonProblems([7, 8, 9], [{ householdId: 8, reason: '外出务工' }])).toEqual([
      expect.objectContaining({ field: 'body.notReached', problem: 'reason-missing', householdId: 7 }),
      expect.objectContaining({ field: 'body.notReached', problem: 'reason-missing', householdId: 9 }),
    ]);
    expect(
      reasonProblems(
        [7, 8],
        [
          { householdId: 7, reason: '  ' },
          { householdId: 8, reason: '住院' },
          { householdId: 8, reason: '再次' },
          { householdId: 5, reason: '无' },
        ],
      ),
    ).toEqual([
      expect.objectContaining({ field: 'body.notReached.0.reason', problem: 'empty', householdId: 7 }),
      expect.objectContaining({ field: 'body.notReached.2.householdId', problem: 'duplicate', householdId: 8 }),
      expect.objectContaining({ field: 'body.notReached.3.householdId', problem: 'not-listed', householdId: 5 }),
    ]);
    expect(reasonProblems([], [])).toEqual([]);
    expect(reasonProblems([7], [{ householdId: 7, reason: ' 长期外出 ' }])).toEqual([]);
    expect(reasonsByHousehold([{ householdId: 7, reason: ' 长期外出 ' }]).get(7)).toBe('长期外出');
  });

  it('D6 the grid team prepares and submits; the community head (community grid lead) acknowledges; others read', () => {
    const worker = actor('grid-worker', GRID);
    const leader = actor('grid-leader', [1, 2]);
    const lead = actor('community-lead', [1, 2]);
    const otherLead = actor('community-lead', [1, 4]);
    const town = actor('town-officer', [1]);
    expect([worker, leader].map((a) => can(a, 'round.prepare', { path: GRID }))).toEqual([true, true]);
    expect([lead, town].map((a) => can(a, 'round.prepare', { path: GRID }))).toEqual([false, false]);
    expect([lead, otherLead, town, worker].map((a) => can(a, 'round.acknowledge', { path: GRID }))).toEqual([true, false, false, false]);
    expect([town, actor('supervisor', [1]), actor('hotline-operator', [1])].map((a) => can(a, 'round.read', { path: GRID }))).toEqual([
      true,
      true,
      false,
    ]);
    expect(can(actor('grid-worker', [1, 4, 5]), 'round.read', { path: GRID })).toBe(false);
    expect(can(actor('admin', [1]), 'round.acknowledge', { path: GRID })).toBe(true);
    expect(errorOf(() => assertCan(town, 'round.acknowledge', { path: GRID })).code).toBe('FORBIDDEN');
    expect(roundReportAbilities(worker, GRID, 'draft')).toEqual({ refresh: true, submit: true, acknowledge: false });
    expect(roundReportAbilities(lead, GRID, 'submitted')).toEqual({ refresh: false, submit: false, acknowledge: true });
    expect(roundReportAbilities(lead, GRID, 'acknowledged')).toEqual({ refresh: false, submit: false, acknowledge: false });
  });
});
