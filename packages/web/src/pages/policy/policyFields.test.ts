import { PRESET_IDS } from '@gridwork/core/policy/schema';
import { clonePreset } from '@gridwork/core/policy/presets';
import { describe, expect, it } from 'vitest';
import { i18nForTests } from '../../testing/i18nForTests';
import { fieldText } from './PolicyFieldInput';
import { allFields, policySections } from './policyFields';

const byPointer = (doc: unknown) => new Map(allFields(policySections(doc)).map((f) => [f.pointer, f]));

describe('policy form fields from the schema and the document (issue 11)', () => {
  it('A3.4 D2 D5 kinds: a limit with its units, a share, a switch, an option list, each with its rule', () => {
    const fields = byPointer(clonePreset('community'));
    expect(fields.get('/caseClasses/general/limit')).toMatchObject({
      kind: 'dayLimit',
      rule: 'A3.4',
      options: ['working-days', 'calendar-days'],
    });
    expect(fields.get('/caseClasses/general/label')).toMatchObject({ kind: 'label', rule: 'A3.4' });
    expect(fields.get('/caseClasses/general/extendable')).toMatchObject({ kind: 'boolean', rule: 'A3.4' });
    expect(fields.get('/warnShare/value')).toMatchObject({ kind: 'share', rule: 'D2' });
    expect(fields.get('/visits/inPersonOnly/value')).toMatchObject({ kind: 'boolean', rule: 'D5' });
    expect(fields.get('/visits/obligations/2-key/period')).toMatchObject({ kind: 'enum', rule: 'A7.2' });
    expect(fields.get('/visits/obligations/2-key/count')).toMatchObject({ kind: 'number', integer: true, optional: false });
    expect(fields.get('/verification/sampling/rounding')).toMatchObject({ kind: 'enum', options: ['up'] }); // a union of one
    expect(fields.get('/tiers/ladder/1/code')).toMatchObject({ kind: 'text', rule: 'A2.2' });
    expect(fields.get('/verification/sampling/rates/1/visitClasses')).toMatchObject({ kind: 'codes', rule: 'A8.2' });
    expect(fields.get('/assessment/items/0/periods')).toBeUndefined(); // optional list, absent: JSON view
    expect(fields.get('/assessment/items/6/periods')).toMatchObject({ kind: 'enums', options: ['month', 'year'] });
  });

  it('D4 an optional limit that is not set is still a field (empty, clearable); rule, see and note are not fields', () => {
    const fields = byPointer(clonePreset('community'));
    expect(fields.get('/extension/maxLength')).toMatchObject({ kind: 'dayLimit', optional: true, rule: 'A3.4' });
    expect([...fields.keys()].some((p) => /\/(rule|see|note)$/.test(p))).toBe(false);
  });

  it('every preset: each leaf value of the document is a field or under one (nothing silently hidden but rule tags and notes)', () => {
    for (const id of PRESET_IDS) {
      const doc = clonePreset(id);
      const pointers = [...byPointer(doc).keys()];
      const leaves: string[] = [];
      const visit = (v: unknown, at: string) => {
        if (v && typeof v === 'object' && !pointers.includes(at)) {
          for (const [k, x] of Object.entries(v)) if (!['rule', 'see', 'note'].includes(k)) visit(x, `${at}/${k}`);
        } else leaves.push(at);
      };
      visit(doc, '');
      expect(
        leaves.filter((l) => !pointers.includes(l)),
        id,
      ).toEqual([]);
    }
  });

  it('A3.4 map entries follow the preset’s order whatever the stored order (the database reorders keys)', () => {
    const preset = clonePreset('community');
    const { complex, general, consultation, ...rest } = preset.caseClasses;
    const stored = { ...preset, caseClasses: { complex, general, ...rest, consultation, extra: general } };
    const groups = (reference?: unknown) =>
      policySections(stored, reference)[0].groups.map((g) => g.pointer.replace('/caseClasses/', '').replace(/\/.*/, ''));
    expect(groups(preset)).toEqual(['consultation', 'general', 'complex', 'especially-complex', 'extra']);
    expect(groups()).toEqual(['complex', 'general', 'especially-complex', 'consultation', 'extra']);
  });

  it('sections follow the schema order and leave out absent ones', () => {
    const township = byPointer(clonePreset('township'));
    expect(township.get('/tiers/startByCategory/dispute')).toMatchObject({ kind: 'text', key: 'dispute', rule: 'C5.3' });
    expect(policySections(clonePreset('marketing')).map((s) => s.key)).toEqual([
      'caseClasses',
      'tiers',
      'warnShare',
      'extension',
      'visits',
      'meetings',
      'dailyLog',
      'marketing',
      'privacy',
      'publication',
    ]);
  });
});

describe('policy form labels and values in the admin’s language (issue 11)', () => {
  it('every field and section of every preset has a zh-CN and an en label (never the raw key), options too', async () => {
    for (const lng of ['zh-CN', 'en'] as const) {
      const t = await i18nForTests(lng);
      for (const id of PRESET_IDS) {
        const sections = policySections(clonePreset(id));
        const keys = [...sections.map((s) => s.key), ...allFields(sections).map((f) => f.key)];
        expect(
          keys.filter((k) => t(`policyKeys.${k}`, { defaultValue: '' }) === ''),
          `${lng} ${id}`,
        ).toEqual([]);
        const options = allFields(sections).flatMap((f) => (f.options ?? []).map((o) => [f.key, o] as const));
        // in English a code may read as itself ("week"); in Chinese it never does
        const raw = lng === 'en' ? [] : options.filter(([key, o]) => fieldText(t, lng, { kind: 'enum', key }, o) === o);
        expect(raw, `${lng} ${id}`).toEqual([]);
      }
    }
  });

  it('D2 A3.4 values read with their units: a share in %, a limit in working days, a count in times, unset', async () => {
    const t = await i18nForTests();
    expect(fieldText(t, 'zh-CN', { kind: 'share', key: 'value' }, 0.17)).toBe('17%');
    expect(fieldText(t, 'zh-CN', { kind: 'dayLimit', key: 'limit' }, { value: 5, unit: 'working-days' })).toBe('5 个工作日');
    expect(fieldText(t, 'zh-CN', { kind: 'number', key: 'count' }, 2)).toBe('2 次');
    expect(fieldText(t, 'zh-CN', { kind: 'enums', key: 'levels' }, ['community', 'grid'])).toBe('社区、网格');
    expect(fieldText(t, 'zh-CN', { kind: 'number', key: 'minHours' }, undefined)).toBe('未设置');
  });
});
