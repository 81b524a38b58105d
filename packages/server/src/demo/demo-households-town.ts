/**
 * Demo households (see demo-households.ts), phase 2 for the town (township rhythm, C2.2, C7.1, D6):
 * on the working days of days 1-15 of every month each team member visits for at least two hours
 * (most days; fewer for the member who falls behind); in the first month of a quarter those days
 * reach every household of the grid (a round), in other months the frail first. After the 15th a
 * few follow-ups and calls.
 */
import { addDays } from '@gridwork/core/calendar';
import type { Rng } from '@gridwork/core/demo';
import type { PeoplePlan } from './demo-households-plan';
import { pickDays, workdaysBetween, type PlanDates, type VisitDraft, type WorkerStyle } from './demo-households-visits';

const monthOf = (date: string): string => `${date.slice(0, 7)}-01`;

function nextMonth(first: string): string {
  const [y, m] = [Number(first.slice(0, 4)), Number(first.slice(5, 7))];
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
}

function shuffled<T>(rng: Rng, items: readonly T[]): T[] {
  const list = [...items];
  for (let i = list.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [list[i], list[j]] = [list[j], list[i]];
  }
  return list;
}

/**
 * The visits in one town grid. `households` are the grid's household indexes; `frail` those of
 * class 1 or 2 today (visited first outside rounds).
 */
export function planTownGrid(
  rng: Rng,
  plan: PeoplePlan,
  households: number[],
  frail: Set<number>,
  worker: WorkerStyle,
  dates: PlanDates,
): VisitDraft[] {
  const drafts: VisitDraft[] = [];
  const visit = (householdIdx: number, date: string, type: VisitDraft['type'], minutes: number) =>
    drafts.push({ householdIdx, date, type, minutes, visitorIds: [worker.id] });
  const registered = (date: string) => households.filter((i) => plan.households[i].createdOn <= date);
  const topUp = (date: string): number | undefined => {
    const pool = registered(date);
    const frailPool = pool.filter((i) => frail.has(i));
    return rng.next() < 0.6 && frailPool.length > 0 ? frailPool[rng.int(0, frailPool.length - 1)] : pool[rng.int(0, pool.length - 1)];
  };
  for (let month = monthOf(dates.windowStart); month <= dates.today; month = nextMonth(month)) {
    const from = month > dates.windowStart ? month : dates.windowStart;
    const window = workdaysBetween(dates, from, addDays(month, 14));
    const round = [1, 4, 7, 10].includes(Number(month.slice(5, 7))) && from === month;
    let queue = round && window.length > 0 ? shuffled(rng, registered(window[0])) : [];
    if (worker.behind) queue = queue.slice(0, Math.ceil(queue.length * 0.72));
    window.forEach((date, j) => {
      // A steady member misses the two hours now and then; the one behind does on at least every other day.
      const full = rng.next() < worker.diligence && (!worker.behind || j % 2 === 0);
      const target = full ? rng.int(125, 190) : rng.int(25, 80);
      let minutes = 0;
      const rounds = Math.ceil(queue.length / (window.length - j));
      for (let k = 0; k < rounds && queue.length > 0; k++) {
        const m = rng.int(18, 32);
        visit(queue.shift()!, date, 'round', m);
        minutes += m;
      }
      for (let i = topUp(date); minutes < target && i !== undefined; i = topUp(date)) {
        const m = rng.int(25, 45);
        visit(i, date, rng.next() < 0.15 ? 'follow-up' : 'routine', m);
        minutes += m;
      }
    });
    const after = workdaysBetween(dates, addDays(month, 15), addDays(nextMonth(month), -1));
    for (const date of pickDays(rng, after, rng.int(2, 5), 1)) {
      const i = topUp(date);
      const call = rng.next() < 0.3;
      if (i !== undefined) visit(i, date, call ? 'call' : 'follow-up', call ? rng.int(3, 10) : rng.int(20, 40));
    }
  }
  return drafts;
}
