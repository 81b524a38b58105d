/**
 * The policy document as form fields, generically: the core's TypeBox schema (plain JSON Schema)
 * walked alongside the document gives each editable value its kind (number, share, switch, list of
 * options...), and each value group its rule ID. Nothing here knows a section by name; labels and
 * units come from the i18n dictionaries (`policyKeys`, `policyForm.units`).
 */
import { PolicyValuesSchema } from '@gridwork/core/policy/schema';
import { isObj, type Obj } from '../../lib/policyFormat';

export type FieldKind = 'number' | 'share' | 'boolean' | 'enum' | 'enums' | 'text' | 'codes' | 'label' | 'dayLimit';

export interface PolicyField {
  /** JSON Pointer of the value, e.g. `/caseClasses/general/limit`. */
  pointer: string;
  key: string;
  kind: FieldKind;
  /** The rule of the nearest value group carrying one. */
  rule?: string;
  options?: string[];
  integer?: boolean;
  /** May be left empty (the property is then removed). */
  optional: boolean;
}

export interface PolicyGroup {
  pointer: string;
  rule?: string;
  see: string[];
  note?: string;
  fields: PolicyField[];
}

export interface PolicySection {
  key: string;
  pointer: string;
  groups: PolicyGroup[];
}

interface Schema {
  type?: string;
  properties?: Record<string, Schema>;
  patternProperties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  anyOf?: Schema[];
  const?: unknown;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
}

/** Kept as they are: the rule tags themselves and the notes are read-only in the form. */
const META = new Set(['rule', 'see', 'note']);

export const escapeKey = (key: string) => key.replace(/~/g, '~0').replace(/\//g, '~1');

/** The options of a union of string literals (a union of one is the literal itself). */
function enumOf(s: Schema): string[] | undefined {
  if (typeof s.const === 'string') return [s.const];
  return s.anyOf?.every((o) => typeof o.const === 'string') ? s.anyOf.map((o) => o.const as string) : undefined;
}

const propNames = (s: Schema) => Object.keys(s.properties ?? {});

/** The kind of a leaf value, or undefined for a group (object, map or list of objects). */
export function leafKind(s: Schema): FieldKind | undefined {
  if (enumOf(s)) return 'enum';
  if (s.type === 'boolean') return 'boolean';
  if (s.type === 'string') return 'text';
  if (s.type === 'integer' || s.type === 'number') {
    const low = s.exclusiveMinimum === 0 || s.minimum === 0;
    return low && (s.maximum === 1 || s.exclusiveMaximum === 1) ? 'share' : 'number';
  }
  if (s.type === 'array' && s.items) return enumOf(s.items) ? 'enums' : s.items.type === 'string' ? 'codes' : undefined;
  const names = propNames(s).sort().join(',');
  if (names === 'en,zh') return 'label';
  if (names === 'unit,value' && s.properties?.unit && enumOf(s.properties.unit)) return 'dayLimit';
  return undefined;
}

function fieldOf(s: Schema, key: string, pointer: string, rule: string | undefined, optional: boolean): PolicyField | undefined {
  const kind = leafKind(s);
  if (!kind) return undefined;
  const options = enumOf(s) ?? (s.items && enumOf(s.items)) ?? (s.properties?.unit && enumOf(s.properties.unit));
  return { pointer, key, kind, rule, optional, ...(options ? { options } : {}), ...(s.type === 'integer' ? { integer: true } : {}) };
}

/**
 * Absent values shown empty: required ones (the problem then shows there) and optional numbers and
 * limits (cleared = removed). Other absent optional parts are added in the JSON view.
 */
const showsAbsent = (s: Schema) => ['number', 'share', 'dayLimit'].includes(leafKind(s) ?? '');

/** Walks one value group and what it holds; appends each group that has fields of its own. */
function walk(s: Schema, value: unknown, pointer: string, inherited: string | undefined, out: Out): void {
  if (s.type === 'array' && s.items && Array.isArray(value)) {
    value.forEach((item, i) => walk(s.items as Schema, item, `${pointer}/${i}`, inherited, out));
    return;
  }
  if (!isObj(value)) return;
  const map = s.patternProperties && Object.values(s.patternProperties)[0];
  if (map && leafKind(map)) {
    // a map of plain values (starting tier by category): one field per key
    const fields = out.keysOf(pointer, value).map((k) => fieldOf(map, k, `${pointer}/${escapeKey(k)}`, inherited, false) as PolicyField);
    if (fields.length) out.groups.push({ pointer, rule: inherited, see: [], fields });
    return;
  }
  if (map) {
    for (const k of out.keysOf(pointer, value)) walk(map, value[k], `${pointer}/${escapeKey(k)}`, inherited, out);
    return;
  }
  const rule = typeof value.rule === 'string' ? value.rule : inherited;
  const group: PolicyGroup = { pointer, rule, see: seeList(value), fields: [] };
  if (typeof value.note === 'string') group.note = value.note;
  const children: [Schema, string][] = [];
  for (const [k, child] of Object.entries(s.properties ?? {})) {
    if (META.has(k)) continue;
    const optional = !s.required?.includes(k);
    if (!(k in value) && optional && !showsAbsent(child)) continue;
    const field = fieldOf(child, k, `${pointer}/${escapeKey(k)}`, rule, optional);
    if (field) group.fields.push(field);
    else children.push([child, k]);
  }
  if (group.fields.length) out.groups.push(group);
  for (const [child, k] of children) walk(child, (value as Obj)[k], `${pointer}/${escapeKey(k)}`, rule, out);
}

const seeList = (v: Obj): string[] => (Array.isArray(v.see) ? v.see.filter((x): x is string => typeof x === 'string') : []);

interface Out {
  groups: PolicyGroup[];
  /** A map's keys in the order to show them. */
  keysOf: (pointer: string, map: Obj) => string[];
}

/** A map's keys in the reference document's order (the preset's: the database reorders keys), others after. */
function keysInOrderOf(reference: unknown) {
  return (pointer: string, map: Obj): string[] => {
    const ref = pointer
      .split('/')
      .slice(1)
      .reduce<unknown>((n, k) => (isObj(n) ? n[k.replace(/~1/g, '/').replace(/~0/g, '~')] : undefined), reference);
    const order = isObj(ref) ? Object.keys(ref) : [];
    const rank = (k: string) => (order.includes(k) ? order.indexOf(k) : order.length);
    return Object.keys(map).sort((a, b) => rank(a) - rank(b));
  };
}

/**
 * The document's sections in the schema's order, each with its value groups and fields; absent
 * sections are left out. Map entries (case classes, obligations) follow `reference`'s order when given.
 */
export function policySections(values: unknown, reference?: unknown, schema: Schema = PolicyValuesSchema as Schema): PolicySection[] {
  if (!isObj(values)) return [];
  return Object.entries(schema.properties ?? {})
    .filter(([key]) => values[key] !== undefined)
    .map(([key, s]) => {
      const out: Out = { groups: [], keysOf: keysInOrderOf(reference) };
      walk(s, values[key], `/${escapeKey(key)}`, undefined, out);
      return { key, pointer: `/${escapeKey(key)}`, groups: out.groups };
    });
}

/** Every field of the document, in order. */
export const allFields = (sections: PolicySection[]): PolicyField[] => sections.flatMap((s) => s.groups.flatMap((g) => g.fields));
