/** Reference data for household pages: the resident tag list (loaded once) and label helpers. */
import type { TFunction } from 'i18next';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { householdsApi, type ResidentTag } from '../../api/households';
import { useAsync } from '../../lib/useAsync';

let tagsLoad: Promise<ResidentTag[]> | null = null;

/** The editable resident tag list (A7.2 tags and others), with a label function in the UI language. */
export function useResidentTags() {
  const { i18n } = useTranslation();
  const state = useAsync(() => {
    tagsLoad ??= householdsApi.tags().catch((e: unknown) => {
      tagsLoad = null;
      throw e;
    });
    return tagsLoad;
  }, []);
  const tags = state.data;
  const label = useCallback(
    (code: string) => {
      const tag = tags?.find((x) => x.code === code);
      if (!tag) return code;
      return i18n.language === 'en' ? tag.labelEn : tag.labelZh;
    },
    [tags, i18n.language],
  );
  return { tags: tags ?? [], loading: state.loading, label };
}

/** "户主" for a relation code; unknown codes shown as they are. */
export function relationText(t: TFunction, code: string | null): string {
  return code ? t(`relation.${code}`, { defaultValue: code }) : '—';
}

/** A class-reason code ("age-60-plus", "bedridden") in words; tags fall back to the tag list. */
export function reasonText(t: TFunction, code: string, tagLabel: (code: string) => string): string {
  return t(`classReason.${code}`, { defaultValue: tagLabel(code) });
}
