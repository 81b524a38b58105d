import { describe, expect, it } from 'vitest';
import type { TimelineEntry } from '../../../api/cases';
import { i18nForTests } from '../../../testing/i18nForTests';
import { detailLines, peopleOf } from './timelineDetails';

const entry = (action: string, details: Record<string, unknown>, actor = { id: 3, name: '李强' }): TimelineEntry => ({
  seq: 1,
  at: '2026-10-09T01:00:00.000Z',
  actor,
  action,
  fromStatus: 'accepted',
  toStatus: 'accepted',
  details,
});

describe('case timeline details read as names, not numbers (issue 11)', () => {
  const timeline = [
    entry('assign', { handlingUnit: '一社区工作站', handlerId: 6, handlerBefore: null, unitBefore: null }),
    entry('escalate', { reason: '需街道协调', tierBefore: 'community', tierAfter: 'street-office', referral: true }),
    entry('transfer', { explanation: '转交', toUserId: 99, toUnit: null, handOver: true, ownerBefore: 3, ownerAfter: 99 }),
  ];
  const ctx = (people: Map<number, string>) => ({ lang: 'zh-CN', classes: [], tiers: [], people });

  it('A3.3 the handler is named from the people the API lists; tiers in Chinese even when the policy lacks them', async () => {
    const t = await i18nForTests();
    const people = peopleOf(timeline, [{ id: 6, name: '王芳' }]);
    expect(detailLines(t, timeline[0], ctx(people))).toEqual(['承办单位：一社区工作站', '承办人：王芳']);
    expect(detailLines(t, timeline[1], ctx(people))).toEqual([
      '理由：需街道协调',
      '原层级：社区',
      '新层级：街道党工委、办事处',
      '已转报上级：是',
    ]);
  });

  it('a person the API could not name keeps a neutral fallback; bookkeeping ids stay hidden', async () => {
    const t = await i18nForTests();
    expect(detailLines(t, timeline[2], ctx(peopleOf(timeline)))).toEqual(['说明：转交', '转给人员：人员 #99', '首问责任移交：是']);
    const en = await i18nForTests('en');
    expect(detailLines(en, timeline[0], { ...ctx(peopleOf(timeline, [{ id: 6, name: 'Wang Fang' }])), lang: 'en' })).toContain(
      'Handler: Wang Fang',
    );
  });
});
