import { Open311Error } from './open311-format';

/**
 * Reading GeoReport v2 parameters. POST bodies come form-encoded (the spec) or as JSON; both are
 * flattened to strings here, so one validator serves both. Problems are collected and returned
 * together (the spec's error response is a list).
 */
export type Params = Record<string, string>;

/** Flat string parameters from a parsed query/body: arrays join with commas (`many`) or keep their first value. */
export function paramsOf(raw: unknown, many: boolean): Params {
  const out: Params = {};
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return out;
  for (const [k, v] of Object.entries(raw as Record<string, unknown>)) {
    if (Array.isArray(v)) {
      const scalars = v.filter((x) => typeof x === 'string' || typeof x === 'number').map(String);
      if (scalars.length) out[k] = many ? scalars.join(',') : scalars[0];
    } else if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') out[k] = String(v);
  }
  return out;
}

/** application/x-www-form-urlencoded → params (the first of repeated keys; `attribute[...]` kept as named). */
export function parseForm(body: string): Params {
  const out: Params = {};
  for (const [k, v] of new URLSearchParams(body)) if (!(k in out)) out[k] = v;
  return out;
}

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const PHONE = /^[0-9+\- ]{5,20}$/;
const CODE = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

function text(p: Params, name: string): string | null {
  const v = p[name]?.trim();
  return v ? v : null;
}

export interface NewRequestInput {
  serviceCode: string;
  lat: number;
  lng: number;
  addressString: string | null;
  description: string | null;
  reporterName: string | null;
  phone: string | null;
  mediaUrl: string | null;
}

/** Chinese names are family name first without a space; others "first last". */
function fullName(first: string | null, last: string | null): string | null {
  if (first && last) return CJK.test(first + last) ? `${last}${first}` : `${first} ${last}`;
  return first ?? last;
}

function coordinate(raw: string | null, name: string, limit: number, problems: string[]): number | null {
  if (raw === null) return null;
  const n = NUMBER.test(raw) ? Number(raw) : NaN;
  if (!Number.isFinite(n) || Math.abs(n) > limit) {
    problems.push(`${name} must be a WGS-84 decimal degree between -${limit} and ${limit}`);
    return null;
  }
  return n;
}

function mediaUrlOf(raw: string | null, problems: string[]): string | null {
  if (raw === null) return null;
  let ok = raw.length <= 2000;
  try {
    ok &&= ['http:', 'https:'].includes(new URL(raw).protocol);
  } catch {
    ok = false;
  }
  if (!ok) problems.push('media_url must be an http or https URL of at most 2000 characters');
  return ok ? raw : null;
}

/** POST requests: everything but api_key (checked first, as a 403). Throws a 400 listing every problem. */
export function parseNewRequest(p: Params): NewRequestInput {
  const problems: string[] = [];
  const serviceCode = text(p, 'service_code');
  if (!serviceCode) problems.push('service_code is required');
  const rawLat = text(p, 'lat');
  const rawLng = text(p, 'long');
  const lat = coordinate(rawLat, 'lat', 90, problems);
  const lng = coordinate(rawLng, 'long', 180, problems);
  if ((rawLat === null) !== (rawLng === null)) problems.push('lat and long must be sent together');
  else if (rawLat === null) {
    problems.push(
      text(p, 'address_string') || text(p, 'address_id')
        ? 'lat and long are required: requests are placed in their grid by coordinates, address_string or address_id alone cannot be ' +
            'located'
        : 'a location is required: lat and long (WGS-84)',
    );
  }
  const description = text(p, 'description');
  if (description && description.length > 4000) problems.push('description is limited to 4,000 characters');
  const addressString = text(p, 'address_string');
  if (addressString && addressString.length > 500) problems.push('address_string is limited to 500 characters');
  const reporterName = fullName(text(p, 'first_name'), text(p, 'last_name'));
  if (reporterName && reporterName.length > 60) problems.push('first_name and last_name together are limited to 60 characters');
  const phone = text(p, 'phone');
  if (phone && !PHONE.test(phone)) problems.push('phone must be 5 to 20 digits, spaces, + or -');
  const mediaUrl = mediaUrlOf(text(p, 'media_url'), problems);
  if (problems.length) throw new Open311Error(400, problems);
  return { serviceCode: serviceCode!, lat: lat!, lng: lng!, addressString, description, reporterName, phone, mediaUrl };
}

export type Open311Status = 'open' | 'closed';

export interface RequestQuery {
  /** Given: overrides every other filter (the spec). */
  ids: number[] | null;
  codes: string[] | null;
  statuses: Open311Status[] | null;
  start: Date;
  end: Date;
}

export const MAX_SPAN_DAYS = 90;
export const MAX_ROWS = 1000;
const DAY_MS = 86_400_000;
const W3_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** A w3 datetime with its zone; a bare date is that day in Asia/Shanghai (its start, or its end for end_date). */
function instant(raw: string | null, name: string, endOfDay: boolean, problems: string[]): Date | null {
  if (raw === null) return null;
  const iso = DATE_ONLY.test(raw) ? `${raw}T${endOfDay ? '23:59:59.999' : '00:00:00.000'}+08:00` : raw;
  const t = W3_INSTANT.test(iso) ? Date.parse(iso) : NaN;
  if (Number.isNaN(t)) {
    problems.push(`${name} must be a w3 datetime with a zone, e.g. 2026-10-01T00:00:00+08:00`);
    return null;
  }
  return new Date(t);
}

function list(raw: string | null): string[] {
  return raw === null
    ? []
    : raw
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
}

/**
 * GET requests: filters, the default window (the last 90 days) and the limits (90 days, 1000 ids).
 * service_request_id overrides every other argument (the spec), so those are then not read at all.
 */
export function parseRequestQuery(p: Params, now: Date): RequestQuery {
  const problems: string[] = [];
  const rawIds = list(text(p, 'service_request_id'));
  const ids = rawIds.map(Number);
  if (rawIds.some((s) => !/^[1-9]\d{0,14}$/.test(s))) problems.push('service_request_id must be a comma-separated list of request ids');
  if (rawIds.length > MAX_ROWS) problems.push(`at most ${MAX_ROWS} service_request_id values per call`);
  if (rawIds.length) {
    if (problems.length) throw new Open311Error(400, problems);
    return { ids, codes: null, statuses: null, start: new Date(0), end: now };
  }
  const codes = list(text(p, 'service_code'));
  if (codes.some((c) => !CODE.test(c))) problems.push('service_code must be a comma-separated list of service codes');
  const statuses = list(text(p, 'status'));
  if (statuses.some((s) => s !== 'open' && s !== 'closed')) problems.push('status must be open, closed or both (comma-separated)');
  let start = instant(text(p, 'start_date'), 'start_date', false, problems);
  let end = instant(text(p, 'end_date'), 'end_date', true, problems);
  if (!problems.length) {
    if (!start && !end) end = now;
    if (!start) start = new Date(end!.getTime() - MAX_SPAN_DAYS * DAY_MS);
    if (!end) end = new Date(start.getTime() + MAX_SPAN_DAYS * DAY_MS);
    if (end.getTime() < start.getTime()) problems.push('end_date must not be before start_date');
    else if (end.getTime() - start.getTime() > MAX_SPAN_DAYS * DAY_MS)
      problems.push(`start_date to end_date may span at most ${MAX_SPAN_DAYS} days`);
  }
  if (problems.length) throw new Open311Error(400, problems);
  return {
    ids: null,
    codes: codes.length ? codes : null,
    statuses: statuses.length ? ([...new Set(statuses)] as Open311Status[]) : null,
    start: start!,
    end: end!,
  };
}
