/**
 * Routing actions: escalate one tier up the preset's own ladder (A2.2-A2.4, C5.3), assign,
 * transfer with an explanation (C4, A1.7 hand-over), start. None of them moves the deadline.
 */
import { nextTierOf, tierLadderOf, timeLimitOf } from '../policy';
import { caseError } from './case-errors';
import { meet, type Handler } from './cycle';
import { computeDeadline } from './deadline';

export const escalate: Handler<'escalate'> = (c, action, ctx) => {
  const next = nextTierOf(ctx.policy, c.tier);
  if (next === null) {
    throw caseError('TIER_LADDER_END', `tier "${c.tier}" is the top of the ladder; nothing to escalate to`, {
      tier: c.tier,
      ladder: tierLadderOf(ctx.policy).map((t) => t.code),
    });
  }
  const moved = { ...c, tier: next.code, escalations: c.escalations + 1 };
  const details: Record<string, unknown> = { reason: action.reason, tierBefore: c.tier, tierAfter: next.code };
  // C5.2 D3: a class with a referral tier is met by being referred there within its `within` days.
  const referral = timeLimitOf(ctx.policy, c.caseClass).referral;
  if (referral?.to === next.code && c.metAt === null) {
    const { deadline: referBy } = computeDeadline(c.clockStart, referral.within, ctx.calendar);
    if (ctx.now.getTime() <= referBy.getTime()) {
      const met = meet(moved, ctx.now);
      Object.assign(details, { referral: true, ...met });
      return { next: { ...moved, ...met }, details };
    }
  }
  return { next: moved, details };
};

/** Assigns a handling unit and, optionally, a handler in it (without one, the unit picks later). */
export const assign: Handler<'assign'> = (c, action) => {
  const handlerId = action.handlerId ?? null;
  return {
    next: { ...c, handlingUnit: action.handlingUnit, handlerId },
    details: { handlingUnit: action.handlingUnit, handlerId, handlerBefore: c.handlerId, unitBefore: c.handlingUnit },
  };
};

/**
 * Transfers the matter with an explanation (C4). To a person: they become its handler and, as the
 * recorded hand-over of A1.7, its first-inquiry owner. To a unit only: the unit picks a handler.
 */
export const transfer: Handler<'transfer'> = (c, action) => {
  const toUserId = action.toUserId ?? null;
  const handlingUnit = action.toUnit ?? c.handlingUnit;
  const handlerId = toUserId ?? (action.toUnit !== undefined ? null : c.handlerId);
  const ownerId = toUserId ?? c.ownerId;
  const details: Record<string, unknown> = {
    explanation: action.explanation,
    toUserId,
    toUnit: action.toUnit ?? null,
    handlerBefore: c.handlerId,
    unitBefore: c.handlingUnit,
  };
  if (ownerId !== c.ownerId) Object.assign(details, { handOver: true, ownerBefore: c.ownerId, ownerAfter: ownerId });
  return { next: { ...c, handlingUnit, handlerId, ownerId }, details };
};

/** Work starts; a case without a handler gets the person who starts it. */
export const start: Handler<'start'> = (c, _action, ctx) => {
  const handlerId = c.handlerId ?? ctx.actor.id;
  return { next: { ...c, status: 'in-progress', handlerId }, details: c.handlerId === null ? { handlerId } : {} };
};
