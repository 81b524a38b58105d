/**
 * Generic reading of a policy document: nested objects where every value group carries the
 * `rule` ID it comes from (RULES.md). Nothing here knows the whole shape; it recognises a few
 * small value types: localized labels `{ zh, en }` and limits `{ value, unit }`.
 */
import type { TFunction } from 'i18next';

export type Obj = Record<string, unknown>;

export function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function isLabel(v: unknown): v is { zh?: string; en?: string } {
  return (
    isObj(v) &&
    Object.keys(v).length > 0 &&
    Object.keys(v).every((k) => k === 'zh' || k === 'en') &&
    Object.values(v).every((x) => typeof x === 'string')
  );
}

export function isLimit(v: unknown): v is { value: number; unit: string } {
  return isObj(v) && typeof v.value === 'number' && typeof v.unit === 'string' && Object.keys(v).length <= 3;
}

export function ruleOf(v: unknown): string | undefined {
  return isObj(v) && typeof v.rule === 'string' ? v.rule : undefined;
}

export function localize(label: { zh?: string; en?: string }, lang: string): string {
  return (lang === 'en' ? (label.en ?? label.zh) : (label.zh ?? label.en)) ?? '';
}

export function keyLabel(t: TFunction, key: string): string {
  return t(`policyKeys.${key}`, { defaultValue: key });
}

/** Code-like string values (periods, subjects) read better translated; unknown ones stay as they are. */
function valueLabel(t: TFunction, v: string): string {
  return /^[a-z0-9:-]+$/.test(v) ? t(`policyValues.${v.replace(/:/g, '_')}`, { defaultValue: v }) : v;
}

/** Cross-references to other rules (`see: ['D2', 'D4']`). */
export function seeOf(v: unknown): string[] {
  return isObj(v) && Array.isArray(v.see) ? v.see.filter((x): x is string => typeof x === 'string') : [];
}

/** A short text for a leaf value (or a small object without a rule of its own). */
export function formatValue(t: TFunction, lang: string, v: unknown): string {
  if (v === null || v === undefined) return '—';
  if (typeof v === 'boolean') return v ? t('common.yes') : t('common.no');
  if (typeof v === 'number') return String(v);
  if (typeof v === 'string') return valueLabel(t, v);
  if (isLabel(v)) return localize(v, lang);
  if (isLimit(v)) return `${v.value} ${t(`units.${v.unit}`, { defaultValue: v.unit })}`;
  if (Array.isArray(v)) return v.map((x) => formatValue(t, lang, x)).join(', ');
  if (isObj(v)) {
    return Object.entries(v)
      .filter(([k]) => k !== 'rule' && k !== 'see')
      .map(([k, x]) => `${keyLabel(t, k)}: ${formatValue(t, lang, x)}`)
      .join('; ');
  }
  return JSON.stringify(v);
}

/** A value group's display name: its own label if it has one, else the key. */
export function groupName(t: TFunction, lang: string, key: string, v: unknown): string {
  if (isObj(v) && isLabel(v.label)) return localize(v.label, lang);
  if (isObj(v) && typeof v.name === 'string') return v.name;
  return keyLabel(t, key);
}

export interface RuleRow {
  key: string;
  name: string;
  rule?: string;
  see: string[];
  fields: { key: string; label: string; text: string }[];
}

const SKIPPED_FIELDS = new Set(['rule', 'label', 'see']);

/** Every object carrying a `rule` inside `section`, flattened into rows (name path, fields, rule). */
export function ruleRows(t: TFunction, lang: string, section: unknown, prefix: string[] = []): RuleRow[] {
  const entries: [string, unknown][] = Array.isArray(section)
    ? section.map((x, i) => [String(i), x])
    : isObj(section)
      ? Object.entries(section)
      : [];
  const rows: RuleRow[] = [];
  for (const [key, v] of entries) {
    if (Array.isArray(v)) rows.push(...ruleRows(t, lang, v, [...prefix, keyLabel(t, key)]));
    if (!isObj(v) || isLabel(v) || isLimit(v)) continue;
    const name = [...prefix, groupName(t, lang, key, v)];
    if (ruleOf(v)) {
      const fields = Object.entries(v)
        .filter(([k, x]) => !SKIPPED_FIELDS.has(k) && !ruleOf(x) && !(Array.isArray(x) && x.some(ruleOf)))
        .map(([k, x]) => ({ key: k, label: keyLabel(t, k), text: formatValue(t, lang, x) }));
      rows.push({ key: name.join('/'), name: name.join(' / '), rule: ruleOf(v), see: seeOf(v), fields });
    }
    rows.push(...ruleRows(t, lang, v, name));
  }
  return rows;
}
