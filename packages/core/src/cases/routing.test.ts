import { describe, expect, it } from 'vitest';
import { PRESETS, tierLadderOf } from '../policy';
import { lightOf } from './light';
import { actionsFor } from './workflow';
import { ADMIN, DEPT, HOTLINE, LEADER, STATION, WORKER, WORKER_B, act, errorOf, intake, run, t, township } from './testing';

const at = t('2026-10-08T09:00');

describe("escalation one tier up the preset's own ladder (A2.1-A2.4, C5.3, B6.5)", () => {
  const ladders = {
    community: ['grid-worker', 'grid-leader', 'community', 'street-office', 'district-department'],
    township: ['grid-leader', 'community', 'higher-department', 'town-leadership'],
    marketing: ['sales-rep', 'grid-manager', 'company'],
  } as const;

  for (const preset of ['community', 'township', 'marketing'] as const) {
    const policy = PRESETS[preset];
    const rule = preset === 'community' ? 'A2.1-A2.4' : preset === 'township' ? 'C5.3' : 'B6.5';
    it(`${rule} ${preset}: every tier in turn up to TIER_LADDER_END at the top; the deadline never moves`, () => {
      expect(tierLadderOf(policy).map((tier) => tier.code)).toEqual(ladders[preset]);
      const caseClass = preset === 'marketing' ? 'complaint' : 'general';
      let c = act(intake({ policy, caseClass }), { action: 'accept' }, LEADER, at, policy).next;
      const deadline = c.deadline;
      for (let i = 1; i < ladders[preset].length; i++) {
        const { next, entry } = act(c, { action: 'escalate', reason: `beyond ${c.tier}` }, LEADER, at, policy);
        expect(next).toMatchObject({ tier: ladders[preset][i], escalations: i, deadline, status: 'accepted' });
        expect(entry.details).toEqual({ reason: `beyond ${c.tier}`, tierBefore: ladders[preset][i - 1], tierAfter: ladders[preset][i] });
        expect(entry.deadlineBefore).toBeUndefined();
        c = next;
      }
      const top = errorOf(() => act(c, { action: 'escalate', reason: 'again' }, LEADER, at, policy));
      expect(top).toMatchObject({ code: 'TIER_LADDER_END', details: { tier: ladders[preset].at(-1), ladder: ladders[preset] } });
      expect(actionsFor(c, ADMIN, policy)).not.toContain('escalate');
      expect(actionsFor(c, ADMIN)).toContain('escalate'); // without the policy the ladder is not known
    });
  }

  it('A2.2 the grid worker who took the matter in may report it upward (escalate) before acceptance', () => {
    const { next } = act(intake({ ownerId: WORKER.id }), { action: 'escalate', reason: 'beyond my authority' }, WORKER, at);
    expect(next).toMatchObject({ tier: 'grid-leader', status: 'received' });
    expect(errorOf(() => act(intake(), { action: 'escalate', reason: 'x' }, WORKER_B, at)).code).toBe('FORBIDDEN');
  });

  it('A2 an escalation needs a reason', () => {
    expect(errorOf(() => act(intake(), { action: 'escalate', reason: '' }, LEADER, at)).code).toBe('VALIDATION_FAILED');
  });
});

describe('C5.2 D3 referral of a major case to the town leadership', () => {
  const major = () =>
    act(
      intake({ policy: township, caseClass: 'major', tier: 'higher-department', receivedAt: t('2026-09-01T10:00') }),
      { action: 'accept' },
      LEADER,
      at,
      township,
    ).next;

  it('C5.2 a major case referred to the town leadership within its 30 days meets the limit: on time, green', () => {
    const referredAt = t('2026-09-25T10:00');
    const { next, entry } = act(major(), { action: 'escalate', reason: 'major and difficult' }, LEADER, referredAt, township);
    expect(next).toMatchObject({ tier: 'town-leadership', metAt: referredAt, onTime: true, status: 'accepted' });
    expect(lightOf(next, t('2026-10-20T10:00'), 0.8)).toBe('green');
    expect(entry.details).toMatchObject({ referral: true, onTime: true });
  });

  it('C5.2 a referral after the 30 days does not meet the limit; the case stays red', () => {
    const late = t('2026-10-05T10:00'); // 30 calendar days from 09-01 end on 10-01, a holiday: due 10-09 (D3)
    const { next } = act(major(), { action: 'escalate', reason: 'major and difficult' }, LEADER, t('2026-10-10T10:00'), township);
    expect(next).toMatchObject({ tier: 'town-leadership', metAt: null, onTime: null });
    expect(lightOf(next, late, 0.8)).not.toBe('green');
    expect(lightOf(next, t('2026-10-10T10:00'), 0.8)).toBe('red');
  });

  it('C5.2 an escalation to another tier, or of another class, is no referral', () => {
    const general = act(intake({ policy: township, tier: 'higher-department' }), { action: 'accept' }, LEADER, at, township).next;
    expect(act(general, { action: 'escalate', reason: 'x' }, LEADER, at, township).next).toMatchObject({ metAt: null });
  });
});

describe('assign and transfer (C4, A1.7)', () => {
  const accepted = () => act(intake({ ownerId: HOTLINE.id }), { action: 'accept' }, LEADER, at).next;

  it('assign sets the handling unit and handler; neither assign nor transfer moves the deadline', () => {
    const c = accepted();
    const assigned = act(c, { action: 'assign', handlingUnit: 'street office', handlerId: DEPT.id }, LEADER, at);
    expect(assigned.next).toMatchObject({ handlingUnit: 'street office', handlerId: DEPT.id, ownerId: HOTLINE.id, deadline: c.deadline });
    const moved = act(assigned.next, { action: 'transfer', toUnit: 'district water company', explanation: 'a water main' }, LEADER, at);
    expect(moved.next).toMatchObject({ handlingUnit: 'district water company', handlerId: null, deadline: c.deadline });
    expect(moved.entry.deadlineBefore).toBeUndefined();
  });

  it('A1.7 the first-inquiry owner stays the owner through assignment; a transfer to a person hands it over, on the timeline', () => {
    const c = run(accepted(), [[{ action: 'assign', handlingUnit: 'workstation 1', handlerId: STATION.id }, LEADER, at]]);
    expect(c.ownerId).toBe(HOTLINE.id);
    const { next, entry } = act(c, { action: 'transfer', toUserId: WORKER_B.id, explanation: 'lives in grid 2' }, LEADER, at);
    expect(next).toMatchObject({ ownerId: WORKER_B.id, handlerId: WORKER_B.id, handlingUnit: 'workstation 1' });
    expect(entry.details).toEqual({
      explanation: 'lives in grid 2',
      toUserId: WORKER_B.id,
      toUnit: null,
      handlerBefore: STATION.id,
      unitBefore: 'workstation 1',
      handOver: true,
      ownerBefore: HOTLINE.id,
      ownerAfter: WORKER_B.id,
    });
  });

  it('A1.7 C4 the owner may guide the matter to the right handler with an explanation; a transfer to a unit keeps the owner', () => {
    const c = intake({ ownerId: WORKER.id });
    const toUnit = act(c, { action: 'transfer', toUnit: 'community office', explanation: 'housing question' }, WORKER, at);
    expect(toUnit.next.ownerId).toBe(WORKER.id);
    expect(toUnit.entry.details.handOver).toBeUndefined();
    expect(act(c, { action: 'transfer', toUserId: LEADER.id, explanation: 'for the leader' }, WORKER, at).next.ownerId).toBe(LEADER.id);
  });

  it('C4 a transfer needs a target (TRANSFER_TARGET_REQUIRED) and an explanation (VALIDATION_FAILED)', () => {
    const c = accepted();
    expect(errorOf(() => act(c, { action: 'transfer', explanation: 'somewhere' }, LEADER, at)).code).toBe('TRANSFER_TARGET_REQUIRED');
    expect(errorOf(() => act(c, { action: 'transfer', toUserId: 3, explanation: ' ' }, LEADER, at))).toMatchObject({
      code: 'VALIDATION_FAILED',
      details: [{ field: 'explanation', message: expect.any(String) }],
    });
  });

  it('assign needs a handling unit', () => {
    expect(errorOf(() => act(accepted(), { action: 'assign', handlingUnit: '' }, LEADER, at)).details).toEqual([
      { field: 'handlingUnit', message: expect.any(String) },
    ]);
  });
});
