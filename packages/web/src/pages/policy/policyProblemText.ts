/**
 * A policy problem in the admin's language: the JSON Pointer (`/caseClasses/complex/limit/unit`) as a field
 * path of names (案件时限分类 › 复杂问题 › 时限 › 单位, each part the edited document's own label or the
 * key's translation), and the problem's text per stable code (i18n `policyProblem.codes`) with its values.
 */
import type { TFunction } from 'i18next';
import type { PolicyProblem } from '../../api/types';
import { formatValue, groupName, isLabel, isObj, keyLabel } from '../../lib/policyFormat';

const segmentsOf = (pointer: string) =>
  pointer
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));

/** The field's path in words; '' for the document itself. */
export function policyFieldName(t: TFunction, lang: string, pointer: string, doc: unknown): string {
  const names: string[] = [];
  let node: unknown = doc;
  for (const segment of segmentsOf(pointer)) {
    const child: unknown = Array.isArray(node) ? node[Number(segment)] : isObj(node) ? node[segment] : undefined;
    const labelled = isObj(child) && (isLabel(child.label) || typeof child.name === 'string');
    const item = Array.isArray(node) && /^\d+$/.test(segment) && !labelled;
    names.push(item ? t('policyProblem.item', { n: Number(segment) + 1 }) : groupName(t, lang, segment, child));
    node = child;
  }
  return names.join(' › ');
}

/** The problem's text; a code the web does not know yet falls back to the server's message. */
export function policyProblemText(t: TFunction, lang: string, p: PolicyProblem): string {
  if (!p.code) return p.message;
  const params: Record<string, unknown> = { ...(p.params ?? {}) };
  const last = segmentsOf(p.path).at(-1) ?? '';
  params.property = keyLabel(t, last);
  if (typeof params.type === 'string') params.type = t(`policyProblem.types.${params.type}`, { defaultValue: params.type });
  if (typeof params.options === 'string')
    params.options = params.options
      .split(', ')
      .map((o) => formatValue(t, lang, o))
      .join('、');
  if (typeof params.period === 'string') params.period = formatValue(t, lang, params.period);
  return t(`policyProblem.codes.${p.code}`, { ...params, defaultValue: p.message });
}
