import { FINISHED_STATUSES, type CaseStatus } from '@gridwork/core/cases';
import { caseClassesOf, timeLimitOf, type PolicyValues } from '@gridwork/core/policy';
import type { AppContext } from '../../context';
import { isoShanghai } from '../../lib/time';
import type { IdempotencyKey } from '../../plugins/idempotency';
import { policyInForceAt, policyOfVersion } from '../cases/case-policy';
import type { CreateCaseBody } from '../cases/cases.schemas';
import { createCase } from '../cases/cases.service';
import { unsafeFindRegionById } from '../regions/regions.repository';
import { authenticateClient, intakeActorOf } from './open311-clients.service';
import type { ClientRow } from './open311-clients.repository';
import { Open311Error } from './open311-format';
import { MAX_ROWS, parseNewRequest, parseRequestQuery, type NewRequestInput, type Params } from './open311-input';
import { loadPublicationRules } from './open311-publication';
import { getService } from './open311-services';
import * as repo from './open311.repository';

/**
 * GeoReport v2 requests over cases (issue 3, item 9).
 * - POST files a case through the cases service's own intake (`createCase`): source `open311`,
 *   category = service_code, the policy's `general` class (else its shortest limit), located by
 *   lat/long into a grid that must lie in the api_key's region, acting as the client's system user.
 * - GET is public and shows only what the policy publishes (C3, D10, D11: open311-publication.ts),
 *   with a key only in the key's region. A case not published is not found. Only the spec's fields
 *   are returned, never anything about the reporter; `status_notes` is the reviewed public note
 *   (cases/public-note.ts), never timeline text (so no agency either: the handling unit is typed by
 *   staff). Any other published case (a flagged category, or source open311 entered by staff) shows
 *   nothing anyone typed: its category instead of its text, the grid as address, and its location
 *   to about 100 m.
 */
export interface Open311Request {
  service_request_id: number;
  status: 'open' | 'closed';
  status_notes: string | null;
  service_name: string;
  service_code: string;
  description: string;
  agency_responsible: string | null;
  service_notice: string | null;
  requested_datetime: string;
  updated_datetime: string;
  expected_datetime: string;
  address: string | null;
  address_id: string | null;
  zipcode: string | null;
  lat: number | null;
  long: number | null;
  media_url: string | null;
}

/** The class an Open311 intake gets: `general` when the policy has it, else the class with the shortest limit. */
export function intakeClassOf(values: PolicyValues): string {
  const classes = caseClassesOf(values);
  if (classes.includes('general')) return 'general';
  return classes.reduce((best, c) => (timeLimitOf(values, c).value < timeLimitOf(values, best).value ? c : best));
}

function serviceNoticeOf(values: PolicyValues, caseClass: string, deadline: Date): string | null {
  const cls = values.caseClasses[caseClass];
  if (!cls) return null;
  const unit = cls.limit.unit === 'working-days' ? '个工作日' : '日';
  return `按「${cls.label.zh}」时限（${cls.limit.value}${unit}）办理，预计 ${isoShanghai(deadline).slice(0, 10)} 前答复办理结果。`;
}

function titleOf(serviceName: string, input: NewRequestInput): string {
  const firstLine = input.description?.split(/\r?\n/)[0].trim();
  const what = input.addressString ?? firstLine;
  return what ? `${serviceName}：${what}`.slice(0, 200) : `${serviceName}（Open311）`;
}

export async function createRequest(ctx: AppContext, p: Params, idempotency: (userId: number) => IdempotencyKey | null, requestId: string) {
  const client = await authenticateClient(ctx, p.api_key?.trim(), 'proceed with create_request');
  const input = parseNewRequest(p);
  const service = await getService(ctx, input.serviceCode);
  const hit = ctx.grids.locate(input.lng, input.lat);
  if (!hit) throw new Open311Error(400, 'the location (lat, long) lies in no grid of this jurisdiction');
  const grid = await unsafeFindRegionById(ctx.db, hit.id);
  if (!grid?.path.startsWith(client.regionPath)) {
    throw new Open311Error(400, `the location (lat, long) lies outside the area this api_key may file into (${client.regionName})`);
  }
  const policy = await policyInForceAt(ctx, grid.path);
  const body: CreateCaseBody = {
    title: titleOf(service.service_name, input),
    description: input.description ?? service.service_name,
    category: service.service_code,
    caseClass: intakeClassOf(policy.values),
    source: 'open311',
    gridId: grid.id,
    location: { lat: input.lat, lng: input.lng },
    address: input.addressString ?? undefined,
    // Open311 reporters are plain: never confidential; without name and phone there is no reporter.
    reporter:
      input.reporterName || input.phone
        ? { name: input.reporterName ?? undefined, phone: input.phone ?? undefined, anonymous: false, confidential: false }
        : undefined,
  };
  const res = await createCase(ctx, intakeActorOf(client), body, idempotency(client.actingUserId), requestId);
  const created = res.body as { id: number; caseClass: string; deadline: string; policyVersion: number };
  await repo.insertOpen311Request(ctx.db, {
    topRegionId: grid.topRegionId ?? grid.id,
    caseId: created.id,
    clientId: client.id,
    addressString: input.addressString,
    mediaUrl: input.mediaUrl,
  });
  const values = await policyOfVersion(ctx, created.policyVersion);
  const notice = serviceNoticeOf(values, created.caseClass, new Date(created.deadline));
  return [{ service_request_id: created.id, service_notice: notice ? `已受理，${notice}` : '已受理。', account_id: null }];
}

/** Reads take an optional api_key: given, it must be valid, and narrows the reads to its region. */
async function readerOf(ctx: AppContext, p: Params): Promise<ClientRow | null> {
  const key = p.api_key?.trim();
  return key ? authenticateClient(ctx, key, 'proceed with this query') : null;
}

/** About 100 m: a case not filed through Open311 is often at a resident's home. */
const coarse = (degrees: number | null) => (degrees === null ? null : Math.round(degrees * 1000) / 1000);

const later = (a: Date, b: Date | undefined) => (b && b > a ? b : a);

async function present(ctx: AppContext, rows: repo.RequestRow[]): Promise<Open311Request[]> {
  const [notes, changes] = await Promise.all([repo.latestPublicNotes(ctx.db, rows), repo.lastChanges(ctx.db, rows)]);
  const out: Open311Request[] = [];
  for (const r of rows) {
    const values = await policyOfVersion(ctx, r.policy_version);
    const note = notes.get(r.id);
    out.push({
      service_request_id: r.id,
      status: FINISHED_STATUSES.includes(r.status as CaseStatus) ? 'closed' : 'open',
      status_notes: note?.text ?? null,
      service_name: r.service_name ?? r.category,
      service_code: r.category,
      // the filer's own words (filed through this API); any other case: its category only (its text may name residents)
      description: r.filed ? r.description : (r.service_name ?? r.category),
      agency_responsible: null, // the handling unit is staff's text (assign/transfer): only the reviewed note speaks
      service_notice: serviceNoticeOf(values, r.case_class, r.deadline),
      requested_datetime: isoShanghai(r.received_at),
      updated_datetime: isoShanghai(later(changes.get(r.id) ?? r.updated_at, note?.at)),
      expected_datetime: isoShanghai(r.deadline),
      address: r.address_string ?? r.grid_name,
      address_id: null,
      zipcode: null,
      lat: r.filed ? r.lat : coarse(r.lat),
      long: r.filed ? r.lng : coarse(r.lng),
      media_url: r.media_url,
    });
  }
  return out;
}

export async function listRequests(ctx: AppContext, p: Params): Promise<Open311Request[]> {
  const client = await readerOf(ctx, p);
  const q = parseRequestQuery(p, ctx.clock());
  const rows = await repo.listRequests(ctx.db, {
    ...q,
    regionPath: client?.regionPath ?? null,
    topRegionId: client?.topRegionId ?? null,
    rules: await loadPublicationRules(ctx.db),
    limit: MAX_ROWS,
  });
  return present(ctx, rows);
}

function idOf(raw: string, what: string): number {
  if (!/^[1-9]\d{0,14}$/.test(raw)) throw new Open311Error(404, `${what} ${raw} was not found`);
  return Number(raw);
}

export async function getRequest(ctx: AppContext, rawId: string, p: Params): Promise<Open311Request[]> {
  const client = await readerOf(ctx, p);
  const row = await repo.findRequest(ctx.db, idOf(rawId, 'service_request_id'), {
    regionPath: client?.regionPath ?? null,
    topRegionId: client?.topRegionId ?? null,
    rules: await loadPublicationRules(ctx.db),
  });
  if (!row) throw new Open311Error(404, `service_request_id ${rawId} was not found`);
  return present(ctx, [row]);
}

/** Requests are created at once (type realtime), so a token is just the request id of a case filed here. */
export async function getToken(ctx: AppContext, token: string): Promise<Array<{ service_request_id: number; token: string }>> {
  const found = await repo.findFiledCase(ctx.db, idOf(token, 'token'));
  if (!found) throw new Open311Error(404, `token ${token} was not found`);
  return [{ service_request_id: found.case_id, token }];
}
