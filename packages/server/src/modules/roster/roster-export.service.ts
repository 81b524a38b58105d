/**
 * The roster template and the exports (A11.1; C3, D10: exports stay masked, each one audited).
 * The roster export uses the template's layout, so an edited export can be imported again; its
 * masked ID numbers and phones are ignored there (a warning per cell), never registered.
 */
import { actorWith, DomainError } from '@gridwork/core';
import { shanghaiDate } from '@gridwork/core/calendar';
import { VISIT_CLASS_LABELS } from '@gridwork/core/households';
import type { AppContext } from '../../context';
import { listWorkbook } from '../../lib/xlsx';
import { writeAudit } from '../audit/audit.repository';
import type { SessionUser } from '../auth/sessions.repository';
import * as households from '../households/households.repository';
import type { HouseholdsQuery } from '../households/households.schemas';
import { searchFilter } from '../households/households.service';
import { visitClassOf } from '../households/household-view';
import { listCurrentResidents, listTags, type ResidentRow } from '../households/residents.repository';
import { getRegionInScope, listRegionsInScope } from '../regions/regions.repository';
import { HOUSING_LABELS, relationLabel, SEX_LABELS } from './roster-columns';
import { rosterWorkbook, type RosterCells } from './roster-workbook';
import * as repo from './roster.repository';

export const EXPORT_MAX_ROWS = 50_000;

const labelOf = <T extends string>(pairs: ReadonlyArray<readonly [T, string]>, code: string) =>
  pairs.find(([c]) => c === code)?.[1] ?? code;

async function tagLabels(ctx: AppContext): Promise<Map<string, string>> {
  return new Map((await listTags(ctx.db)).map((t) => [t.code, t.labelZh]));
}

/** The empty roster: drop-downs list the grids where the caller may register and the active tags. */
export async function rosterTemplate(ctx: AppContext, actor: SessionUser): Promise<Buffer> {
  const [grids, tags] = await Promise.all([
    listRegionsInScope(ctx.db, actorWith(actor, 'household.edit'), { type: 'grid' }),
    listTags(ctx.db, true),
  ]);
  return rosterWorkbook({
    grids: grids.map((g) => ({ code: g.code, name: g.name })),
    tags: tags.map((t) => ({ code: t.code, labelZh: t.labelZh })),
  });
}

/** The readers' actor (roles that may read households) or 403; a region outside the scope is 404 first. */
async function readersIn(ctx: AppContext, actor: SessionUser, regionId: number | undefined) {
  const region = regionId === undefined ? null : await getRegionInScope(ctx.db, actor, regionId);
  const readers = actorWith(actor, 'household.read');
  if (readers.roles.length === 0) throw new DomainError('FORBIDDEN', 'your role may not read household records');
  return { region, readers };
}

function tooLarge(): DomainError {
  return new DomainError('EXPORT_TOO_LARGE', `an export holds at most ${EXPORT_MAX_ROWS} rows: choose a smaller region or filter`, {
    maxRows: EXPORT_MAX_ROWS,
  });
}

async function auditExport(
  ctx: AppContext,
  actor: SessionUser,
  action: 'roster.export' | 'household.export',
  regionId: number | null,
  after: Record<string, unknown>,
  requestId: string,
) {
  const region = regionId ?? actor.roles[0]?.regionId ?? null;
  const top = regionId === null ? null : (await getRegionInScope(ctx.db, actor, regionId)).topRegionId;
  await writeAudit(ctx.db, {
    actorId: actor.id,
    action,
    entity: 'roster',
    entityId: null,
    regionId: region,
    topRegionId: top ?? 0,
    after: { ...after, masked: true },
    requestId,
  });
}

/** `GET /roster/export`: current residents of the region (default: the whole scope) in the template's layout. */
export async function exportRoster(ctx: AppContext, actor: SessionUser, regionId: number | undefined, requestId: string): Promise<Buffer> {
  const { region, readers } = await readersIn(ctx, actor, regionId);
  const rows = await repo.listRosterRows(ctx.db, readers, region?.path ?? null, EXPORT_MAX_ROWS + 1);
  if (rows.length > EXPORT_MAX_ROWS) throw tooLarge();
  const tags = await tagLabels(ctx);
  const cells: RosterCells[] = rows.map((r) => ({
    householdKey: `H${r.householdId}`,
    gridCode: r.gridCode,
    address: r.address,
    compound: r.compound,
    building: r.building,
    housing: labelOf(HOUSING_LABELS, r.housing),
    landlord: r.landlord,
    name: r.name,
    sex: labelOf(SEX_LABELS, r.sex),
    birthDate: r.birthDate,
    idNumber: r.idNumberMask,
    phone: r.phoneMask,
    relation: relationLabel(r.relation),
    tags: r.tags.map((t) => tags.get(t) ?? t).join('、'),
    economicSituation: r.economicSituation,
    skills: r.skills,
    views: r.views,
    socialRelations: r.socialRelations,
    notes: r.notes,
  }));
  const [grids, active] = await Promise.all([
    listRegionsInScope(ctx.db, actorWith(actor, 'household.edit'), { type: 'grid' }),
    listTags(ctx.db, true),
  ]);
  const file = await rosterWorkbook(
    { grids: grids.map((g) => ({ code: g.code, name: g.name })), tags: active.map((t) => ({ code: t.code, labelZh: t.labelZh })) },
    cells,
  );
  await auditExport(
    ctx,
    actor,
    'roster.export',
    region?.id ?? null,
    { kind: 'residents', regionId: region?.id ?? null, rows: rows.length },
    requestId,
  );
  return file;
}

const HOUSEHOLD_COLUMNS: Array<[string, number]> = [
  ['户编号', 10],
  ['网格编码', 18],
  ['网格名称', 18],
  ['地址', 30],
  ['小区', 14],
  ['楼栋', 12],
  ['住房', 8],
  ['房东', 12],
  ['现有成员数', 10],
  ['成员', 30],
  ['走访类别', 10],
  ['登记时间', 12],
];

/** `GET /households/export?format=xlsx`: the households list (same filters as GET /households), masked, one row per household. */
export async function exportHouseholds(
  ctx: AppContext,
  actor: SessionUser,
  query: Omit<HouseholdsQuery, 'limit' | 'offset'>,
  requestId: string,
): Promise<Buffer> {
  const { readers } = await readersIn(ctx, actor, query.gridId);
  const filter = {
    gridId: query.gridId,
    ...(await searchFilter(ctx, actor, query.q, query.gridId, requestId)),
    sort: query.sort ?? 'id',
    limit: EXPORT_MAX_ROWS + 1,
    offset: 0,
  };
  const { rows } = await households.listHouseholds(ctx.db, readers, filter);
  if (rows.length > EXPORT_MAX_ROWS) throw tooLarge();
  const members: ResidentRow[] = [];
  for (let i = 0; i < rows.length; i += 500) members.push(...(await listCurrentResidents(ctx.db, rows.slice(i, i + 500))));
  const byHousehold = new Map<string, ResidentRow[]>();
  for (const m of members) {
    const key = `${m.topRegionId}:${m.householdId}`;
    const list = byHousehold.get(key);
    if (list) list.push(m);
    else byHousehold.set(key, [m]);
  }
  const places = await repo.regionNames(
    ctx.db,
    rows.flatMap((h) => [h.compoundId, h.buildingId].filter((id): id is number => id !== null)),
  );
  const today = shanghaiDate(ctx.clock());
  const file = await listWorkbook(
    '户列表',
    HOUSEHOLD_COLUMNS,
    rows.map((h) => {
      const current = byHousehold.get(`${h.topRegionId}:${h.id}`) ?? [];
      return [
        `H${h.id}`,
        h.gridCode,
        h.gridName,
        h.address,
        h.compoundId ? (places.get(h.compoundId) ?? '') : '',
        h.buildingId ? (places.get(h.buildingId) ?? '') : '',
        labelOf(HOUSING_LABELS, h.housing),
        h.landlord ?? '',
        current.length,
        current.map((m) => m.name).join('、'),
        VISIT_CLASS_LABELS[visitClassOf(current, h, today).visitClass].zh, // as the profile names it
        shanghaiDate(h.createdAt),
      ];
    }),
  );
  const scopeId = query.gridId ?? null;
  await auditExport(
    ctx,
    actor,
    'household.export',
    scopeId,
    { kind: 'households', filters: { gridId: query.gridId ?? null, q: query.q ? 'set' : null, sort: filter.sort }, rows: rows.length },
    requestId,
  );
  return file;
}
