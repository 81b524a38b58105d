/**
 * Values for the fuzzed requests (not a test file itself): a plausible valid example of a JSON
 * schema from /openapi.json, and catalogues of malformed values chosen by the schema they attack.
 */
import { TEST_PASSWORD } from '../testing/fixture';

export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema | JsonSchema[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  pattern?: string;
  format?: string;
  nullable?: boolean;
}

/** Raw JSON text placed as is into a serialized body (`1e309`, `-0`, deep nesting...). */
export class Raw {
  constructor(readonly text: string) {}
}

/** Ids of real records by the name of the field or parameter holding them. */
export type IdsByName = Record<string, number | string>;

const PATTERN_EXAMPLES = [
  'other',
  'low-income',
  'fuzz01',
  '2026-11',
  '2026-Q4',
  '2026',
  '2026-11-26',
  '110101001001901',
  '13800000000',
  'M',
  'a',
];

export function typesOf(s: JsonSchema): string[] {
  return s.type === undefined ? [] : Array.isArray(s.type) ? s.type : [s.type];
}

function clampInt(s: JsonSchema, preferred: number): number {
  return Math.min(Math.max(preferred, s.minimum ?? preferred), s.maximum ?? preferred);
}

function exampleString(s: JsonSchema, name: string): string {
  if (s.format === 'date-time') return '2026-11-26T10:00:00+08:00';
  if (s.format === 'date') return '2026-11-26';
  if (/password/i.test(name)) return TEST_PASSWORD;
  if (s.pattern) {
    const re = new RegExp(s.pattern, 'u');
    const hit = PATTERN_EXAMPLES.find((e) => re.test(e) && e.length >= (s.minLength ?? 0) && e.length <= (s.maxLength ?? 1e9));
    if (hit) return hit;
  }
  const min = s.minLength ?? 1;
  return '测'.repeat(Math.max(min, Math.min(4, s.maxLength ?? 4)));
}

/** A plausible valid value of `s` (the first option of unions; ids from `ids` by field name). */
export function exampleOf(s: JsonSchema, name: string, ids: IdsByName): unknown {
  if (s.const !== undefined) return s.const;
  if (s.enum) return s.enum[0];
  const option = s.anyOf ?? s.oneOf ?? s.allOf;
  if (option) return exampleOf(option.find((o) => !typesOf(o).includes('null')) ?? option[0], name, ids);
  const type = typesOf(s).find((t) => t !== 'null');
  if ((type === 'integer' || type === 'string') && ids[name] !== undefined)
    return type === 'integer' ? Number(ids[name]) : String(ids[name]);
  switch (type) {
    case 'integer':
      return clampInt(s, 1);
    case 'number':
      return name === 'lat' ? 39.01 : name === 'lng' ? 116.005 : clampInt(s, 1);
    case 'boolean':
      return false;
    case 'string':
      return exampleString(s, name);
    case 'array': {
      if (Array.isArray(s.items)) return s.items.map((item, i) => exampleOf(item, `${name}[${i}]`, ids));
      return Array.from({ length: s.minItems ?? 0 }, () => exampleOf(s.items as JsonSchema, name, ids));
    }
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const key of s.required ?? []) if (s.properties?.[key]) out[key] = exampleOf(s.properties[key], key, ids);
      return out;
    }
    default:
      return null;
  }
}

const LONG = 'x'.repeat(100_000);

/** The classes that reached the database before: NUL, unpaired surrogates, blanks (chosen more often than the rest). */
export const KEY_STRINGS: readonly string[] = ['a\u0000b', '\u0000', '\ud800', 'x\udfff', '   ', '\u3000', '\t\n', ''];
/** Numbers (raw JSON) beyond int32, beyond doubles, or not integers. */
export const KEY_NUMBERS: readonly string[] = ['2147483648', '-2147483649', '9007199254740993', '1e309', '-1e309', '0.5'];

/** Strings no field should store as they are. */
export const NASTY_STRINGS: readonly string[] = [
  '',
  ' ',
  '   ',
  '\t\n\r',
  '\u3000\u3000',
  '\u200b',
  'a\u0000b',
  '\u0000',
  '\ud800',
  'x\udfff',
  '\udc00\ud800',
  '\ufffe',
  '\u202e',
  'NaN',
  'Infinity',
  '-Infinity',
  '1e309',
  '-0',
  '0x1F',
  ' 1',
  '1 ',
  'true',
  'null',
  'undefined',
  '[]',
  '{}',
  '__proto__',
  '<script>alert(1)</script>',
  "'; DROP TABLE users; --",
  '../../etc/passwd',
  '%00',
  '\\u0000',
  '😀'.repeat(50),
  LONG,
  'x\\',
  '[a-',
  '(',
  '%_',
  '*',
  '2026-02-30',
  '2026-13-01',
  '0000-00-00',
  '9999-99-99',
  '2026-00',
  '2026-Q9',
  '0000-01-01T00:00:00Z',
  '2026-11-26T24:00:00Z',
  '9999-12-31T23:59:59Z',
  '+275760-09-13T00:00:00Z',
  '-000001-01-01T00:00:00Z',
  '2026-11-26T10:00:00+25:00',
  '2026-11-26T10:00:00',
];

/** Values that pass a loose pattern or format but are out of range or calendar-invalid. */
export const PATTERN_PROBES: readonly string[] = [
  '0000-00-00',
  '2026-02-30',
  '2026-99-99',
  '9999-12-31',
  '0000-01-01',
  '2026-00',
  '0000-01',
  '9999-12',
  '2026-Q0',
  '2026-Q9',
  '0000-Q1',
  '0000',
  '9999',
  '0001',
  '00000000000000000000',
  '9'.repeat(18),
  '0'.repeat(15),
  'a'.repeat(40),
  'a-b-c-d-e-f-g',
  '0000-01-01T00:00:00Z',
  '9999-12-31T23:59:59Z',
  '1900-01-01T00:00:00+08:05',
  '2026-11-26T10:00:00.1234567890+08:00',
  '0000-01-01T00:00:00+14:00',
  '2026-11-26T23:59:60Z',
];

/** JSON numbers (as raw text) aimed at integer and number fields. */
export const NASTY_NUMBERS: readonly string[] = [
  '2147483647',
  '2147483648',
  '-2147483648',
  '-2147483649',
  '4294967296',
  '9007199254740991',
  '9007199254740993',
  '123456789012345678901234567890',
  '1e309',
  '-1e309',
  '1E400',
  '1e-400',
  '-0',
  '0',
  '-1',
  '0.5',
  '1.0',
  '1e2',
  '-0.0',
];

/** Other raw JSON values: wrong types, prototype keys, deep nesting, huge arrays. */
export const NASTY_JSON: readonly string[] = [
  'null',
  'true',
  'false',
  '[]',
  '{}',
  '[null]',
  '[[]]',
  '""',
  '"1"',
  '{"__proto__":{"polluted":1}}',
  '{"constructor":{"prototype":{"polluted":1}}}',
  '['.repeat(5000) + ']'.repeat(5000),
  `${'{"a":'.repeat(3000)}1${'}'.repeat(3000)}`,
  `[${Array(60_000).fill('1').join(',')}]`,
  `[${Array(20_000).fill('"\\u0000"').join(',')}]`,
  `[${Array(90_000).fill('{"a":1}').join(',')}]`,
];

/** Query and path values (before percent-encoding, except the raw `%..` ones marked by `%`). */
export const NASTY_TEXT: readonly string[] = [
  '',
  ' ',
  '0',
  '-1',
  '-0',
  '1.5',
  '0x10',
  '1e309',
  '-1e309',
  'Infinity',
  'NaN',
  '2147483648',
  '-2147483649',
  '99999999999999999999',
  '\u0000',
  'a\u0000',
  '\ud800',
  '\u3000',
  'true',
  'null',
  '[]',
  '__proto__',
  'x'.repeat(3000),
  '😀',
  '2026-02-30',
  '0000-00-00',
  '9999-99-99',
  '2026-13',
  '2026-Q9',
  '0000',
  '../..',
  '<x>',
  'x\\',
  '[a-',
  '(',
  '%_',
  '*',
  "'",
];

/** Percent-encoded fragments that do not decode cleanly. */
export const RAW_ENCODED: readonly string[] = ['%00', 'a%00b', '%ED%A0%80', '%E0%A4%A', '%', '%zz', '%C0%80', '%FF%FE', '%2e%2e%2f'];

/** Field names an attacker adds to an object. */
export const EXTRA_KEYS: readonly string[] = [
  'extra',
  '__proto__',
  'constructor',
  'prototype',
  'a\u0000b',
  '\ud800',
  '',
  ' ',
  'x'.repeat(300),
  'id',
  'version',
];

const DATE_TIME_EDGES = [
  '0001-01-01T00:00:00Z',
  '1900-01-01T00:00:00+08:00',
  '1970-01-01T00:00:00Z',
  '9999-12-31T23:59:59.999Z',
  '2026-11-26T10:00:00.123456789+08:00',
  '2024-02-29T23:59:59+14:00',
  '2026-11-26T00:00:00-12:00',
];
const DATE_EDGES = ['0001-01-01', '1900-01-01', '2024-02-29', '9999-12-31', '2026-11-26'];

/**
 * Values the schema accepts at its edges (bounds, longest texts, extreme instants): they get past validation to the services and the
 * database.
 */
export function edgesOf(schema: JsonSchema | null): unknown[] {
  if (!schema) return [];
  const options = schema.anyOf ?? schema.oneOf;
  if (options) return options.flatMap((o) => edgesOf(o));
  if (schema.enum) return schema.enum;
  const type = typesOf(schema).find((t) => t !== 'null');
  const max = schema.maxLength;
  switch (type) {
    case 'integer':
      return [schema.minimum ?? -2_147_483_648, schema.maximum ?? 2_147_483_647, (schema.minimum ?? 0) + 1];
    case 'number':
      return [schema.minimum ?? -1e308, schema.maximum ?? 1e308, 0, 1e-300];
    case 'boolean':
      return [true, false];
    case 'string': {
      if (schema.format === 'date-time') return DATE_TIME_EDGES;
      if (schema.format === 'date') return DATE_EDGES;
      if (schema.pattern) return PATTERN_PROBES.filter((p) => new RegExp(schema.pattern!, 'u').test(p));
      return max ? ['é'.repeat(max), '😀'.repeat(Math.floor(max / 2)), `${'测'.repeat(max - 1)}\n`, ' a '] : [' a ', '😀'];
    }
    default:
      return [];
  }
}
