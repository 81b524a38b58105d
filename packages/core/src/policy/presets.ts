/** The three presets a deployment starts from (RULES.md). Frozen: copy with `clonePreset` to edit. */
import { COMMUNITY_PRESET } from './preset-community';
import { MARKETING_PRESET } from './preset-marketing';
import { TOWNSHIP_PRESET } from './preset-township';
import type { PolicyValues, PresetId } from './schema';

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

export const PRESETS: Readonly<Record<PresetId, PolicyValues>> = deepFreeze({
  community: COMMUNITY_PRESET,
  township: TOWNSHIP_PRESET,
  marketing: MARKETING_PRESET,
});

/** A fresh, editable copy of a preset's values. */
export function clonePreset(preset: PresetId): PolicyValues {
  return structuredClone(PRESETS[preset]);
}

/**
 * The preset families: a broadband operator's tree (marketing) and a government tree (community,
 * township) never mix; roles of one family work only where it governs (core/access roles.ts `presets`).
 */
export function presetFamily(preset: string): 'government' | 'marketing' {
  return preset === 'marketing' ? 'marketing' : 'government';
}
