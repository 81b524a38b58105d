/**
 * Every request schema is hardened once, when its route is compiled (plugins/validation.ts), so no
 * route can forget what the database and the services cannot take:
 * - integers get int32 bounds unless the schema sets its own (ids, versions, offsets, limits);
 * - numbers must be finite (`1e309` parses to Infinity; Ajv lets it through);
 * - strings refuse NUL (PostgreSQL text cannot hold it) and unpaired surrogates (not UTF-8), and a
 *   string that must have content (minLength ≥ 1) refuses one of only spaces; a `date-time` must
 *   also be an instant JavaScript can hold (the format allows a leap second, `23:59:60`; Date does not);
 * - object keys obey the same text rules; a value of any type (`Type.Unknown()`) is checked through
 *   (strings, keys, finite numbers) and nested at most MAX_JSON_DEPTH deep.
 * The published schema (/openapi.json) is left as written.
 */

export const INT32_MIN = -2_147_483_648;
export const INT32_MAX = 2_147_483_647;
export const MAX_JSON_DEPTH = 32;

/** Keywords added by the hardening (plugins/validation.ts gives them to Ajv). */
export const TEXT_KEYWORD = 'x-gw-text';
export const FINITE_KEYWORD = 'x-gw-finite';
export const KEYS_KEYWORD = 'x-gw-keys';
export const ANY_KEYWORD = 'x-gw-any';
export const INSTANT_KEYWORD = 'x-gw-instant';

type Schema = Record<string, unknown>;

const ONE_SUBSCHEMA = [
  'additionalProperties',
  'items',
  'additionalItems',
  'contains',
  'not',
  'if',
  'then',
  'else',
  'propertyNames',
  'unevaluatedItems',
  'unevaluatedProperties',
];
const LIST_SUBSCHEMAS = ['allOf', 'anyOf', 'oneOf', 'prefixItems', 'items'];
const MAP_SUBSCHEMAS = ['properties', 'patternProperties', 'dependentSchemas', '$defs', 'definitions'];
const CONSTRAINING = ['type', 'enum', 'const', 'anyOf', 'oneOf', 'allOf', 'not', '$ref'];

function typesOf(s: Schema): string[] {
  const t = s.type;
  return typeof t === 'string' ? [t] : Array.isArray(t) ? (t as string[]) : [];
}

function hardenChildren(s: Schema): void {
  for (const key of ONE_SUBSCHEMA) {
    const sub = s[key];
    if (sub === true && key === 'additionalProperties') s[key] = { [ANY_KEYWORD]: true };
    else if (sub && typeof sub === 'object' && !Array.isArray(sub)) s[key] = hardenSchema(sub as Schema);
  }
  for (const key of LIST_SUBSCHEMAS) if (Array.isArray(s[key])) s[key] = (s[key] as Schema[]).map((x) => hardenSchema(x));
  for (const key of MAP_SUBSCHEMAS) {
    const map = s[key];
    if (map && typeof map === 'object')
      s[key] = Object.fromEntries(Object.entries(map as Record<string, Schema>).map(([k, v]) => [k, hardenSchema(v)]));
  }
}

/** A hardened copy of a request schema (the original is not changed). */
export function hardenSchema<T>(schema: T): T {
  if (schema === true) return { [ANY_KEYWORD]: true } as T;
  if (!schema || typeof schema !== 'object') return schema;
  const s: Schema = { ...(schema as Schema) };
  hardenChildren(s);
  const types = typesOf(s);
  if (types.includes('integer')) {
    if (s.maximum === undefined && s.exclusiveMaximum === undefined) s.maximum = INT32_MAX;
    if (s.minimum === undefined && s.exclusiveMinimum === undefined) s.minimum = INT32_MIN;
  }
  if (types.includes('number')) s[FINITE_KEYWORD] = true;
  if (types.includes('string')) s[TEXT_KEYWORD] = typeof s.minLength === 'number' && s.minLength >= 1 ? 'content' : 'any';
  if (types.includes('string') && s.format === 'date-time') s[INSTANT_KEYWORD] = true;
  if (types.includes('object')) s[KEYS_KEYWORD] = true;
  if (!CONSTRAINING.some((k) => k in s)) s[ANY_KEYWORD] = true;
  return s as T;
}

const UNPAIRED_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const BLANK = /^[\s\u200b-\u200d\u2060\ufeff]*$/;

/** What is wrong with a text value (null: nothing). `content`: it must hold more than spaces. */
export function textProblem(value: string, content: boolean): string | null {
  if (value.includes('\u0000')) return 'must not contain NUL characters';
  if (UNPAIRED_SURROGATE.test(value)) return 'must not contain unpaired surrogates (invalid Unicode)';
  if (content && BLANK.test(value)) return 'must not be blank';
  return null;
}

/** JSON pointer segment (RFC 6901) of a key, so a details field names where the problem is. */
function pointer(key: string | number): string {
  return `/${String(key).replace(/~/g, '~0').replace(/\//g, '~1')}`;
}

const isFiniteNumber = (x: unknown): boolean => typeof x === 'number' && Number.isFinite(x);

function finiteNumbers(x: unknown): boolean {
  if (!Array.isArray(x)) return false;
  for (let i = 0; i < x.length; i++) if (!isFiniteNumber(x[i])) return false;
  return true;
}

/**
 * The first problem in a value of any shape: a bad string or key, a non-finite number, nesting
 * deeper than `maxDepth`. Iterative, so a deeply nested body cannot overflow the stack; the path is
 * only written out for a problem, so a large body (a GeoJSON file of 250,000 positions) is walked
 * in milliseconds. Values are visited depth first, last child first; an object's keys before its values.
 */
export function anyValueProblem(value: unknown, maxDepth = MAX_JSON_DEPTH): { path: string; message: string } | null {
  /** The containers being walked, each with the child it is at (counting down). */
  const stack: Array<{ v: object; keys: string[] | null; at: number }> = [];
  const path = () => stack.map((f) => pointer(f.keys ? f.keys[f.at] : f.at)).join('');
  const problemOf = (x: unknown): string | null => {
    if (typeof x === 'number') return Number.isFinite(x) ? null : 'must be a finite number';
    if (typeof x === 'string') return textProblem(x, false);
    if (x === null || typeof x !== 'object') return null;
    if (stack.length >= maxDepth) return `must not be nested more than ${maxDepth} levels deep`;
    const keys = Array.isArray(x) ? null : Object.keys(x);
    for (const k of keys ?? []) {
      const problem = textProblem(k, false);
      if (problem) return `property names ${problem}`;
    }
    stack.push({ v: x, keys, at: keys ? keys.length : (x as unknown[]).length });
    return null;
  };
  const root = problemOf(value);
  if (root) return { path: '', message: root };
  while (stack.length > 0) {
    const f = stack[stack.length - 1];
    if (f.at === 0) {
      stack.pop();
      continue;
    }
    if (!f.keys) {
      // the common case of a large body: finite numbers and arrays of them (coordinates), walked in place
      const items = f.v as unknown[];
      const nested = stack.length < maxDepth;
      while (f.at > 0 && (isFiniteNumber(items[f.at - 1]) || (nested && finiteNumbers(items[f.at - 1])))) f.at--;
      if (f.at === 0) continue;
    }
    f.at--;
    const x = f.keys ? (f.v as Record<string, unknown>)[f.keys[f.at]] : (f.v as unknown[])[f.at];
    const problem = problemOf(x);
    if (problem) return { path: path(), message: problem };
  }
  return null;
}
