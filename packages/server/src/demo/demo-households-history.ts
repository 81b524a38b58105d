/**
 * Demo households (see demo-households.ts), phase 1 per area: a few grown-up children who set up
 * their own household in the area (the old membership closed as "moved", a new one opened the same
 * day), and heads born this month 60 years ago (class 3 until the birthday, class 1 from it, A7.2).
 */
import { addDays } from '@gridwork/core/calendar';
import { pick } from './demo-cases-plan';
import { later } from './demo-households-people';
import type { AreaPlanCtx, AreaPlanner, GridPlanCtx } from './demo-households-plan';
import { MOVED_WITHIN_NOTES, SHARES } from './demo-households-tables';

/** The open memberships of the households from index `from` on, by household. */
function openMemberships(planner: AreaPlanner, from: number): Map<number, number[]> {
  const map = new Map<number, number[]>();
  planner.out.memberships.forEach((m, k) => {
    if (m.householdIdx < from || m.left !== null) return;
    const list = map.get(m.householdIdx);
    if (list) list.push(k);
    else map.set(m.householdIdx, [k]);
  });
  return map;
}

export function moveWithin(planner: AreaPlanner, area: AreaPlanCtx, from: number, used: Map<GridPlanCtx, Set<string>>): void {
  const { rng, today, make, out } = planner;
  const candidates = out.memberships.filter(
    (m) => m.householdIdx >= from && m.relation === 'child' && m.left === null && make.age(out.residents[m.residentIdx].birthDate) >= 23,
  );
  const count = Math.max(2, Math.round(SHARES.movedWithin * (out.households.length - from)));
  for (let k = 0; k < count && candidates.length > 0; k++) {
    const m = candidates.splice(rng.int(0, candidates.length - 1), 1)[0];
    const on = later(addDays(m.joinedOn, 1), addDays(today, -rng.int(20, 150)));
    const at = pick(rng, area.grids);
    const first = out.memberships.length;
    const target = planner.household(area, at, used.get(at)!, { makeup: 'single', createdOn: on });
    // The new household's planned head becomes the mover's spouse; the mover heads it.
    const planned = out.memberships[first];
    const mover = out.residents[m.residentIdx];
    const spouse = out.residents[planned.residentIdx];
    const age = make.age(mover.birthDate);
    spouse.sex = mover.sex === 'M' ? 'F' : 'M';
    spouse.birthDate = make.birth(age, age);
    spouse.idNumber = make.idNumber('110105', spouse.birthDate, spouse.sex);
    spouse.name = make.surname() + make.givenName(spouse.sex, spouse.birthDate);
    spouse.tags = spouse.tags.filter((t) => t !== 'migrant');
    planned.relation = 'spouse';
    planned.joinedOn = on;
    m.left = { on, reason: 'moved', note: pick(rng, MOVED_WITHIN_NOTES), movedToIdx: target };
    mover.householdIdx = target;
    out.memberships.push({ householdIdx: target, residentIdx: m.residentIdx, relation: 'head', joinedOn: on, left: null });
    out.households[target].migrant = false;
  }
}

export function turning60(planner: AreaPlanner, from: number): void {
  const { rng, today, make, out } = planner;
  const open = openMemberships(planner, from);
  const candidates = [...open.keys()].filter(
    (i) =>
      ['middle-couple', 'middle-single'].includes(out.households[i].makeup) &&
      out.households[i].override === null &&
      open.get(i)!.every((k) => make.age(out.residents[out.memberships[k].residentIdx].birthDate) < 59),
  );
  const count = Math.max(3, Math.round(SHARES.turning60 * (out.households.length - from)));
  for (let k = 0; k < count && candidates.length > 0; k++) {
    const i = candidates.splice(rng.int(0, candidates.length - 1), 1)[0];
    const head = out.residents[out.memberships[open.get(i)!.find((m) => out.memberships[m].relation === 'head')!].residentIdx];
    head.birthDate = `${Number(today.slice(0, 4)) - 60}-${today.slice(5, 7)}-${String(rng.int(1, 28)).padStart(2, '0')}`;
    head.idNumber = head.idNumber ? make.idNumber(head.idNumber.slice(0, 6), head.birthDate, head.sex) : null;
    head.name = head.name.slice(0, 1) + make.givenName(head.sex, head.birthDate);
    head.tags = head.tags.filter((t) => t !== 'empty-nest' && t !== 'living-alone');
  }
}
