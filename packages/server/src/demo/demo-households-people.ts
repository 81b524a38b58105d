/**
 * Demo households (see demo-households.ts): the people of one household — names by cohort, ages
 * by make-up, relations, ID numbers (GB 11643, with the birth date and sex of the person and a
 * valid check character), phones, circumstance tags and the short texts of their records.
 */
import { addDays } from '@gridwork/core/calendar';
import { ageOn, checkCharOf } from '@gridwork/core/households';
import type { Rng } from '@gridwork/core/demo';
import { pick, weighted } from './demo-cases-plan';
import {
  BUSINESSES,
  EMPLOYERS,
  GIVEN_NAMES,
  ID_PREFIXES,
  MAKEUP_WEIGHTS,
  NOTES,
  PHONE_PREFIXES,
  RELATIONS_ABROAD,
  SHARES,
  SKILLS,
  SURNAMES,
  VIEWS,
  shareOf,
  type AreaKind,
  type Makeup,
} from './demo-households-tables';

export type Sex = 'M' | 'F';

export interface PersonPlan {
  name: string;
  sex: Sex;
  birthDate: string;
  idNumber: string | null;
  phone: string | null;
  tags: string[];
  status: 'current' | 'moved-out' | 'deceased';
  economicSituation: string | null;
  skills: string | null;
  views: string | null;
  socialRelations: string | null;
  notes: string | null;
}

/** A member of a household as first planned: the person, the relation to the head, when they joined. */
export interface Member {
  person: PersonPlan;
  relation: string;
  joinedOn: string;
}

/** Makes people: unique ID numbers and phones across the whole demo. */
export class PeopleMaker {
  private readonly ids = new Set<string>();
  private readonly phones = new Set<string>();
  constructor(
    private readonly rng: Rng,
    readonly today: string,
  ) {}

  /** A birth date `minAge`..`maxAge` full years before today. */
  birth(minAge: number, maxAge: number): string {
    const days = Math.floor((minAge + this.rng.next() * (maxAge - minAge + 0.97)) * 365.2425);
    return addDays(this.today, -days - 1);
  }

  age(birthDate: string): number {
    return ageOn(birthDate, this.today);
  }

  givenName(sex: Sex, birthDate: string): string {
    const year = Number(birthDate.slice(0, 4));
    const cohort = year <= 1965 ? 'old' : year <= 1989 ? 'middle' : year <= 2005 ? 'young' : 'child';
    return pick(this.rng, GIVEN_NAMES[cohort][sex]);
  }

  surname(): string {
    return pick(this.rng, SURNAMES);
  }

  idNumber(prefix: string, birthDate: string, sex: Sex): string {
    for (;;) {
      const seq = 2 * this.rng.int(sex === 'M' ? 0 : 1, 499) + (sex === 'M' ? 1 : 0);
      const first17 = `${prefix}${birthDate.replaceAll('-', '')}${String(seq).padStart(3, '0')}`;
      const id = first17 + checkCharOf(first17);
      if (!this.ids.has(id)) {
        this.ids.add(id);
        return id;
      }
    }
  }

  phone(): string {
    for (;;) {
      const phone = pick(this.rng, PHONE_PREFIXES) + String(this.rng.int(0, 99_999_999)).padStart(8, '0');
      if (!this.phones.has(phone)) {
        this.phones.add(phone);
        return phone;
      }
    }
  }

  person(sex: Sex, birthDate: string, surname: string, prefix: string): PersonPlan {
    const age = this.age(birthDate);
    const hasPhone = age >= 14 && (age < 75 || this.rng.next() < 0.5);
    return {
      name: surname + this.givenName(sex, birthDate),
      sex,
      birthDate,
      idNumber: this.rng.next() < 0.97 ? this.idNumber(prefix, birthDate, sex) : null,
      phone: hasPhone ? this.phone() : null,
      tags: [],
      status: 'current',
      economicSituation: null,
      skills: this.rng.next() < 0.12 && age >= 20 ? pick(this.rng, SKILLS) : null,
      views: this.rng.next() < 0.05 && age >= 18 ? pick(this.rng, VIEWS) : null,
      socialRelations: this.rng.next() < 0.06 && age >= 18 ? pick(this.rng, RELATIONS_ABROAD) : null,
      notes: this.rng.next() < 0.05 && age >= 18 ? pick(this.rng, NOTES) : null,
    };
  }
}

const other = (sex: Sex): Sex => (sex === 'M' ? 'F' : 'M');

/** The later of two dates. */
export const later = (a: string, b: string): string => (a > b ? a : b);

/** Age ranges of the head by make-up, and whether the head is usually a man. */
const HEAD: Record<Makeup, [number, number]> = {
  single: [22, 45],
  'young-couple': [25, 38],
  'family-1': [28, 52],
  'family-2': [32, 50],
  'single-parent': [28, 50],
  'three-generation': [30, 52],
  'middle-couple': [45, 59],
  'middle-single': [35, 59],
  'elderly-couple': [62, 88],
  'elderly-alone': [65, 92],
};

export interface HouseholdPeople {
  makeup: Makeup;
  migrant: boolean;
  /** When the household was set up here (the head and spouse joined then). */
  established: string;
  members: Member[];
}

/** The members of one household of `kind`, with tags and texts; `makeup` may be forced. */
export function planPeople(make: PeopleMaker, rng: Rng, kind: AreaKind, forced?: Makeup): HouseholdPeople {
  const makeup = forced ?? weighted(rng, MAKEUP_WEIGHTS[kind]);
  const migrantPool: Makeup[] = ['single', 'young-couple', 'family-1', 'single-parent'];
  const migrant = migrantPool.includes(makeup) && rng.next() < SHARES.migrant[kind] / shareOf(kind, migrantPool);
  const prefix = migrant ? pick(rng, ID_PREFIXES.migrant) : pick(rng, ID_PREFIXES[kind]);
  const headSex: Sex =
    makeup === 'single-parent'
      ? rng.next() < 0.8
        ? 'F'
        : 'M'
      : makeup === 'single' || makeup === 'middle-single'
        ? rng.next() < 0.55
          ? 'M'
          : 'F'
        : makeup === 'elderly-alone'
          ? rng.next() < 0.65
            ? 'F'
            : 'M'
          : 'M';
  const headBirth = make.birth(...HEAD[makeup]);
  const headAge = make.age(headBirth);
  const surname = make.surname();
  const head = make.person(headSex, headBirth, surname, prefix);
  const yearsHere = migrant ? rng.int(60, 1500) : Math.min(rng.int(365, 25 * 365), (headAge - 20) * 365);
  const established = addDays(make.today, -Math.max(yearsHere, 30));
  const members: Member[] = [{ person: head, relation: 'head', joinedOn: established }];
  const join = (person: PersonPlan, relation: string, on = established) =>
    members.push({ person, relation, joinedOn: person.birthDate > on ? person.birthDate : on });
  const coupled: Makeup[] = ['young-couple', 'family-1', 'family-2', 'three-generation', 'middle-couple', 'elderly-couple'];
  if (coupled.includes(makeup)) {
    const spouseAge = Math.max(20, headAge + rng.int(-5, 1));
    join(
      make.person(other(headSex), make.birth(spouseAge, spouseAge), make.surname(), migrant ? prefix : pick(rng, ID_PREFIXES[kind])),
      'spouse',
    );
  }
  const kids =
    makeup === 'family-2'
      ? 2
      : ['family-1', 'single-parent', 'three-generation'].includes(makeup)
        ? 1
        : makeup === 'middle-couple' && rng.next() < 0.5
          ? 1
          : 0;
  for (let k = 0; k < kids; k++) {
    const [min, max] = makeup === 'middle-couple' ? [18, 30] : [0, Math.min(24, headAge - 23)];
    const birth = make.birth(min, Math.max(min, max));
    join(make.person(rng.next() < 0.5 ? 'M' : 'F', birth, surname, prefix), 'child');
  }
  if (makeup === 'three-generation') {
    const count = rng.next() < 0.4 ? 2 : 1;
    const parentAge = Math.max(60, headAge + rng.int(24, 32));
    const movedIn = addDays(make.today, -rng.int(200, 3000));
    for (let k = 0; k < count; k++) {
      const sex: Sex = count === 2 ? (k === 0 ? 'M' : 'F') : rng.next() < 0.6 ? 'F' : 'M';
      const age = Math.min(95, parentAge - (sex === 'F' && count === 2 ? rng.int(0, 4) : 0));
      join(make.person(sex, make.birth(age, age), sex === 'M' ? surname : make.surname(), pick(rng, ID_PREFIXES[kind])), 'parent', movedIn);
    }
  }
  addTags(make, rng, members, makeup, migrant);
  return { makeup, migrant, established, members };
}

function addTags(make: PeopleMaker, rng: Rng, members: Member[], makeup: Makeup, migrant: boolean): void {
  for (const { person } of members) {
    const age = make.age(person.birthDate);
    if (migrant && age >= 16) person.tags.push('migrant');
    if (age >= 22 && age < 60) {
      const x = rng.next();
      if (x < SHARES.businessOwner) person.tags.push('business-owner');
      else if (x < SHARES.businessOwner + SHARES.salaried) person.tags.push('salaried');
    }
  }
  const elderly = members.filter((m) => make.age(m.person.birthDate) >= 60).map((m) => m.person);
  if (makeup === 'elderly-couple' && rng.next() < SHARES.emptyNest) for (const p of elderly) p.tags.push('empty-nest');
  if (makeup === 'elderly-alone') members[0].person.tags.push(rng.next() < SHARES.livingAlone ? 'living-alone' : 'empty-nest');
  const head = members[0].person;
  if (rng.next() < SHARES.lowIncome) head.tags.push('low-income');
  if (rng.next() < SHARES.disabled) pick(rng, members).person.tags.push('disabled');
  if (rng.next() < SHARES.seriouslyIll) {
    const oldest = [...members].sort((a, b) => a.person.birthDate.localeCompare(b.person.birthDate))[0].person;
    oldest.tags.push(rng.next() < 0.4 ? 'bedridden' : 'seriously-ill');
  }
  head.economicSituation = rng.next() < 0.5 ? economyOf(rng, head, make.age(head.birthDate)) : null;
}

function economyOf(rng: Rng, head: PersonPlan, age: number): string {
  if (head.tags.includes('low-income')) return `享受城市低保，每月${rng.int(12, 15) * 100}元`;
  if (head.tags.includes('business-owner')) return `经营${pick(rng, BUSINESSES)}，收入尚可`;
  if (head.tags.includes('migrant')) return `在${pick(rng, EMPLOYERS)}务工，月收入约${rng.int(5, 9) * 1000}元`;
  if (age >= 60) return `退休金约${rng.int(38, 65) * 100}元/月`;
  if (head.tags.includes('salaried')) return rng.next() < 0.5 ? '双职工，家庭收入稳定' : `单位职工，月收入约${rng.int(6, 15) * 1000}元`;
  return '收入一般，暂无困难';
}
