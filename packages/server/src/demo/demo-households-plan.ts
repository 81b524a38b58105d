/**
 * Demo households (see demo-households.ts), phase 1: the households of every grid — address from
 * its compound or building, owned or rented (with the landlord), the people living there — and
 * their history: deaths and move-outs, manual class overrides with a reason; then, per area, a few
 * moves to a new household and heads turning 60 this month (demo-households-history.ts).
 */
import { addDays } from '@gridwork/core/calendar';
import type { Rng } from '@gridwork/core/demo';
import { INSIDE, placePoint, type FlatShape } from '@gridwork/core/geo';
import type { RegionRow } from '../modules/regions/regions.repository';
import { pick } from './demo-cases-plan';
import { later, planPeople, type Member, type PeopleMaker, type PersonPlan } from './demo-households-people';
import type { WorkerStyle } from './demo-households-visits';
import { moveWithin, turning60 } from './demo-households-history';
import {
  DECEASED_NOTES,
  GIVEN_NAMES,
  LANDLORD_NOTE,
  MOVED_OUT_NOTES,
  OVERRIDES,
  SHARES,
  shareOf,
  SURNAMES,
  type AreaKind,
  type Makeup,
} from './demo-households-tables';

export interface PlaceCtx {
  id: number;
  type: 'compound' | 'building';
  name: string;
  point: [number, number];
}

export interface GridPlanCtx {
  grid: RegionRow;
  shape: FlatShape;
  places: PlaceCtx[];
  count: number;
  /** The grid's workers: the first one registers the households and visits them. */
  workers: WorkerStyle[];
}

export interface AreaPlanCtx {
  kind: AreaKind;
  top: RegionRow;
  grids: GridPlanCtx[];
}

export interface HouseholdPlan {
  area: AreaPlanCtx;
  at: GridPlanCtx;
  address: string;
  compoundId: number | null;
  buildingId: number | null;
  housing: 'owned' | 'rented';
  landlord: string | null;
  override: { visitClass: string; reason: string; on: string } | null;
  createdOn: string;
  point: [number, number];
  makeup: Makeup;
  migrant: boolean;
}

export interface ResidentPlan extends PersonPlan {
  householdIdx: number;
  createdOn: string;
}

export interface MembershipPlan {
  householdIdx: number;
  residentIdx: number;
  relation: string;
  joinedOn: string;
  left: { on: string; reason: 'moved' | 'moved-out' | 'deceased'; note: string; movedToIdx: number | null } | null;
}

export interface PeoplePlan {
  households: HouseholdPlan[];
  residents: ResidentPlan[];
  memberships: MembershipPlan[];
}

/** Unique addresses per grid: 阳光花园3号楼2单元501, 幸福路1号楼2单元302, 王家庄12号. */
function addressOf(rng: Rng, place: PlaceCtx, kind: AreaKind, used: Set<string>): string {
  for (;;) {
    const unit = `${rng.int(1, 4)}单元${rng.int(1, 6)}0${rng.int(1, 3)}`;
    const text =
      kind === 'town'
        ? `${place.name}${rng.int(1, 160)}号`
        : place.type === 'compound'
          ? `${place.name}${rng.int(1, 12)}号楼${unit}`
          : `${place.name}${unit}`;
    if (!used.has(text)) {
      used.add(text);
      return text;
    }
  }
}

function pointNear(rng: Rng, at: GridPlanCtx, place: PlaceCtx): [number, number] {
  const p: [number, number] = [place.point[0] + rng.between(-0.0004, 0.0004), place.point[1] + rng.between(-0.0003, 0.0003)];
  return placePoint(at.shape, p[0], p[1]) === INSIDE ? [round7(p[0]), round7(p[1])] : place.point;
}

const round7 = (v: number): number => Math.round(v * 1e7) / 1e7;
/** Households whose grown-up child may have moved away. */
const MOVED_OUT_FROM: Makeup[] = ['middle-couple', 'family-2', 'elderly-couple'];

/** Adds households with their people and history to `out`. */
export class AreaPlanner {
  constructor(
    readonly make: PeopleMaker,
    readonly rng: Rng,
    readonly out: PeoplePlan,
  ) {}

  get today(): string {
    return this.make.today;
  }

  /** Adds a household and its members; returns its index. */
  household(area: AreaPlanCtx, at: GridPlanCtx, used: Set<string>, forced?: { makeup: Makeup; createdOn: string }): number {
    const { rng } = this;
    const people = planPeople(this.make, rng, area.kind, forced?.makeup);
    const place =
      area.kind === 'street' && rng.next() < 0.6
        ? at.places[0]
        : pick(rng, at.places.slice(area.kind === 'street' && at.places.length > 1 ? 1 : 0));
    const recent = !forced && rng.next() < SHARES.recent;
    const createdOn = forced?.createdOn ?? addDays(this.today, recent ? -rng.int(5, 60) : -rng.int(205, 245));
    const rented = people.migrant ? rng.next() < 0.85 : rng.next() < SHARES.rentedLocal[area.kind];
    const idx = this.out.households.length;
    this.out.households.push({
      area,
      at,
      address: addressOf(rng, place, area.kind, used),
      compoundId: place.type === 'compound' ? place.id : null,
      buildingId: place.type === 'building' ? place.id : null,
      housing: rented ? 'rented' : 'owned',
      landlord: rented
        ? pick(rng, SURNAMES) +
          pick(rng, GIVEN_NAMES[rng.next() < 0.5 ? 'old' : 'middle'][rng.next() < 0.5 ? 'M' : 'F']) +
          pick(rng, LANDLORD_NOTE)
        : null,
      override: null,
      createdOn,
      point: pointNear(rng, at, place),
      makeup: people.makeup,
      migrant: people.migrant,
    });
    for (const m of people.members) this.member(idx, m, recent ? later(m.person.birthDate, createdOn) : m.joinedOn);
    this.history(idx, people.members, recent ? null : people.established);
    return idx;
  }

  member(householdIdx: number, m: Member, joinedOn = m.joinedOn): number {
    const residentIdx = this.out.residents.length;
    const createdOn = later(this.out.households[householdIdx].createdOn, joinedOn);
    this.out.residents.push({ ...m.person, householdIdx, createdOn });
    this.out.memberships.push({ householdIdx, residentIdx, relation: m.relation, joinedOn, left: null });
    return residentIdx;
  }

  /** A death among the elderly, an adult child who moved away (not for households new here: `established` null). */
  private history(idx: number, members: Member[], established: string | null): void {
    const { rng, today, make } = this;
    const h = this.out.households[idx];
    const first = this.out.memberships.length - members.length;
    if (established && h.makeup === 'elderly-couple' && rng.next() < SHARES.deceased / shareOf(h.area.kind, ['elderly-couple'])) {
      const k = members[0].person.birthDate < members[1].person.birthDate ? 0 : 1;
      const m = this.out.memberships[first + k];
      const on = addDays(today, -rng.int(10, 200));
      m.left = { on, reason: 'deceased', note: pick(rng, DECEASED_NOTES), movedToIdx: null };
      this.out.residents[m.residentIdx].status = 'deceased';
      const widow = this.out.residents[this.out.memberships[first + 1 - k].residentIdx];
      if (!widow.tags.includes('living-alone') && rng.next() < 0.5) widow.tags.push('living-alone');
    }
    if (established && MOVED_OUT_FROM.includes(h.makeup) && rng.next() < SHARES.movedOut / shareOf(h.area.kind, MOVED_OUT_FROM)) {
      const head = members[0].person;
      const child = make.person(rng.next() < 0.5 ? 'M' : 'F', make.birth(20, 32), head.name.slice(0, 1), '110105');
      const joinedOn = later(child.birthDate, established);
      const on = later(addDays(joinedOn, 1), addDays(today, -rng.int(20, 500)));
      const r = this.member(idx, { person: child, relation: 'child', joinedOn });
      this.out.memberships[this.out.memberships.length - 1].left = {
        on,
        reason: 'moved-out',
        note: pick(rng, MOVED_OUT_NOTES),
        movedToIdx: null,
      };
      this.out.residents[r].status = 'moved-out';
      this.out.residents[r].phone = null;
    }
    if (rng.next() < SHARES.override) {
      const elderly = members.some((m) => make.age(m.person.birthDate) >= 60);
      const choice = pick(
        rng,
        OVERRIDES.filter((o) => elderly || o.visitClass.startsWith('2')),
      );
      h.override = { ...choice, on: addDays(h.createdOn, rng.int(5, 40)) };
      if (h.override.on > today) h.override.on = today;
    }
  }
}

/** Phase 1 for the areas in order: households, residents and memberships with their history. */
export function planPeopleOf(make: PeopleMaker, rng: Rng, areas: AreaPlanCtx[]): PeoplePlan {
  const out: PeoplePlan = { households: [], residents: [], memberships: [] };
  const planner = new AreaPlanner(make, rng, out);
  for (const area of areas) {
    const from = out.households.length;
    const used = new Map(area.grids.map((g) => [g, new Set<string>()]));
    for (const at of area.grids) for (let i = 0; i < at.count; i++) planner.household(area, at, used.get(at)!);
    turning60(planner, from);
    moveWithin(planner, area, from, used);
  }
  return out;
}
