/**
 * Checks a roster row by row with the rules of the create paths (schemas and resident-input),
 * groups rows into households by 户编号, checks that a household's rows agree, and finds
 * duplicate ID numbers in the file and among current residents (by keyed hash only).
 */
import { can } from '@gridwork/core';
import { Type } from '@sinclair/typebox';
import { LoopSlices } from '../../lib/loop-slices';
import { CreateHouseholdBody } from '../households/households.schemas';
import { dateProblem, DUPLICATE_ID_NUMBER, sealIdNumber, sealPhone, tagProblems, type FieldProblem } from '../households/resident-input';
import type { ResidentValues } from '../households/residents.repository';
import { CreateResidentBody } from '../households/residents.schemas';
import type { SealedFields } from '../households/sealed-fields';
import { parsePath, type SessionUser } from '../auth/sessions.repository';
import type { RegionRow } from '../regions/regions.repository';
import { cellDate, cellText, isMasked, ProblemList, schemaProblems } from './roster-cells';
import { HOUSEHOLD_KEYS, housingCode, relationCode, sexCode, splitTags, type ColumnKey } from './roster-columns';
import type { RawRow } from './roster-read';

export type GridRegion = RegionRow & { topRegionId: number };

export interface CheckRefs {
  actor: SessionUser;
  today: string;
  sealed: SealedFields;
  /** Regions in the caller's scope (grids, compounds, buildings). */
  regions: RegionRow[];
  /** Active resident tags. */
  tags: Array<{ code: string; labelZh: string; labelEn: string }>;
}

export interface PlannedResident {
  row: number;
  values: ResidentValues;
  relation: string | null;
}

export interface PlannedHousehold {
  key: string;
  rows: number[];
  grid: GridRegion | null;
  address: string;
  compoundId: number | null;
  buildingId: number | null;
  housing: 'owned' | 'rented';
  landlord: string | null;
  residents: PlannedResident[];
}

export interface RosterCheck {
  households: PlannedHousehold[];
  problems: ProblemList;
  /** Masked values ignored (one per cell). */
  warnings: ProblemList;
}

const HouseholdFields = Type.Pick(CreateHouseholdBody, ['address', 'housing', 'landlord']);
const optional = (v: string | null) => v ?? undefined;

interface Lookup {
  grids: Map<string, RegionRow>;
  /** Compounds and buildings by `type name` and `type code`. */
  places: Map<string, RegionRow[]>;
  tags: Map<string, string>;
  active: Set<string>;
}

function lookupOf(refs: CheckRefs): Lookup {
  const tags = new Map<string, string>();
  for (const t of refs.tags) for (const name of [t.code, t.labelZh, t.labelEn.toLowerCase()]) tags.set(name, t.code);
  const places = new Map<string, RegionRow[]>();
  for (const r of refs.regions.filter((p) => p.type === 'compound' || p.type === 'building')) {
    for (const name of new Set([r.code, r.name])) {
      const key = `${r.type} ${name}`;
      places.set(key, [...(places.get(key) ?? []), r]);
    }
  }
  return {
    grids: new Map(refs.regions.filter((r) => r.type === 'grid').map((r) => [r.code, r])),
    places,
    tags,
    active: new Set(refs.tags.map((t) => t.code)),
  };
}

/** Pushes the problems of the resident-input helpers onto the row's columns. */
function fromFieldProblems(row: number, key: ColumnKey, found: FieldProblem[], problems: ProblemList): void {
  for (const p of found) problems.add(row, key, p.problem ?? 'invalid', p.message);
}

/** A personal-number cell: text only (an 18-digit number cell has lost digits), masked exports ignored. */
function personalText(r: RawRow, key: 'idNumber' | 'phone', problems: ProblemList, warnings: ProblemList): string | null {
  const cell = r.cells[key];
  if (key === 'idNumber' && typeof cell === 'number') {
    problems.add(r.row, key, 'not-text', 'an ID number must be entered as text (format the column as text): a number cell loses digits');
    return null;
  }
  const text = cellText(cell);
  if (text !== null && isMasked(text)) {
    warnings.add(r.row, key, 'masked-ignored', 'a masked value (from an export) is ignored: the resident is registered without it');
    return null;
  }
  return text;
}

function residentOf(r: RawRow, refs: CheckRefs, look: Lookup, problems: ProblemList, warnings: ProblemList): PlannedResident {
  const text = (k: ColumnKey) => cellText(r.cells[k]);
  const birth = cellDate(r.cells.birthDate);
  if (r.cells.birthDate !== undefined && birth === null)
    problems.add(r.row, 'birthDate', 'not-a-date', 'not a date (use a date cell or YYYY-MM-DD)');
  const tagWords = splitTags(text('tags') ?? '');
  const tags = [...new Set(tagWords.map((w) => look.tags.get(w) ?? look.tags.get(w.toLowerCase()) ?? w))];
  const body = {
    name: text('name') ?? '',
    sex: sexCode(text('sex') ?? ''),
    birthDate: birth ?? '1900-01-01',
    tags: tags.filter((t) => look.active.has(t)),
    relation: optional(relationCode(text('relation') ?? '') || null),
    economicSituation: optional(text('economicSituation')),
    skills: optional(text('skills')),
    views: optional(text('views')),
    socialRelations: optional(text('socialRelations')),
    notes: optional(text('notes')),
  };
  for (const key of ['name', 'sex', 'birthDate'] as const) if (r.cells[key] === undefined) problems.add(r.row, key, 'required', 'required');
  tagProblems(tags, look.active).forEach((_, i) =>
    problems.add(r.row, 'tags', 'unknown-tag', `tag ${i + 1} is not on the resident tag list`),
  );
  schemaProblems(CreateResidentBody, body, r.row, problems);
  const found: FieldProblem[] = [];
  const birthProblem = birth === null || problems.has(r.row, 'birthDate') ? null : dateProblem(birth, refs.today, 'birthDate');
  if (birthProblem) fromFieldProblems(r.row, 'birthDate', [birthProblem], problems);
  const birthOk = birth !== null && !problems.has(r.row, 'birthDate');
  const sexOk = !problems.has(r.row, 'sex');
  const sex = body.sex as 'M' | 'F';
  const rawId = personalText(r, 'idNumber', problems, warnings);
  const rawPhone = personalText(r, 'phone', problems, warnings);
  const idNumber = rawId
    ? sealIdNumber(
        refs.sealed,
        rawId,
        { birthDate: birthOk ? birth : undefined, sex: sexOk ? sex : undefined, today: refs.today },
        found,
        'idNumber',
      )
    : null;
  fromFieldProblems(r.row, 'idNumber', found.splice(0), problems);
  const phone = rawPhone ? sealPhone(refs.sealed, rawPhone, found, 'phone') : null;
  fromFieldProblems(r.row, 'phone', found.splice(0), problems);
  const values: ResidentValues = {
    name: body.name.trim(),
    sex,
    birthDate: birth ?? '',
    idNumber,
    phone,
    tags: body.tags,
    economicSituation: body.economicSituation ?? null,
    skills: body.skills ?? null,
    views: body.views ?? null,
    socialRelations: body.socialRelations ?? null,
    notes: body.notes ?? null,
  };
  return { row: r.row, values, relation: body.relation ?? null };
}

/** The grid of a row's 网格编码: in scope, a grid, and one where the caller may register. */
function gridOf(r: RawRow, refs: CheckRefs, look: Lookup, problems: ProblemList): RegionRow | null {
  const code = cellText(r.cells.gridCode);
  if (code === null) return null;
  const grid = look.grids.get(code);
  if (!grid || grid.topRegionId === null) {
    problems.add(r.row, 'gridCode', 'unknown-grid', 'no grid with this code in your area');
    return null;
  }
  if (!can(refs.actor, 'household.edit', { path: parsePath(grid.path) })) {
    problems.add(r.row, 'gridCode', 'forbidden-grid', 'you may not register households in this grid');
    return null;
  }
  return grid;
}

/** A compound or building given by name or code, inside `within` (a grid or compound path). */
function placeOf(text: string | null, type: 'compound' | 'building', within: string, look: Lookup): RegionRow | null | 'unknown' {
  if (text === null) return null;
  const hits = (look.places.get(`${type} ${text}`) ?? []).filter((p) => p.path.startsWith(within));
  return hits.length === 1 ? hits[0] : 'unknown';
}

/** The household of a group of rows: the first value of each household column; other rows must agree or leave it blank. */
function householdOf(
  key: string,
  rows: RawRow[],
  grids: Map<number, RegionRow | null>,
  look: Lookup,
  problems: ProblemList,
): PlannedHousehold {
  const first = new Map<ColumnKey, { row: number; text: string }>();
  for (const r of rows) {
    for (const k of HOUSEHOLD_KEYS) {
      const text = cellText(r.cells[k]);
      if (text === null) continue;
      const seen = first.get(k);
      if (!seen) first.set(k, { row: r.row, text });
      else if (seen.text !== text)
        problems.add(r.row, k, 'household-mismatch', `differs from row ${seen.row} of the same household (户编号)`);
    }
  }
  const head = rows[0].row;
  for (const k of ['gridCode', 'address'] as const)
    if (!first.has(k)) problems.add(head, k, 'required', 'required (on at least one row of the household)');
  const gridRow = first.get('gridCode')?.row;
  const grid = (gridRow !== undefined ? grids.get(gridRow) : null) ?? null;
  const value = (k: ColumnKey) => first.get(k)?.text ?? null;
  const housing = housingCode(value('housing') ?? 'owned');
  const fields = { address: value('address') ?? '', housing, landlord: optional(value('landlord')) };
  schemaProblems(HouseholdFields, fields, head, problems);
  let compound: ReturnType<typeof placeOf> = null;
  let building: ReturnType<typeof placeOf> = null;
  if (grid) {
    compound = placeOf(value('compound'), 'compound', grid.path, look);
    if (compound === 'unknown')
      problems.add(first.get('compound')!.row, 'compound', 'unknown-place', 'no compound with this name or code in the grid');
    building = placeOf(value('building'), 'building', compound && compound !== 'unknown' ? compound.path : grid.path, look);
    if (building === 'unknown')
      problems.add(first.get('building')!.row, 'building', 'unknown-place', 'no building with this name or code there');
  }
  return {
    key,
    rows: rows.map((r) => r.row),
    grid: grid as GridRegion | null,
    address: fields.address.trim(),
    compoundId: compound && compound !== 'unknown' ? compound.id : null,
    buildingId: building && building !== 'unknown' ? building.id : null,
    housing: housing === 'rented' ? 'rented' : 'owned',
    landlord: fields.landlord?.trim() || null,
    residents: [],
  };
}

/**
 * Phase 1: every row on its own, then every household. The largest roster takes seconds of work:
 * it runs in slices, other requests being served in between.
 */
export async function checkRoster(rows: RawRow[], refs: CheckRefs, slices = new LoopSlices()): Promise<RosterCheck> {
  const look = lookupOf(refs);
  const problems = new ProblemList();
  const warnings = new ProblemList();
  const groups = new Map<string, RawRow[]>();
  const grids = new Map<number, RegionRow | null>();
  const residents = new Map<number, PlannedResident>();
  for (const r of rows) {
    const key = cellText(r.cells.householdKey);
    if (key === null) problems.add(r.row, 'householdKey', 'required', 'required: rows of one household share a 户编号');
    grids.set(r.row, gridOf(r, refs, look, problems));
    residents.set(r.row, residentOf(r, refs, look, problems, warnings));
    const group = groups.get(key ?? `\u0000${r.row}`) ?? [];
    group.push(r);
    groups.set(key ?? `\u0000${r.row}`, group);
    if (slices.due) await slices.next();
  }
  const households: PlannedHousehold[] = [];
  for (const [key, group] of groups) {
    const h = householdOf(key, group, grids, look, problems);
    h.residents = group.map((r) => residents.get(r.row)!);
    households.push(h);
    if (slices.due) await slices.next();
  }
  return { households, problems, warnings };
}

/** A person as the roster and the register both name them. */
export const personKey = (name: string, birthDate: string) => `${name}\u0000${birthDate}`;

/** Rows with an ID number still to be looked up (not set aside as someone already registered here). */
function lookedUp(check: RosterCheck): PlannedResident[] {
  return check.households.flatMap((h) => h.residents.filter((r) => r.values.idNumber && !check.problems.has(r.row, 'name')));
}

/**
 * Phase 2a: a row with an ID number naming someone already registered in the importer's area (same
 * name and birth date: a file imported again) is set aside as `already-registered` and its ID number
 * is not looked up. That answer comes from what the importer sees anyway, whatever the ID number, so
 * re-imports cost no reveals and a row cannot test guesses of a known resident's number.
 */
export function markKnownPeople(check: RosterCheck, known: ReadonlySet<string>): void {
  for (const h of check.households)
    for (const r of h.residents) {
      if (r.values.idNumber && known.has(personKey(r.values.name, r.values.birthDate))) {
        check.problems.add(
          r.row,
          'name',
          'already-registered',
          'a resident with this name and birth date is already registered in your area (imported before?); another person of the same ' +
            'name and birth date: add them with the form',
        );
      }
    }
}

/** Names of the rows whose ID numbers would be looked up (to find the people already registered). */
export function namesWithIdNumbers(check: RosterCheck): string[] {
  return [...new Set(check.households.flatMap((h) => h.residents.filter((r) => r.values.idNumber).map((r) => r.values.name)))];
}

/** Every ID number hash to look up: rows that passed their own checks, but those set aside by `markKnownPeople`. */
export function idNumberHashes(check: RosterCheck): string[] {
  return [...new Set(lookedUp(check).map((r) => r.values.idNumber!.hash))];
}

/** The rows (but `except`, one of them) for a message: the first `max` named, the rest counted, so a message stays short. */
export function rowList(rows: readonly number[], except?: number, max = 5): string {
  const named = rows
    .slice(0, max + 1)
    .filter((r) => r !== except)
    .slice(0, max);
  const more = rows.length - (except === undefined ? 0 : 1) - named.length;
  return more > 0 ? `${named.join(', ')} and ${more} more` : named.join(', ');
}

/** Phase 2: the same ID number on several rows, or already held by a current resident. */
export async function markDuplicates(check: RosterCheck, existing: ReadonlySet<string>, slices = new LoopSlices()): Promise<void> {
  const rowsByHash = new Map<string, number[]>();
  for (const r of lookedUp(check)) {
    if (!r.values.idNumber) continue;
    const rows = rowsByHash.get(r.values.idNumber.hash);
    if (rows) rows.push(r.row);
    else rowsByHash.set(r.values.idNumber.hash, [r.row]);
  }
  for (const [hash, rows] of rowsByHash) {
    for (const row of rows) {
      if (existing.has(hash)) check.problems.add(row, 'idNumber', 'duplicate', DUPLICATE_ID_NUMBER.message);
      else if (rows.length > 1) {
        check.problems.add(row, 'idNumber', 'duplicate-in-file', `the same ID number is also on row ${rowList(rows, row)}`);
      }
      if (slices.due) await slices.next();
    }
  }
}
