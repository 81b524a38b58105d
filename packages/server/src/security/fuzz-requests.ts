/**
 * Malformed requests for one operation of /openapi.json (not a test file itself): a plausible valid
 * request (real ids in the caller's scope, example values from the schemas) with one to three
 * schema-aware mutations of its body, query string, path or headers.
 */
import fc from 'fast-check';
import {
  EXTRA_KEYS,
  KEY_NUMBERS,
  KEY_STRINGS,
  NASTY_JSON,
  NASTY_NUMBERS,
  NASTY_STRINGS,
  NASTY_TEXT,
  PATTERN_PROBES,
  RAW_ENCODED,
  Raw,
  edgesOf,
  exampleOf,
  typesOf,
  type IdsByName,
  type JsonSchema,
} from './fuzz-values';
import { clone, encodeText, toJson } from './fuzz-json';

export interface FuzzOperation {
  method: string;
  /** The OpenAPI path, `{name}` for path parameters. */
  path: string;
  query: Array<{ name: string; schema: JsonSchema; required: boolean }>;
  /** The application/json body schema, if the operation declares one. */
  body: JsonSchema | null;
}

/** What the world gives an operation: path values in the caller's scope, ids by field name, and bodies of routes without a JSON schema. */
export interface FuzzTarget {
  pathValues: Record<string, string>;
  ids: IdsByName;
  /** A valid JSON body (GeoJSON, Open311 parameters) for routes whose body has no schema. */
  jsonTemplate?: unknown;
  /** Valid raw bodies (an image, a workbook) for upload routes. */
  rawTemplates?: Array<{ contentType: string; payload: Buffer }>;
}

export interface FuzzRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  payload?: string | Buffer;
  /** What was done to the request, for failure reports. */
  label: string;
  /** True when a path parameter no longer holds the record's id. */
  pathMutated: boolean;
}

interface Draft {
  path: Record<string, string>;
  query: string[];
  body: unknown;
  payload?: string | Buffer;
  headers: Record<string, string>;
  pathMutated: boolean;
}

interface Mutation {
  label: string;
  apply(d: Draft): void;
}

type Path = Array<string | number>;
interface Slot {
  path: Path;
  schema: JsonSchema | null;
  /** The example's value there (undefined: an optional property the example leaves out). */
  value: unknown;
  /** A property the parent's schema requires. */
  required: boolean;
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const HAS_BODY = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const short = (v: unknown) => JSON.stringify(v instanceof Raw ? v.text : v)?.slice(0, 60) ?? 'undefined';

function objectOption(schema: JsonSchema | null): JsonSchema | null {
  const options = schema?.anyOf ?? schema?.oneOf;
  return options?.find((o) => typesOf(o).includes('object')) ?? schema;
}

/** Every place in the example body a mutation can aim at, with its schema (also optional properties not in the example). */
function slotsOf(value: unknown, schema: JsonSchema | null, path: Path = [], required = false): Slot[] {
  const slots: Slot[] = [{ path, schema, value, required }];
  const s = objectOption(schema);
  if (Array.isArray(value))
    value.forEach((v, i) => slots.push(...slotsOf(v, s && !Array.isArray(s.items) ? (s.items ?? null) : null, [...path, i])));
  else if (value !== null && typeof value === 'object') {
    const keys = new Set([...Object.keys(value), ...Object.keys(s?.properties ?? {})]);
    for (const k of keys)
      slots.push(
        ...slotsOf((value as Record<string, unknown>)[k], s?.properties?.[k] ?? null, [...path, k], s?.required?.includes(k) ?? false),
      );
  }
  return slots;
}

function setAt(d: Draft, path: Path, v: unknown, remove = false): void {
  if (path.length === 0) {
    d.body = v;
    return;
  }
  let node = d.body as Record<string | number, unknown> | null;
  for (const key of path.slice(0, -1)) {
    if (node === null || typeof node !== 'object' || node instanceof Raw) return;
    node = node[key] as Record<string | number, unknown> | null;
  }
  if (node === null || typeof node !== 'object' || node instanceof Raw) return;
  const last = path[path.length - 1];
  if (remove) delete node[last];
  else node[last] = v;
}

/**
 * Values aimed at a field of this schema: its own type's malformed values first, then values at its edges (valid), any other type
 * sometimes.
 */
function valuesFor(schema: JsonSchema | null): fc.Arbitrary<unknown> {
  const types = new Set([...typesOf(schema ?? {}), ...(schema?.anyOf ?? schema?.oneOf ?? []).flatMap((o) => typesOf(o))]);
  const raw = (list: readonly string[]) => fc.constantFrom(...list).map((t) => new Raw(t));
  const own: Array<fc.Arbitrary<unknown>> = [];
  if (types.has('integer') || types.has('number')) own.push(raw(KEY_NUMBERS), raw(NASTY_NUMBERS));
  if (types.has('string')) {
    const re = schema?.pattern ? new RegExp(schema.pattern, 'u') : null;
    const probes = PATTERN_PROBES.filter((p) => !re || re.test(p));
    own.push(
      fc.constantFrom(...KEY_STRINGS),
      fc.constantFrom(...KEY_STRINGS),
      fc.constantFrom(...NASTY_STRINGS),
      fc.string({ unit: 'binary', maxLength: 12 }),
    );
    if (probes.length) own.push(fc.constantFrom(...probes));
    const min = Math.max(schema?.minLength ?? 1, 1);
    own.push(fc.constantFrom(' '.repeat(min), '\u3000'.repeat(min), 'y'.repeat((schema?.maxLength ?? 300) + 1)));
  }
  if (types.has('boolean')) own.push(raw(['"true"', '1', '0', '"false"']));
  if (types.has('array') || types.has('object')) own.push(raw(NASTY_JSON));
  const any = fc.oneof(raw(NASTY_NUMBERS), fc.constantFrom(...NASTY_STRINGS), raw(NASTY_JSON));
  const edges = edgesOf(schema);
  const options: Array<fc.WeightedArbitrary<unknown>> = [{ weight: 1, arbitrary: any }];
  if (own.length) options.push({ weight: 4, arbitrary: fc.oneof(...own) });
  if (edges.length) options.push({ weight: 2, arbitrary: fc.constantFrom(...edges) });
  return fc.oneof(...options);
}

function bodyMutations(slots: Slot[]): fc.Arbitrary<Mutation> {
  const slot = fc.constantFrom(...slots);
  const set = slot.chain((s) =>
    valuesFor(s.schema).map((v) => ({ label: `body${pathText(s.path)} = ${short(v)}`, apply: (d: Draft) => setAt(d, s.path, v) })),
  );
  const objects = slots.filter(
    (s) => s.value !== null && typeof s.value === 'object' && !Array.isArray(s.value) && !(s.value instanceof Raw),
  );
  const required = slots.filter((s) => s.required);
  const drop = fc
    .constantFrom(...(required.length ? required : slots))
    .map((s) => ({ label: `drop body${pathText(s.path)}`, apply: (d: Draft) => setAt(d, s.path, undefined, true) }));
  const add = fc.tuple(fc.constantFrom(...objects), fc.constantFrom(...EXTRA_KEYS), valuesFor(null)).map(([s, key, v]) => ({
    label: `add body${pathText([...s.path, key])} = ${short(v)}`,
    apply: (d: Draft) => setAt(d, [...s.path, key], v),
  }));
  const options = [set, set, set, ...(objects.length ? [add] : []), ...(slots.length > 1 ? [drop] : [])];
  return fc.oneof(...options);
}

function pathText(path: Path): string {
  return path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${JSON.stringify(p).slice(1, -1).slice(0, 40)}`)).join('');
}

const RAW_BODIES: ReadonlyArray<[string | Buffer, string]> = [
  ['', 'application/json'],
  ['{', 'application/json'],
  ['{"a":1', 'application/json'],
  ['nul', 'application/json'],
  ['\u0000', 'application/json'],
  ['{"a":1}{"b":2}', 'application/json'],
  ['\ufeff{}', 'application/json'],
  ['null', 'application/json'],
  ['1e309', 'application/json'],
  ['"x"', 'application/json'],
  ['[]', 'application/json'],
  ['{"__proto__":{"x":1}}', 'application/json'],
  ['{"constructor":{"prototype":{"x":1}}}', 'application/json'],
  ['['.repeat(200_000) + ']'.repeat(200_000), 'application/json'],
  ['{}', 'text/plain'],
  ['<a/>', 'application/xml'],
  ['a=1&b=%00', 'application/x-www-form-urlencoded'],
  ['--x\r\n\r\n--x--', 'multipart/form-data; boundary=x'],
  ['{}', 'application/json; charset=utf-16'],
  ['{}', 'application/json; charset=latin1'],
  ['{"type":"FeatureCollection","features":[{}]}', 'application/geo+json'],
  [Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xed, 0xa0, 0x80, 0xff, 0x22, 0x7d]), 'application/json'],
  [Buffer.from('PK\u0003\u0004 not a workbook'), XLSX],
  [Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]), 'image/png'],
  [Buffer.alloc(64, 0xff), 'application/octet-stream'],
];

function wholeBodies(target: FuzzTarget): fc.Arbitrary<Mutation> {
  const raws = [
    ...RAW_BODIES,
    ...(target.rawTemplates ?? []).flatMap((t) => [
      [t.payload.subarray(0, t.payload.length >> 1), t.contentType] as [Buffer, string],
      [t.payload, 'application/json'] as [Buffer, string],
    ]),
  ];
  const raw = fc.constantFrom(...raws).map(([payload, type]) => ({
    label: `body ${type}: ${short(payload.toString().slice(0, 40))}`,
    apply: (d: Draft) => {
      d.payload = payload;
      d.headers['content-type'] = type;
    },
  }));
  const wrongType = fc
    .constantFrom(
      'text/plain',
      'application/xml',
      'application/x-www-form-urlencoded',
      'application/geo+json',
      '',
      'application/json; charset=utf-8; x=y',
    )
    .map((type) => ({
      label: `content-type ${JSON.stringify(type)}`,
      apply: (d: Draft) => {
        d.headers['content-type'] = type;
      },
    }));
  return fc.oneof({ weight: 3, arbitrary: raw }, { weight: 1, arbitrary: wrongType });
}

function queryMutations(op: FuzzOperation): fc.Arbitrary<Mutation> {
  const names = [...op.query.map((q) => q.name), 'extra', '__proto__', 'constructor', 'limit', 'offset'];
  const nasty = fc.oneof(fc.constantFrom(...NASTY_TEXT).map(encodeText), fc.constantFrom(...RAW_ENCODED));
  const queryValueOf = (name: string) => {
    const edges = edgesOf(op.query.find((q) => q.name === name)?.schema ?? null).map((v) => encodeText(String(v)));
    return edges.length ? fc.oneof({ weight: 2, arbitrary: nasty }, { weight: 1, arbitrary: fc.constantFrom(...edges) }) : nasty;
  };
  const named = fc.constantFrom(...names).chain((name) => fc.tuple(fc.constant(name), queryValueOf(name)));
  const set = fc.tuple(named, fc.constantFrom('', '', '[]', '[a]')).map(([[name, v], suffix]) => ({
    label: `query ${name}${suffix}=${v.slice(0, 40)}`,
    apply: (d: Draft) => {
      if (!suffix) d.query = d.query.filter((q) => !q.startsWith(`${encodeText(name)}=`));
      d.query.push(`${encodeText(name)}${encodeURIComponent(suffix)}=${v}`);
    },
  }));
  const junk = fc
    .constantFrom('&&&', '=', '==1', '%', '%00=1', 'a', 'a=1&'.repeat(500), '%ED%A0%80=1')
    .map((q) => ({ label: `query junk ${q.slice(0, 20)}`, apply: (d: Draft) => d.query.push(q) }));
  return fc.oneof({ weight: 5, arbitrary: set }, { weight: 1, arbitrary: junk });
}

function pathMutations(names: string[]): fc.Arbitrary<Mutation> {
  const value = fc.oneof(fc.constantFrom(...NASTY_TEXT).map(encodeText), fc.constantFrom(...RAW_ENCODED, '1%00', '01', '+1', '%201'));
  return fc.tuple(fc.constantFrom(...names), value).map(([name, v]) => ({
    label: `path ${name}=${v.slice(0, 40)}`,
    apply: (d: Draft) => {
      d.path[name] = v;
      d.pathMutated = true;
    },
  }));
}

/** Header values HTTP can carry (visible ASCII and Latin-1): the server must still refuse what it cannot store. */
function headerMutations(): fc.Arbitrary<Mutation> {
  const key = fc.constantFrom('x'.repeat(201), 'x'.repeat(200), ' ', 'é', 'ÿÿ', 'a b', '\t', 'key-1', '%00', 'k'.repeat(5000));
  return fc.oneof(
    key.map((k) => ({
      label: `idempotency-key ${k.slice(0, 20)}(${k.length})`,
      apply: (d: Draft) => void (d.headers['idempotency-key'] = k),
    })),
    fc
      .constantFrom('application/xml', 'text/csv', '*/*;q=x', 'é')
      .map((a) => ({ label: `accept ${a}`, apply: (d: Draft) => void (d.headers.accept = a) })),
    // Signed-in callers send their own token instead; an anonymous caller tries these.
    fc
      .constantFrom('Bearer ', 'Bearer ÿ', 'Basic YTpi', `Bearer ${'x'.repeat(5000)}`, 'bearer x')
      .map((a) => ({ label: `authorization ${a.slice(0, 12)}`, apply: (d: Draft) => void (d.headers.authorization = a) })),
    fc
      .constantFrom('gw_session=%00', 'gw_session=%ED%A0%80', `gw_session=${'x'.repeat(5000)}`, 'gw_session')
      .map((c) => ({ label: `cookie ${c.slice(0, 20)}`, apply: (d: Draft) => void (d.headers.cookie = c) })),
  );
}

function baseDraft(op: FuzzOperation, target: FuzzTarget, optional: string[]): Draft {
  const query = op.query
    .filter((q) => q.required || optional.includes(q.name))
    .map((q) => `${encodeText(q.name)}=${encodeText(String(exampleOf(q.schema, q.name, target.ids)))}`);
  const body = op.body ? clone(exampleOf(op.body, 'body', target.ids)) : clone(target.jsonTemplate);
  const hasBody = HAS_BODY.has(op.method) && body !== undefined;
  return {
    path: { ...target.pathValues },
    query,
    body: hasBody ? body : undefined,
    headers: hasBody ? { 'content-type': 'application/json' } : {},
    pathMutated: false,
  };
}

function render(op: FuzzOperation, d: Draft, label: string): FuzzRequest {
  const path = op.path.replace(/\{(\w+)\}/g, (_m, name: string) => d.path[name] ?? 'missing');
  const url = d.query.length ? `${path}?${d.query.join('&')}` : path;
  const payload = d.payload ?? (d.body === undefined ? undefined : toJson(d.body));
  const headers = { ...d.headers };
  if (payload === undefined) delete headers['content-type'];
  return { method: op.method, url, headers, payload, label, pathMutated: d.pathMutated };
}

/** Malformed requests for `op`: the valid base with one to three mutations. */
export function fuzzRequests(op: FuzzOperation, target: FuzzTarget): fc.Arbitrary<FuzzRequest> {
  const sendsBody = HAS_BODY.has(op.method);
  const base = op.body ? exampleOf(op.body, 'body', target.ids) : target.jsonTemplate;
  const families: Array<fc.WeightedArbitrary<Mutation>> = [
    { weight: op.query.length ? 3 : 1, arbitrary: queryMutations(op) },
    { weight: 1, arbitrary: headerMutations() },
  ];
  if (sendsBody && base !== undefined) families.push({ weight: 8, arbitrary: bodyMutations(slotsOf(base, op.body)) });
  if (sendsBody) families.push({ weight: 2, arbitrary: wholeBodies(target) });
  const pathNames = Object.keys(target.pathValues);
  if (pathNames.length) families.push({ weight: 1, arbitrary: pathMutations(pathNames) });
  const optional = fc.subarray(op.query.filter((q) => !q.required).map((q) => q.name));
  const upload = fc.constantFrom(...(target.rawTemplates ?? [{ contentType: '', payload: Buffer.alloc(0) }]));
  return fc
    .tuple(optional, fc.array(fc.oneof(...families), { minLength: 1, maxLength: 3 }), upload)
    .map(([opt, mutations, raw]) => {
      const draft = baseDraft(op, target, opt);
      if (target.rawTemplates && sendsBody) {
        draft.payload = raw.payload;
        draft.headers['content-type'] = raw.contentType;
      }
      const unchanged = render(op, draft, '');
      for (const m of mutations) m.apply(draft);
      return { request: render(op, draft, mutations.map((m) => m.label).join(' + ')), unchanged };
    })
    .filter(({ request, unchanged }) => !sameRequest(request, unchanged))
    .map(({ request }) => request);
}

/** A mutation that changed nothing (an optional field dropped from an example without it...) leaves a valid request: not a fuzzed one. */
function sameRequest(a: FuzzRequest, b: FuzzRequest): boolean {
  const payload = (r: FuzzRequest) => (r.payload === undefined ? '' : r.payload.toString('latin1'));
  return a.url === b.url && payload(a) === payload(b) && JSON.stringify(a.headers) === JSON.stringify(b.headers);
}

/** Query and path values of the classes that reached the database before (percent-encoded). */
const KEY_TEXT = ['%00', 'a%00b', '%ED%A0%80', '%20%20', '%E3%80%80', '2147483648', '-2147483649', '1e309', 'Infinity'];

function sweepValues(slot: Slot): unknown[] {
  const schema = slot.schema ?? {};
  const types = new Set([...typesOf(schema), ...(schema.anyOf ?? schema.oneOf ?? []).flatMap((o) => typesOf(o))]);
  const strings = types.has('string') || (!slot.schema && typeof slot.value === 'string');
  const numbers = types.has('integer') || types.has('number') || (!slot.schema && typeof slot.value === 'number');
  return [...(strings ? KEY_STRINGS : []), ...(numbers ? KEY_NUMBERS.map((n) => new Raw(n)) : [])];
}

/**
 * Every field of the body, every query parameter and every path id, each with every value of the
 * classes that reached the database before (NUL, unpaired surrogates, blanks, numbers beyond int32
 * or doubles): a sweep rather than a sample, so no field of any route is left out.
 */
export function sweepRequests(op: FuzzOperation, target: FuzzTarget): FuzzRequest[] {
  const out: FuzzRequest[] = [];
  const draft = () => baseDraft(op, target, []);
  const base = op.body ? exampleOf(op.body, 'body', target.ids) : target.jsonTemplate;
  if (HAS_BODY.has(op.method) && !target.rawTemplates && base !== undefined) {
    for (const slot of slotsOf(base, op.body).filter((s) => s.path.length > 0)) {
      for (const v of sweepValues(slot)) {
        const d = draft();
        setAt(d, slot.path, v);
        out.push(render(op, d, `sweep body${pathText(slot.path)} = ${short(v)}`));
      }
    }
  }
  for (const name of op.query.map((q) => q.name)) {
    for (const v of KEY_TEXT) {
      const d = draft();
      d.query = [...d.query.filter((q) => !q.startsWith(`${encodeText(name)}=`)), `${encodeText(name)}=${v}`];
      out.push(render(op, d, `sweep query ${name}=${v}`));
    }
  }
  for (const name of Object.keys(target.pathValues)) {
    for (const v of KEY_TEXT) {
      const d = draft();
      d.path[name] = v;
      d.pathMutated = true;
      out.push(render(op, d, `sweep path ${name}=${v}`));
    }
  }
  return out;
}
