/**
 * Demo cases, phase 2 (see demo-cases.ts): the script of each target status — which steps a case
 * takes, in what order, and when the time limit is met (on time or late) — played on a `Flow`.
 */
import type { Rng } from '@gridwork/core/demo';
import type { Env } from './demo-cases-context';
import { Flow, run, step, type Step } from './demo-cases-flow';
import type { CasePlan } from './demo-cases-plan';
import { DAY, HOUR, MINUTE } from './demo-cases-tables';

/** Intake → accept → (escalate) → assign → (transfer) → start → (extension) → respond, cut at `upto`. */
function handling(plan: CasePlan, rng: Rng, upto: 'accepted' | 'in-progress' | 'responded'): Step[] {
  const steps: Step[] = [];
  if (plan.escalations >= 1) steps.push(step.escalate());
  steps.push(step.accept(plan.classChange));
  if (plan.escalations >= 2) steps.push(step.escalate());
  if (upto === 'accepted') return rng.next() < 0.5 ? [...steps, step.assign()] : steps;
  steps.push(step.assign());
  if (plan.transfer) steps.push(step.transfer());
  steps.push(step.start());
  if (plan.extension !== 'none') steps.push(step.requestExtension());
  if (plan.extension === 'approved') steps.push(step.decideExtension());
  return upto === 'in-progress' ? steps : [...steps, step.respond()];
}

/** When the limit is met: on time (before the running deadline) or late, leaving room for the steps after. */
function meetTime(f: Flow, late: boolean, withinMs = Infinity): number {
  const cap = f.limit - f.plan.postMs;
  const lo = f.cursor + 10 * MINUTE;
  const deadline = f.c.deadline.getTime();
  let t = late
    ? deadline + f.rng.between(3 * HOUR, 5 * DAY)
    : lo + f.rng.between(0, 1) * (Math.min(deadline, cap, f.cursor + withinMs) - lo);
  t = Math.min(t, cap);
  return Math.round(Math.max(t, lo) / 1000) * 1000;
}

/** End of the handling window of a cycle: some share of the way to its deadline. */
function handlingUntil(f: Flow, late: boolean): number {
  const span = f.c.deadline.getTime() - f.cursor;
  const v = late ? f.rng.between(0.5, 1.0) : f.rng.between(0.2, 0.7);
  return Math.min(f.cursor + v * span, f.limit - f.plan.postMs - 2 * HOUR);
}

/** Verify, close, archive (as far as the plan goes) after the limit is met. */
function afterMet(f: Flow): void {
  if (f.plan.post.length)
    run(
      f,
      f.plan.post.map((s) => step[s]()),
      f.cursor + f.plan.postMs,
    );
}

/** The whole met path up to the first satisfied answer: on the spot, or handled (maybe twice) and fed back. */
function meetLimit(f: Flow): void {
  const { plan, rng } = f;
  if (plan.onSpot) {
    step.resolveOnSpot()(f, meetTime(f, plan.late, 2 * DAY));
    return;
  }
  run(f, handling(plan, rng, 'responded'), handlingUntil(f, plan.late));
  if (plan.redo) {
    step.feedback('unsatisfied')(f, meetTime(f, false, 2 * DAY));
    run(f, [step.start(), step.respond()], handlingUntil(f, plan.late));
  }
  step.feedback(rng.next() < 0.75 ? 'satisfied' : 'basically-satisfied')(f, meetTime(f, plan.late));
}

/** Plays `plan` as the script of its target status; `earlier` are the cases received before it. */
export function play(plan: CasePlan, env: Env, earlier: CasePlan[]): Flow {
  const f = new Flow(plan, env);
  const { rng } = env;
  const openUntil = () => f.cursor + rng.between(0.35, 0.95) * (f.limit - f.cursor);
  switch (plan.target) {
    case 'received':
      break;
    case 'accepted':
    case 'in-progress':
    case 'responded':
      run(f, handling(plan, rng, plan.target), openUntil());
      break;
    case 'rejected':
      step.reject()(f, meetTime(f, plan.late, 2 * DAY));
      break;
    case 'merged': {
      const into = mergeTarget(plan, earlier);
      if (!into) {
        step.reject()(f, meetTime(f, plan.late, 2 * DAY));
        break;
      }
      if (rng.next() < 0.3) run(f, [step.accept(null)], f.cursor + 6 * HOUR);
      step.merge(into.id)(f, meetTime(f, plan.late, 3 * DAY));
      break;
    }
    case 'reopened':
      // The new cycle starts at plan.reopenAt: an unsatisfied answer (A3.2) or a reopening after the result.
      if (plan.reopenVia === 'unsatisfied') {
        run(f, handling(plan, rng, 'responded'), handlingUntil(f, plan.late));
        step.feedback('unsatisfied')(f, plan.reopenAt!);
      } else {
        meetLimit(f);
        afterMet(f);
        step.reopen()(f, plan.reopenAt!);
      }
      break;
    default:
      meetLimit(f);
      afterMet(f);
  }
  return f;
}

/** A duplicate merges into an earlier case of the same area and category, the nearest one first. */
function mergeTarget(plan: CasePlan, earlier: CasePlan[]): CasePlan | undefined {
  const same = earlier.filter((p) => p.area === plan.area && p.category === plan.category);
  return same.filter((p) => p.at === plan.at).pop() ?? same.filter((p) => p.at.community.id === plan.at.community.id).pop() ?? same.pop();
}
