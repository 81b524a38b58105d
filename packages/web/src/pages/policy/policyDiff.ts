/**
 * Pure helpers of the policy form: read and write a value by JSON Pointer, compare values, list what
 * an edit changes against the preset and the version in force, and put each validation problem
 * (its JSON Pointer path) under the field it concerns.
 */
import type { PolicyProblem } from '../../api/types';
import { isLabel, isObj, type Obj } from '../../lib/policyFormat';

export const segmentsOf = (pointer: string): string[] =>
  pointer
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));

const childOf = (node: unknown, key: string): unknown => (Array.isArray(node) ? node[Number(key)] : isObj(node) ? node[key] : undefined);

export function getAt(doc: unknown, pointer: string): unknown {
  return segmentsOf(pointer).reduce<unknown>(childOf, doc);
}

/** A copy of `doc` with the value at `pointer` replaced (removed when `value` is undefined); missing objects are made. */
export function setAt<T>(doc: T, pointer: string, value: unknown): T {
  const [head, ...rest] = segmentsOf(pointer);
  if (head === undefined) return value as T;
  const tail = rest.map((s) => `/${s.replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
  if (Array.isArray(doc)) {
    const copy = [...doc];
    copy[Number(head)] = setAt(copy[Number(head)], tail, value);
    return copy as T;
  }
  const copy: Obj = isObj(doc) ? { ...doc } : {};
  const next = rest.length ? setAt(copy[head], tail, value) : value;
  if (next === undefined) delete copy[head];
  else copy[head] = next;
  return copy as T;
}

/** Deep equality of JSON values, whatever the key order (the database may reorder keys). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => sameValue(x, b[i]));
  }
  if (!isObj(a) || !isObj(b)) return false;
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => k in b && sameValue(a[k], b[k]));
}

/** Compared as a whole: scalars, labels, `{ value, unit }` limits and lists of scalars. */
function isAtomic(v: unknown): boolean {
  if (Array.isArray(v)) return v.every((x) => !isObj(x) && !Array.isArray(x));
  if (!isObj(v)) return true;
  const keys = Object.keys(v).sort().join(',');
  return isLabel(v) || keys === 'unit,value';
}

export interface DiffRow {
  pointer: string;
  /** The rule of the nearest value group carrying one (in the new document, else the current one, else the preset). */
  rule?: string;
  preset: unknown;
  current: unknown;
  next: unknown;
  /** Differs from the version in force: this edit changes it. */
  edited: boolean;
  /** Differs from the preset once saved. */
  fromPreset: boolean;
}

function leafPointers(docs: unknown[], pointer: string, out: string[]): void {
  const nodes = docs.map((d) => getAt(d, pointer)).filter((v) => v !== undefined);
  if (nodes.every(isAtomic)) {
    out.push(pointer);
    return;
  }
  const keys = new Set<string>();
  for (const n of nodes) if (isObj(n) || Array.isArray(n)) for (const k of Object.keys(n)) keys.add(k);
  for (const k of keys) leafPointers(docs, `${pointer}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`, out);
}

/** The rule tag that covers `pointer` in `doc`: the `rule` of the deepest object on its path. */
export function ruleAt(doc: unknown, pointer: string): string | undefined {
  let node = doc;
  let rule: string | undefined;
  for (const s of segmentsOf(pointer)) {
    node = childOf(node, s);
    if (isObj(node) && typeof node.rule === 'string') rule = node.rule;
  }
  return rule;
}

/**
 * Every value that the edit changes (against the version in force) or that differs from the preset
 * after it, edits first, each with the three values. A document is compared leaf by leaf.
 */
export function policyDiff(preset: unknown, current: unknown, next: unknown): DiffRow[] {
  const pointers: string[] = [];
  leafPointers([preset, current, next], '', pointers);
  const rows = pointers.map((pointer): DiffRow => {
    const [p, c, n] = [preset, current, next].map((d) => getAt(d, pointer));
    const rule = ruleAt(next, pointer) ?? ruleAt(current, pointer) ?? ruleAt(preset, pointer);
    return { pointer, rule, preset: p, current: c, next: n, edited: !sameValue(c, n), fromPreset: !sameValue(p, n) };
  });
  const changed = rows.filter((r) => r.edited || r.fromPreset);
  return [...changed.filter((r) => r.edited), ...changed.filter((r) => !r.edited)];
}

export interface PlacedProblems {
  /** Problems by the pointer of the field (or group) they concern. */
  byPointer: Map<string, PolicyProblem[]>;
  /** Problems no field or group holds (the document itself, an unknown section). */
  unplaced: PolicyProblem[];
}

/** Puts each problem under the deepest of `pointers` that is its path or contains it. */
export function placeProblems(pointers: string[], problems: PolicyProblem[]): PlacedProblems {
  const byPointer = new Map<string, PolicyProblem[]>();
  const unplaced: PolicyProblem[] = [];
  const sorted = [...pointers].sort((a, b) => b.length - a.length);
  for (const problem of problems) {
    const at = sorted.find((p) => problem.path === p || problem.path.startsWith(`${p}/`));
    if (at === undefined) unplaced.push(problem);
    else byPointer.set(at, [...(byPointer.get(at) ?? []), problem]);
  }
  return { byPointer, unplaced };
}
