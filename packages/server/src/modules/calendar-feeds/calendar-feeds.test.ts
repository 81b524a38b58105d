import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS } from '../../testing/databases';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { foldLine, icalText } from './ical';

const now = new Date('2026-12-07T10:00:00+08:00');

describe('iCal text', () => {
  it('escapes backslashes, semicolons, commas and newlines; folds at 75 octets without splitting a character', () => {
    expect(icalText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
    // a bare CR or another control character never starts a line of its own
    expect(icalText('Inj\rEND:VEVENT\r\nx\u0001y')).toBe('Inj\\nEND:VEVENT\\nxy');
    const folded = foldLine(`SUMMARY:${'网格'.repeat(40)}`);
    for (const line of folded.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    expect(folded.replace(/\r\n /g, '')).toBe(`SUMMARY:${'网格'.repeat(40)}`);
  });
});

describe.each(DB_KINDS)('private calendar feeds (item 9) on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind, { clock: () => now });
  });
  afterAll(() => t.close());
  const call = (user: string | null, method: 'GET' | 'POST' | 'DELETE', url: string, payload?: object) =>
    t.call(user, { method, url, ...(payload ? { payload } : {}) });

  it("a member's feed holds their meetings and training, is read without signing in, and is revocable", async () => {
    await call('lead', 'POST', '/api/v1/meetings', {
      type: 'monthly-work',
      regionId: t.fx.regions.c1.id,
      startsAt: '2026-12-25T09:00:00+08:00',
      title: '月度例会, 第12次; 总结',
      place: '社区会议室',
    });
    await call('admin', 'POST', '/api/v1/trainings', {
      regionId: t.fx.regions.street.id,
      topic: '文明礼仪',
      startsAt: '2026-12-10T14:00:00+08:00',
      minutes: 90,
    });
    expect((await call('worker1', 'GET', '/api/v1/me/calendar-feed')).json()).toEqual({ active: false, createdAt: null });
    const made = await call('worker1', 'POST', '/api/v1/me/calendar-feed');
    expect(made.statusCode).toBe(201);
    const url = made.json().url as string;
    const feed = await call(null, 'GET', url);
    expect(feed.statusCode).toBe(200);
    expect(feed.headers['content-type']).toContain('text/calendar');
    const text = feed.body.replace(/\r\n /g, '');
    expect(text).toContain('SUMMARY:月度例会\\, 第12次\\; 总结');
    expect(text).toContain('DTSTART:20261225T010000Z');
    expect(text).toContain('SUMMARY:培训：文明礼仪');
    expect(text).toContain('DURATION:PT90M');
    // a new address replaces the old one; revoking ends it
    const again = (await call('worker1', 'POST', '/api/v1/me/calendar-feed')).json().url;
    expect((await call(null, 'GET', url)).statusCode).toBe(404);
    expect((await call(null, 'GET', again)).statusCode).toBe(200);
    expect((await call('worker1', 'DELETE', '/api/v1/me/calendar-feed')).statusCode).toBe(204);
    expect((await call(null, 'GET', again)).statusCode).toBe(404);
    expect((await call(null, 'GET', '/api/v1/calendar-feeds/not-a-token.ics')).statusCode).toBe(404);
  });

  it('C2.2 a town grid worker sees the quarterly round window as all-day events; others see none of their meetings', async () => {
    const url = (await call('townworker', 'POST', '/api/v1/me/calendar-feed')).json().url;
    const text = (await call(null, 'GET', url)).body;
    expect(text).toContain('DTSTART;VALUE=DATE:20270101');
    expect(text).toContain('DTEND;VALUE=DATE:20270116');
    expect(text).not.toContain('月度例会');
  });
});
