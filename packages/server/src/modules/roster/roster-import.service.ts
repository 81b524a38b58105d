/**
 * `POST /roster/import` (A11.1): a filled roster becomes households and residents in one
 * transaction. Modes: `all-or-nothing` writes nothing when any row has a problem; `valid-only`
 * writes every household whose rows are all valid (a household with one bad row is rejected
 * whole). The answer is always 200 with the report; `committed` says whether anything was written.
 * Reports and audit rows carry masks only, never an ID number or phone. A roster's ID numbers are
 * checked against the register, and what that tells is sealed (C3 D10): a roster with ID numbers
 * needs room in the importer's reveal limit before anything is looked up (429 REVEAL_LIMIT, whatever
 * the numbers); the ID numbers found registered count against it, and when they are more than the
 * room left the report is refused and the room used up. Rows naming someone already registered in the
 * importer's area (same name and birth date) are set aside as `already-registered` without looking
 * up their ID numbers: a file imported again costs nothing, and no row tests guesses of a known
 * resident's number.
 */
import { actorWith, can, DomainError } from '@gridwork/core';
import { shanghaiDate } from '@gridwork/core/calendar';
import type { Kysely, Transaction } from 'kysely';
import type { AppContext } from '../../context';
import type { DB } from '../../db/schema';
import { LoopSlices } from '../../lib/loop-slices';
import { runIdempotent, type IdempotencyKey } from '../../plugins/idempotency';
import type { AuditEntry } from '../audit/audit.repository';
import { parsePath, type SessionUser } from '../auth/sessions.repository';
import { isDuplicateIdNumberClash } from '../households/resident-input';
import { listTags } from '../households/residents.repository';
import { auditValues } from '../households/residents.service';
import { assertRevealRoom, chargeSealedLookup, sealedLookupsOf, type RevealTarget } from '../privacy/reveal-limit';
import { listRegionsInScope, type RegionRow } from '../regions/regions.repository';
import { cellText, isMasked, type RosterProblem } from './roster-cells';
import {
  checkRoster,
  idNumberHashes,
  markDuplicates,
  markKnownPeople,
  namesWithIdNumbers,
  personKey,
  rowList,
  type PlannedHousehold,
  type RosterCheck,
} from './roster-check';
import { readRoster, type RawRow } from './roster-read';
import * as repo from './roster.repository';

export type ImportMode = 'all-or-nothing' | 'valid-only';
export interface ImportOptions {
  mode: ImportMode;
  dryRun: boolean;
}
type Db = Kysely<DB> | Transaction<DB>;

export interface ImportReport {
  mode: ImportMode;
  dryRun: boolean;
  committed: boolean;
  rows: number;
  households: { created: number; rejected: number };
  residents: { created: number; rejected: number };
  /** The first REPORT_LIMIT problems by row; `rejectedTotal` counts them all. */
  rejected: RosterProblem[];
  rejectedTotal: number;
  warnings: RosterProblem[];
  warningsTotal: number;
}

/** Valid households, and in valid-only mode a `household-rejected` entry for the good rows of a bad household. */
async function settle(check: RosterCheck, mode: ImportMode, slices: LoopSlices): Promise<PlannedHousehold[]> {
  const bad = (h: PlannedHousehold) => h.rows.some((row) => check.problems.has(row));
  const valid = check.households.filter((h) => !bad(h) && h.grid !== null);
  if (mode === 'all-or-nothing') return check.problems.size > 0 ? [] : valid;
  for (const h of check.households.filter(bad)) {
    const badRows = h.rows.filter((row) => check.problems.has(row));
    for (const row of h.rows.filter((r) => !check.problems.has(r))) {
      check.problems.add(
        row,
        'householdKey',
        'household-rejected',
        `not imported: row ${rowList(badRows)} of the same household has problems`,
      );
    }
    if (slices.due) await slices.next();
  }
  return valid;
}

/** The household.create / resident.create rows the one-record paths write, plus the import's own row. */
function auditRows(
  actor: SessionUser,
  households: PlannedHousehold[],
  ids: { households: number[]; residents: number[][] },
  joinedOn: string,
  requestId: string,
): AuditEntry[] {
  return households.flatMap((h, i) => {
    const grid = h.grid!;
    const after = {
      topRegionId: grid.topRegionId,
      gridId: grid.id,
      gridPath: grid.path,
      address: h.address,
      compoundId: h.compoundId,
      buildingId: h.buildingId,
      housing: h.housing,
      landlord: h.landlord,
      source: 'roster-import',
    };
    const base = { actorId: actor.id, regionId: grid.id, topRegionId: grid.topRegionId, requestId };
    return [
      { ...base, action: 'household.create' as const, entity: 'household' as const, entityId: ids.households[i], after },
      ...h.residents.map((r, j) => ({
        ...base,
        action: 'resident.create' as const,
        entity: 'resident' as const,
        entityId: ids.residents[i][j],
        after: { householdId: ids.households[i], relation: r.relation, joinedOn, ...auditValues(r.values), source: 'roster-import' },
      })),
    ];
  });
}

/** The deepest region containing every written grid (the import's audit row is seen within it). */
function commonRegion(households: PlannedHousehold[]): number | null {
  const paths = households.map((h) => parsePath(h.grid!.path));
  let n = paths[0]?.length ?? 0;
  for (const p of paths) {
    let i = 0;
    while (i < n && p[i] === paths[0][i]) i++;
    n = i;
  }
  return n > 0 ? paths[0][n - 1] : null;
}

async function write(
  trx: Transaction<DB>,
  actor: SessionUser,
  households: PlannedHousehold[],
  meta: repo.BatchMeta,
  summary: Record<string, unknown>,
  requestId: string,
): Promise<void> {
  const tops = new Set(households.map((h) => h.grid!.topRegionId));
  const householdIds = await repo.allocateIds(trx, 'households', households.length);
  const residentIds = await repo.allocateIds(
    trx,
    'residents',
    households.reduce((n, h) => n + h.residents.length, 0),
  );
  let next = 0;
  const ids = { households: householdIds, residents: households.map((h) => h.residents.map(() => residentIds[next++])) };
  await repo.insertHouseholds(
    trx,
    households.map((h, i) => ({
      topRegionId: h.grid!.topRegionId,
      id: householdIds[i],
      gridId: h.grid!.id,
      gridPath: h.grid!.path,
      address: h.address,
      compoundId: h.compoundId,
      buildingId: h.buildingId,
      housing: h.housing,
      landlord: h.landlord,
    })),
    meta,
  );
  await repo.insertResidents(
    trx,
    households.flatMap((h, i) =>
      h.residents.map((r, j) => ({
        topRegionId: h.grid!.topRegionId,
        id: ids.residents[i][j],
        householdId: householdIds[i],
        values: r.values,
        relation: r.relation,
      })),
    ),
    meta,
  );
  await repo.insertAudits(trx, [
    {
      actorId: actor.id,
      action: 'roster.import',
      entity: 'roster',
      entityId: null,
      regionId: commonRegion(households),
      topRegionId: tops.size === 1 ? [...tops][0] : 0,
      after: summary,
      requestId,
    },
    ...auditRows(actor, households, ids, meta.joinedOn, requestId),
  ]);
}

/** ID numbers of the roster already registered: how many, and where the first lies (the region the lookup is audited in). */
interface RegisteredLookup {
  weight: number;
  target: RevealTarget;
}

function registeredLookup(check: RosterCheck, taken: ReadonlySet<string>, regions: RegionRow[]): RegisteredLookup | null {
  if (taken.size === 0) return null;
  const first = check.households.find((h) => h.grid && h.residents.some((r) => r.values.idNumber && taken.has(r.values.idNumber.hash)));
  return { weight: taken.size, target: lookupTarget(first?.grid ?? regions[0]) };
}

const lookupTarget = (at: RegionRow): RevealTarget => ({
  entity: 'resident',
  entityId: null,
  field: 'idNumber',
  gridId: at.id,
  gridPath: at.path,
  topRegionId: at.topRegionId ?? at.id,
});

/** The people registered in the importer's area (where they may register households), as `personKey`s. */
async function knownPeople(db: Db, actor: SessionUser, check: RosterCheck, regions: RegionRow[]): Promise<Set<string>> {
  const tops = [...new Set(regions.map((r) => r.topRegionId ?? r.id))];
  const named = await repo.unsafeResidentsNamed(db, tops, namesWithIdNumbers(check));
  return new Set(
    named.filter((p) => can(actor, 'household.edit', { path: parsePath(p.gridPath) })).map((p) => personKey(p.name, p.birthDate)),
  );
}

/** Thrown out of an import's transaction when it found more registered ID numbers than were charged. */
class UnchargedLookup extends Error {
  constructor(readonly lookup: RegisteredLookup) {
    super('registered ID numbers to charge');
  }
}

const charge = (ctx: AppContext, actor: SessionUser, lookup: RegisteredLookup, weight: number, requestId: string) =>
  chargeSealedLookup(ctx, actor, lookup.target, weight, 'roster-id-numbers-registered', requestId, 'exhaust');

/** A roster with ID numbers needs room in the reveal limit before any is looked up (so a refusal tells nothing). */
async function assertRoomForIdNumbers(ctx: AppContext, actor: SessionUser, rows: RawRow[], requestId: string): Promise<void> {
  const idNumberGiven = (r: RawRow) => {
    const text = cellText(r.cells.idNumber);
    return text !== null && text.trim() !== '' && !isMasked(text);
  };
  if (!rows.some(idNumberGiven)) return;
  const regions = await listRegionsInScope(ctx.db, actor);
  const own = actorWith(actor, 'household.edit').roles.map((r) => r.regionId);
  const at = regions.find((r) => own.includes(r.id)) ?? regions[0];
  if (at) await assertRevealRoom(ctx, actor, lookupTarget(at), requestId);
}

/** Checks the rows against the database as seen through `db` and reports; `valid` are the households to write. */
async function evaluate(ctx: AppContext, db: Db, actor: SessionUser, rows: RawRow[], opts: ImportOptions) {
  const [regions, tags] = await Promise.all([listRegionsInScope(db, actor), listTags(db, true)]);
  const slices = new LoopSlices();
  const check = await checkRoster(rows, { actor, today: shanghaiDate(ctx.clock()), sealed: ctx.sealed, regions, tags }, slices);
  markKnownPeople(check, await knownPeople(db, actor, check, regions));
  const taken = await repo.unsafeTakenIdNumberHashes(db, idNumberHashes(check));
  await markDuplicates(check, taken, slices);
  const valid = await settle(check, opts.mode, slices);
  const created = { households: valid.length, residents: valid.reduce((n, h) => n + h.residents.length, 0) };
  const report: ImportReport = {
    mode: opts.mode,
    dryRun: opts.dryRun,
    committed: !opts.dryRun && created.households > 0,
    rows: rows.length,
    households: { created: created.households, rejected: check.households.length - created.households },
    residents: { created: created.residents, rejected: rows.length - created.residents },
    rejected: check.problems.first(),
    rejectedTotal: check.problems.size,
    warnings: check.warnings.first(),
    warningsTotal: check.warnings.size,
  };
  return { report, valid, lookup: registeredLookup(check, taken, regions) };
}

/**
 * A dry run only reads. An import checks and writes in one transaction (the duplicate check sees
 * what it writes against), honouring an Idempotency-Key: a retried upload returns the first report.
 * Registered ID numbers are charged outside that transaction (the charge is its own, audited even
 * when refused): the import finding more than were charged rolls back, charges them and runs again.
 */
export async function importRoster(
  ctx: AppContext,
  actor: SessionUser,
  file: Buffer,
  opts: ImportOptions,
  key: IdempotencyKey | null,
  requestId: string,
): Promise<ImportReport> {
  const rows = await readRoster(file);
  if (actorWith(actor, 'household.edit').roles.length === 0) throw new DomainError('FORBIDDEN', 'your role may not register households');
  // the room checked is the room charged: one sealed lookup of an account at a time
  return sealedLookupsOf(actor, () => checkAndImport(ctx, actor, rows, opts, key, requestId));
}

async function checkAndImport(
  ctx: AppContext,
  actor: SessionUser,
  rows: RawRow[],
  opts: ImportOptions,
  key: IdempotencyKey | null,
  requestId: string,
): Promise<ImportReport> {
  await assertRoomForIdNumbers(ctx, actor, rows, requestId);
  if (opts.dryRun) {
    const { report, lookup } = await evaluate(ctx, ctx.db, actor, rows, opts);
    if (lookup) await charge(ctx, actor, lookup, lookup.weight, requestId);
    return report;
  }
  const now = ctx.clock();
  let charged = 0;
  for (let attempt = 1; ; attempt++) {
    try {
      const res = await runIdempotent(ctx.db, key, now, async (trx) => {
        const { report, valid, lookup } = await evaluate(ctx, trx, actor, rows, opts);
        if (lookup && lookup.weight > charged) throw new UnchargedLookup(lookup);
        if (report.committed) {
          const summary = {
            mode: opts.mode,
            rows: rows.length,
            households: report.households,
            residents: report.residents,
            problems: report.rejectedTotal,
          };
          await write(trx, actor, valid, { by: actor.id, now, joinedOn: shanghaiDate(now) }, summary, requestId);
        }
        return { status: 200, body: report };
      });
      return res.body as ImportReport;
    } catch (e) {
      if (e instanceof UnchargedLookup && attempt < 3) {
        await charge(ctx, actor, e.lookup, e.lookup.weight - charged, requestId);
        charged = e.lookup.weight;
        continue;
      }
      if (isDuplicateIdNumberClash(e) || e instanceof UnchargedLookup) {
        throw new DomainError(
          'ALREADY_EXISTS',
          'an ID number of the roster was registered by someone else meanwhile: import again to see which row',
        );
      }
      throw e;
    }
  }
}
