import { describe, expect, it } from 'vitest';
import { Open311Error } from './open311-format';
import { parseNewRequest, parseRequestQuery } from './open311-input';
import { escapeXmlText, xmlDocument, xmlList } from './open311-xml';

describe('Open311 XML', () => {
  it('escapes markup characters, keeps \\r as a reference, drops what XML 1.0 cannot carry, keeps astral characters', () => {
    expect(escapeXmlText(`a<b>&"c'`)).toBe('a&lt;b&gt;&amp;&quot;c&apos;');
    expect(escapeXmlText('x\r\ny')).toBe('x&#13;\ny');
    expect(escapeXmlText('\u0000a\u0008b\uFFFEc\uD800d')).toBe('abcd');
    expect(escapeXmlText('𠮷😀')).toBe('𠮷😀');
  });

  it('renders the declaration, nested lists, empty elements for null and empty lists', () => {
    expect(
      xmlDocument([
        'service_definition',
        [
          ['service_code', 'a&b'],
          ['attributes', []],
          ['x', null],
        ],
      ]),
    ).toBe(
      '<?xml version="1.0" encoding="utf-8"?>\n<service_definition>\n  <service_code>a&amp;b</service_code>\n  <attributes/>\n  ' +
        '<x/>\n</service_definition>\n',
    );
    expect(xmlList('errors', 'error', [{ code: 403, description: 'no' }])).toContain('<errors>\n  <error>\n    <code>403</code>');
    expect(xmlList('services', 'service', [])).toBe('<?xml version="1.0" encoding="utf-8"?>\n<services/>\n');
    expect(() => xmlDocument(['bad name', 'x'])).toThrow();
  });
});

describe('Open311 parameters', () => {
  const now = new Date('2026-10-12T02:00:00Z');
  it('GET: default window is the last 90 days; one date gives a 90-day window from it', () => {
    const q = parseRequestQuery({}, now);
    expect(q.end).toEqual(now);
    expect(now.getTime() - q.start.getTime()).toBe(90 * 86_400_000);
    const fromStart = parseRequestQuery({ start_date: '2026-07-01T00:00:00Z' }, now);
    expect(fromStart.end.toISOString()).toBe('2026-09-29T00:00:00.000Z');
    expect(parseRequestQuery({ end_date: '2026-10-01' }, now).end.toISOString()).toBe('2026-10-01T15:59:59.999Z');
  });

  it('GET: service_request_id overrides every other argument; > 90 days and bad values are 400', () => {
    expect(parseRequestQuery({ service_request_id: '3, 5', status: 'bogus', start_date: 'x' }, now)).toMatchObject({
      ids: [3, 5],
      codes: null,
      statuses: null,
    });
    const err = (p: Record<string, string>) => {
      try {
        parseRequestQuery(p, now);
      } catch (e) {
        return e as Open311Error;
      }
      throw new Error('expected an error');
    };
    expect(err({ start_date: '2026-01-01T00:00:00Z', end_date: '2026-04-02T00:00:00Z' }).status).toBe(400);
    expect(err({ start_date: '2026-01-01T00:00:00' }).descriptions[0]).toContain('zone');
    expect(err({ status: 'open,pending', service_code: 'Bad Code' }).descriptions).toHaveLength(2);
    expect(parseRequestQuery({ start_date: '2026-01-01T00:00:00Z', end_date: '2026-04-01T00:00:00Z' }, now).statuses).toBeNull();
  });

  it('POST: names in Chinese order, coordinates strictly numeric, media URLs http(s) only', () => {
    const base = { service_code: 'sanitation', lat: '39.01', long: '116.005' };
    expect(parseNewRequest({ ...base, first_name: '明', last_name: '王' }).reporterName).toBe('王明');
    expect(parseNewRequest({ ...base, first_name: 'John', last_name: 'Smith' }).reporterName).toBe('John Smith');
    expect(parseNewRequest({ ...base, description: '  ' }).description).toBeNull();
    expect(() => parseNewRequest({ ...base, lat: '39.01abc' })).toThrow(Open311Error);
    expect(() => parseNewRequest({ ...base, lat: '91' })).toThrow(Open311Error);
    expect(() => parseNewRequest({ ...base, media_url: 'javascript:alert(1)' })).toThrow(Open311Error);
    expect(parseNewRequest({ ...base, media_url: 'https://x.org/a.jpg' }).mediaUrl).toBe('https://x.org/a.jpg');
  });
});
