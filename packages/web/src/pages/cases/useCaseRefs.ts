/** Reference data for cases: the category taxonomy and the policy in force at a grid (classes, tiers). */
import type { TFunction } from 'i18next';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { casesApi, type CaseCategory } from '../../api/cases';
import { policyApi } from '../../api/endpoints';
import type { Id } from '../../api/types';
import { isLabel, isLimit, isObj, localize } from '../../lib/policyFormat';
import { useAsync } from '../../lib/useAsync';
import { useRegions } from '../../state/regions';

export interface ClassOption {
  code: string;
  label: string;
  /** "5 个工作日" */
  limit: string;
}

export interface TierOption {
  code: string;
  label: string;
}

let categoriesLoad: Promise<CaseCategory[]> | null = null;

/** The case categories (loaded once per page load; they rarely change). */
export function useCategories() {
  return useAsync(() => {
    categoriesLoad ??= casesApi.categories().catch((e: unknown) => {
      categoriesLoad = null;
      throw e;
    });
    return categoriesLoad;
  }, []);
}

export function categoryLabel(categories: CaseCategory[] | undefined, code: string, lang: string): string {
  const c = categories?.find((x) => x.code === code);
  return c ? (lang === 'en' ? c.labelEn : c.labelZh) : code;
}

function classesOf(values: Record<string, unknown>, t: TFunction, lang: string): ClassOption[] {
  const raw = isObj(values.caseClasses) ? values.caseClasses : {};
  return Object.entries(raw).flatMap(([code, v]) => {
    if (!isObj(v)) return [];
    const label = isLabel(v.label) ? localize(v.label, lang) : t(`caseClasses.${code}`, { defaultValue: code });
    const limit = isLimit(v.limit) ? `${v.limit.value} ${t(`units.${v.limit.unit}`, { defaultValue: v.limit.unit })}` : '';
    return [{ code, label, limit }];
  });
}

function tiersOf(values: Record<string, unknown>, lang: string): TierOption[] {
  const ladder = isObj(values.tiers) && Array.isArray(values.tiers.ladder) ? values.tiers.ladder : [];
  return ladder.filter(isObj).map((x) => ({ code: String(x.code), label: isLabel(x.label) ? localize(x.label, lang) : String(x.code) }));
}

/** Time classes (with their limits) and the tier ladder of the policy in force at `gridId`. */
export function useGridPolicy(gridId: Id | null | undefined) {
  const { t, i18n } = useTranslation();
  const policy = useAsync(() => (gridId ? policyApi.get(gridId) : Promise.resolve(null)), [gridId]);
  const values = policy.data?.values;
  return {
    loading: policy.loading,
    error: policy.error,
    classes: values ? classesOf(values, t, i18n.language) : [],
    tiers: values ? tiersOf(values, i18n.language) : [],
  };
}

/** "一般问题 · 5 个工作日" when the policy is known, else the generic class name. */
export function classText(t: TFunction, code: string, classes?: ClassOption[]): string {
  const c = classes?.find((x) => x.code === code);
  if (!c) return t(`caseClasses.${code}`, { defaultValue: code });
  return c.limit ? t('cases.classLimit', { label: c.label, limit: c.limit }) : c.label;
}

/** A grid's name from the region tree in scope (its number when not in the tree). */
export function useGridName(): (id: number) => string {
  const { index } = useRegions();
  return useCallback((id: number) => index.byId.get(id)?.name ?? `#${id}`, [index]);
}
