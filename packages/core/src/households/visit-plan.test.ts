import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../calendar';
import { evaluate } from '../obligations/engine';
import { PRESETS } from '../policy';
import { VISIT_CLASSES } from './visit-class';
import { countVisitDays, requirementOf, standingOf, visitPlanOf } from './visit-plan';
import { isInPersonVisit } from './visit-requirement';
import { visitStatusOf } from './visit-status';

const DAY_MS = 86_400_000;
const visitArb = fc
  .record({
    day: fc.integer({ min: 0, max: 200 }),
    ms: fc.integer({ min: 0, max: DAY_MS - 1 }),
    type: fc.constantFrom('routine', 'round', 'call', 'follow-up'),
  })
  .map(({ day, ms, type }) => ({ startedAt: new Date(Date.parse(`${addDays('2026-01-01', day)}T00:00:00+08:00`) + ms), type }));
const at = (iso: string, type = 'routine') => ({ startedAt: new Date(iso), type });

describe('visit plan: one standing per class and day count (D5, D9)', () => {
  it('D9 the plan gives what the obligation engine gives for the same visits, for every class of both presets', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(PRESETS.community, PRESETS.township),
        fc.constantFrom(...VISIT_CLASSES),
        fc.array(visitArb, { maxLength: 30 }),
        fc.integer({ min: 0, max: 200 }).map((n) => addDays('2026-01-01', n)),
        (policy, visitClass, visits, date) => {
          const plan = visitPlanOf(policy, date, 7);
          const requirement = requirementOf(plan, visitClass);
          const standing = standingOf(plan, requirement, countVisitDays(visits, requirement.counts, true));
          const records = visits.map((v) => ({ subjectId: 1, at: v.startedAt, countsToward: isInPersonVisit(v.type) }));
          const engine = evaluate(requirement.obligation, 1, records, date, { warnShare: plan.warnShare });
          expect(standing).toEqual({
            required: engine.required,
            done: engine.done,
            remaining: engine.remaining,
            status: engine.status,
            suggestedNext: engine.suggestedNext,
          });
          expect(requirement.period).toEqual(engine.period);
          expect(requirement.window).toEqual(engine.window ?? null);
        },
      ),
    );
  });

  it('C2.2 D6 township: one visit in days 1-15 of the quarter first month; a visit on the 16th does not count', () => {
    const members = [{ birthDate: '1980-01-01', tags: [] }];
    const status = (visits: ReturnType<typeof at>[], date: string) =>
      visitStatusOf({ members, visits, policy: PRESETS.township, policyVersion: 2, date });
    const on16th = [at('2027-01-16T09:00:00+08:00')];
    expect(status(on16th, '2027-01-16')).toMatchObject({
      visitClass: '3',
      rule: 'C2.2',
      period: { start: '2027-01-01', end: '2027-03-31' },
      window: { start: '2027-01-01', end: '2027-01-15' },
      required: 1,
      done: 0,
      status: 'overdue',
    });
    expect(status(on16th, '2027-03-31')).toMatchObject({ done: 0, status: 'overdue' });
    const on15th = [at('2027-01-15T23:50:00+08:00')];
    expect(status(on15th, '2027-01-15')).toMatchObject({ done: 1, status: 'met' });
    expect(status(on15th, '2027-02-20')).toMatchObject({ done: 1, status: 'met', suggestedNext: null });
    expect(status(on15th, '2027-04-01')).toMatchObject({ period: { start: '2027-04-01', end: '2027-06-30' }, done: 0, status: 'due' });
  });

  it('C2.2 D6 township: due in the window, at-risk from 80% of the 15 days, overdue once the 15th has ended', () => {
    const plan = visitPlanOf(PRESETS.township, '2027-04-11');
    const round = requirementOf(plan, '2-key');
    expect(standingOf(plan, round, 0)).toMatchObject({ status: 'due', remaining: 1 });
    const late = visitPlanOf(PRESETS.township, '2027-04-12');
    expect(standingOf(late, requirementOf(late, '2-key'), 0).status).toBe('at-risk');
    const after = visitPlanOf(PRESETS.township, '2027-04-16');
    expect(standingOf(after, requirementOf(after, '1-general'), 0)).toMatchObject({ status: 'overdue', suggestedNext: null });
    expect(requirementOf(after, '1-general').counts).toEqual({ start: '2027-04-01', end: '2027-04-15' });
  });

  it('D5 one visit day counts once; calls never count; done above required stays shown', () => {
    const plan = visitPlanOf(PRESETS.community, '2026-03-20');
    const monthly = requirementOf(plan, '1-general');
    const visits = [
      at('2026-03-02T09:00:00+08:00'),
      at('2026-03-02T15:00:00+08:00'),
      at('2026-03-05T09:00:00+08:00', 'call'),
      at('2026-03-10T09:00:00+08:00'),
    ];
    expect(countVisitDays(visits, monthly.counts, true)).toBe(2);
    expect(countVisitDays(visits, monthly.counts, false)).toBe(3);
    expect(standingOf(plan, monthly, 2)).toEqual({ required: 1, done: 2, remaining: 0, status: 'met', suggestedNext: null });
  });

  it('A7.2 a policy with neither a class frequency nor a household-wide round has no requirement for the class', () => {
    const { '2-key': _k, ...rest } = PRESETS.community.visits!.obligations;
    const plan = visitPlanOf({ ...PRESETS.community, visits: { ...PRESETS.community.visits!, obligations: rest } }, '2026-03-20');
    expect(plan.byClass['2-key']).toBeNull();
    expect(() => requirementOf(plan, '2-key')).toThrow(/no visit frequency/);
  });
});
