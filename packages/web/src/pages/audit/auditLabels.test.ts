import { AUDIT_ACTIONS, AUDIT_ENTITIES } from '@gridwork/core/audit/actions';
import { describe, expect, it } from 'vitest';
import { i18nForTests } from '../../testing/i18nForTests';
import { auditActionLabel, auditEntityLabel } from './auditLabels';

/** The translation files' sources by name (`zh-CN.audit.ts`), read by Vite. */
const SOURCES = Object.fromEntries(
  Object.entries(import.meta.glob<string>('../../i18n/*.ts', { query: '?raw', import: 'default', eager: true })).map(([path, text]) => [
    path.split('/').pop()!,
    text,
  ]),
);

describe('audit log labels (issue 11: Chinese everywhere)', () => {
  it.each(['zh-CN', 'en'] as const)('every action and entity the server writes has a %s label', async (lng) => {
    const t = await i18nForTests(lng);
    const missing = [
      ...AUDIT_ACTIONS.filter((a) => auditActionLabel(t, a) === a),
      ...AUDIT_ENTITIES.filter((e) => auditEntityLabel(t, e) === e),
    ];
    expect(missing).toEqual([]);
  });

  it('Chinese labels are Chinese', async () => {
    const t = await i18nForTests('zh-CN');
    const latin = AUDIT_ACTIONS.map((a) => auditActionLabel(t, a)).filter((label) => !/\p{Script=Han}/u.test(label));
    expect(latin).toEqual([]);
  });

  it('every translation module is registered (i18n/index.ts, or zh-CN.ts / en.ts): the tests read them all', () => {
    const registry = ['index.ts', 'zh-CN.ts', 'en.ts'].map((f) => SOURCES[f]).join('\n');
    const modules = Object.keys(SOURCES).filter((f) => /^(zh-CN|en)\.\w+\.ts$/.test(f));
    expect(modules.length).toBeGreaterThan(10);
    const imported = (f: string) => registry.includes(`from './${f.replace(/\.ts$/, '')}';`);
    expect(modules.filter((f) => !imported(f))).toEqual([]);
  });
});
