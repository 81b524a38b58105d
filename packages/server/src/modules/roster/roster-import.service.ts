/**
 * `POST /roster/import` (A11.1): a filled roster becomes households and residents in one
 * transaction. Modes: `all-or-nothing` writes nothing when any row has a problem; `valid-only`
 * writes every household whose rows are all valid (a household with one bad row is rejected
 * whole). The answer is always 200 with the report; `committed` says whether anything was written.
 * Reports and audit rows carry masks only, never an ID number or phone.
 */
import { DomainError } from '@gridwork/core';
import { shanghaiDate } from '@gridwork/core/calendar';
import type { Kysely, Transaction } from 'kysely';
import type { AppContext } from '../../context';
import type { DB } from '../../db/schema';
import { runIdempotent, type IdempotencyKey } from '../../plugins/idempotency';
import type { AuditEntry } from '../audit/audit.repository';
import { parsePath, type SessionUser } from '../auth/sessions.repository';
import { actorFor } from '../households/households.access';
import { isDuplicateIdNumberClash } from '../households/resident-input';
import { listTags } from '../households/residents.repository';
import { auditValues } from '../households/residents.service';
import { listRegionsInScope } from '../regions/regions.repository';
import type { RosterProblem } from './roster-cells';
import { checkRoster, idNumberHashes, markDuplicates, type PlannedHousehold, type RosterCheck } from './roster-check';
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
  rejected: RosterProblem[];
  warnings: RosterProblem[];
}

/** Valid households, and in valid-only mode a `household-rejected` entry for the good rows of a bad household. */
function settle(check: RosterCheck, mode: ImportMode): PlannedHousehold[] {
  const bad = (h: PlannedHousehold) => h.rows.some((row) => check.problems.has(row));
  const valid = check.households.filter((h) => !bad(h) && h.grid !== null);
  if (mode === 'all-or-nothing') return check.problems.items.length > 0 ? [] : valid;
  for (const h of check.households.filter(bad)) {
    const badRows = h.rows.filter((row) => check.problems.has(row));
    for (const row of h.rows.filter((r) => !check.problems.has(r))) {
      check.problems.add(row, 'householdKey', 'household-rejected', `not imported: row ${badRows.join(', ')} of the same household has problems`);
    }
  }
  return valid;
}

/** The household.create / resident.create rows the one-record paths write, plus the import's own row. */
function auditRows(actor: SessionUser, households: PlannedHousehold[], ids: { households: number[]; residents: number[][] }, joinedOn: string, requestId: string): AuditEntry[] {
  return households.flatMap((h, i) => {
    const grid = h.grid!;
    const after = { topRegionId: grid.topRegionId, gridId: grid.id, gridPath: grid.path, address: h.address, compoundId: h.compoundId, buildingId: h.buildingId, housing: h.housing, landlord: h.landlord, source: 'roster-import' };
    const base = { actorId: actor.id, regionId: grid.id, topRegionId: grid.topRegionId, requestId };
    return [
      { ...base, action: 'household.create', entity: 'household', entityId: ids.households[i], after },
      ...h.residents.map((r, j) => ({
        ...base, action: 'resident.create', entity: 'resident', entityId: ids.residents[i][j],
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

async function write(trx: Transaction<DB>, actor: SessionUser, households: PlannedHousehold[], meta: repo.BatchMeta, summary: Record<string, unknown>, requestId: string): Promise<void> {
  const tops = new Set(households.map((h) => h.grid!.topRegionId));
  const householdIds = await repo.allocateIds(trx, 'households', households.length);
  const residentIds = await repo.allocateIds(trx, 'residents', households.reduce((n, h) => n + h.residents.length, 0));
  let next = 0;
  const ids = { households: householdIds, residents: households.map((h) => h.residents.map(() => residentIds[next++])) };
  await repo.insertHouseholds(trx, households.map((h, i) => ({
    topRegionId: h.grid!.topRegionId, id: householdIds[i], gridId: h.grid!.id, gridPath: h.grid!.path, address: h.address,
    compoundId: h.compoundId, buildingId: h.buildingId, housing: h.housing, landlord: h.landlord,
  })), meta);
  await repo.insertResidents(trx, households.flatMap((h, i) => h.residents.map((r, j) => ({
    topRegionId: h.grid!.topRegionId, id: ids.residents[i][j], householdId: householdIds[i], values: r.values, relation: r.relation,
  }))), meta);
  await repo.insertAudits(trx, [
    { actorId: actor.id, action: 'roster.import', entity: 'roster', entityId: null, regionId: commonRegion(households), topRegionId: tops.size === 1 ? [...tops][0] : 0, after: summary, requestId },
    ...auditRows(actor, households, ids, meta.joinedOn, requestId),
  ]);
}

/** Checks the rows against the database as seen through `db` and reports; `valid` are the households to write. */
async function evaluate(ctx: AppContext, db: Db, actor: SessionUser, rows: RawRow[], opts: ImportOptions) {
  const [regions, tags] = await Promise.all([listRegionsInScope(db, actor), listTags(db, true)]);
  const check = checkRoster(rows, { actor, today: shanghaiDate(ctx.clock()), sealed: ctx.sealed, regions, tags });
  markDuplicates(check, await repo.unsafeTakenIdNumberHashes(db, idNumberHashes(check)));
  const valid = settle(check, opts.mode);
  const created = { households: valid.length, residents: valid.reduce((n, h) => n + h.residents.length, 0) };
  const report: ImportReport = {
    mode: opts.mode,
    dryRun: opts.dryRun,
    committed: !opts.dryRun && created.households > 0,
    rows: rows.length,
    households: { created: created.households, rejected: check.households.length - created.households },
    residents: { created: created.residents, rejected: rows.length - created.residents },
    rejected: [...check.problems.items].sort((a, b) => a.row - b.row),
    warnings: check.warnings,
  };
  return { report, valid };
}

/**
 * A dry run only reads. An import checks and writes in one transaction (the duplicate check sees
 * what it writes against), honouring an Idempotency-Key: a retried upload returns the first report.
 */
export async function importRoster(
  ctx: AppContext, actor: SessionUser, file: Buffer, opts: ImportOptions, key: IdempotencyKey | null, requestId: string,
): Promise<ImportReport> {
  const rows = await readRoster(file);
  if (actorFor(actor, 'household.edit').roles.length === 0) throw new DomainError('FORBIDDEN', 'your role may not register households');
  if (opts.dryRun) return (await evaluate(ctx, ctx.db, actor, rows, opts)).report;
  const now = ctx.clock();
  try {
    const res = await runIdempotent(ctx.db, key, now, async (trx) => {
      const { report, valid } = await evaluate(ctx, trx, actor, rows, opts);
      if (report.committed) {
        const summary = { mode: opts.mode, rows: rows.length, households: report.households, residents: report.residents, problems: report.rejected.length };
        await write(trx, actor, valid, { by: actor.id, now, joinedOn: shanghaiDate(now) }, summary, requestId);
      }
      return { status: 200, body: report };
    });
    return res.body as ImportReport;
  } catch (e) {
    if (isDuplicateIdNumberClash(e)) throw new DomainError('ALREADY_EXISTS', 'an ID number of the roster was registered by someone else meanwhile: import again to see which row');
    throw e;
  }
}
