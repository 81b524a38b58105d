/**
 * The outbound texts: Chinese, built from the notice's number, title, kind and deadline only (C3, D10):
 * no reminder text, no account behind a reveal burst, digits of ID numbers and phones masked.
 */
import { describe, expect, it } from 'vitest';
import { markdownText, outboundText, plainText, shanghaiMinute } from './outbound-text';

const caseNotice = (kind: string, payload: object) => ({ kind, case_id: 12, subject_kind: 'case', subject_id: 12, payload });

describe('outbound text', () => {
  it('case notices: number, title, deadline in Asia/Shanghai', () => {
    const deadline = '2026-11-09T15:59:59.999Z';
    expect(plainText(outboundText(caseNotice('case-warning', { title: '井盖缺失', deadline })))).toBe(
      '【网格通】临期提醒：案件 #12「井盖缺失」将于 2026-11-09 23:59 到期，请及时办理',
    );
    expect(plainText(outboundText(caseNotice('case-overdue', { title: '井盖缺失', deadline })))).toBe(
      '【网格通】超期提醒：案件 #12「井盖缺失」已超过办理期限（2026-11-09 23:59）',
    );
    expect(outboundText(caseNotice('case-assigned', { title: 'x', deadline, action: 'assign' })).body).toBe(
      '案件 #12「x」已分派办理，期限 2026-11-09 23:59',
    );
    expect(outboundText(caseNotice('feedback-due', { title: 'x' })).body).toBe('案件 #12「x」已答复，请向居民反馈');
  });

  it("D10: a title typed with a phone or an ID number goes out masked; a reminder's own text never goes out", () => {
    const t = plainText(
      outboundText(caseNotice('case-reminder', { title: '张家 13800138000 漏水\n110101199001011234', text: '请联系 13900139000 王五' })),
    );
    expect(t).not.toMatch(/13800138000|110101199001011234|13900139000|王五|\n/);
    expect(t).toBe('【网格通】督办催办：案件 #12「张家 138****8000 漏水 110***********1234」收到催办，请尽快办理');
  });

  it('D10: a phone or an ID number typed with full-width digits, double spaces or in groups goes out masked', () => {
    const titles = [
      '张家 １３８００１３８０００ 漏水',
      '张家 138  0013  8000 漏水',
      '张家 110101 19900101 1234',
      '张家 １１０１０１１９９００１０１１２３Ｘ',
    ];
    for (const title of titles) {
      const t = plainText(outboundText(caseNotice('case-warning', { title })));
      // no 7 digits in a row once spaces are dropped (the mask keeps the first 3 and the last 4 only)
      expect(t.normalize('NFKC').replace(/\s+/g, ''), title).not.toMatch(/\d{7,}/);
      expect(t, title).toContain('张家');
    }
  });

  it('C3: a reveal burst names no account; other kinds carry their period or place', () => {
    const burst = plainText(
      outboundText({
        kind: 'reveal-burst',
        case_id: null,
        subject_kind: 'user',
        subject_id: 3,
        payload: { userId: 3, username: 'zhang3', displayName: '张三', count: 20, minutes: 10 },
      }),
    );
    expect(burst).toBe('【网格通】敏感信息查看超限：有账号 10 分钟内已查看 20 条敏感信息，后续查看已暂停，请登录系统核查');
    const due = outboundText({
      kind: 'round-report-due',
      case_id: null,
      subject_kind: 'grid',
      subject_id: 5,
      payload: { gridName: '一网格', month: '2026-10', due: '2026-11-05', overdue: false },
    });
    expect(due.body).toBe('一网格 · 2026-10 集中走访报告，2026-11-05 前报送');
    const meeting = outboundText({
      kind: 'meeting-announce',
      case_id: null,
      subject_kind: 'meeting',
      subject_id: 1,
      payload: { title: '加装电梯议事会', regionName: '一社区', startsAt: '2026-11-20T06:30:00.000Z', place: '3号楼' },
    });
    expect(meeting.body).toBe('加装电梯议事会 · 一社区 · 2026-11-20 14:30');
    expect(outboundText({ kind: 'something-new', case_id: null, subject_kind: 'x', subject_id: 1, payload: null })).toEqual({
      title: '通知',
      body: '有一条新通知，请登录系统查看',
    });
  });

  it("markdown: the notice's words cannot add links, images or headings", () => {
    const md = markdownText(outboundText(caseNotice('case-overdue', { title: '![x](http://evil/a.png) [点我](http://evil) # <b>' })));
    expect(md.split('\n')[0]).toBe('### 网格通 · 超期提醒');
    expect(md.slice(md.indexOf('\n'))).not.toMatch(/[[\]()<>#!]/);
  });

  it('shanghaiMinute: only times', () => {
    expect(shanghaiMinute('2026-12-31T16:00:00Z')).toBe('2027-01-01 00:00');
    expect([shanghaiMinute('soon'), shanghaiMinute(3), shanghaiMinute(null)]).toEqual([null, null, null]);
  });
});
