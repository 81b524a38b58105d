import { describe, expect, it } from 'vitest';
import { formatMinute } from './caseFormat';
import { formatDate, formatDateTime } from './format';

describe('one date format on every page, in Asia/Shanghai (issue 11)', () => {
  const at = '2026-12-06T17:05:09.000Z'; // 2026-12-07 01:05:09 in Shanghai

  it('an instant is day and minute in Shanghai time; cases, notices and the rest agree; seconds only on request', () => {
    expect(formatDateTime(at, 'zh-CN')).toBe('2026/12/07 01:05');
    expect(formatMinute(at, 'zh-CN')).toBe(formatDateTime(at, 'zh-CN'));
    expect(formatDateTime(at, 'zh-CN', { seconds: true })).toBe('2026/12/07 01:05:09');
    expect(formatDateTime(at, 'en')).toBe('07/12/2026, 01:05');
  });

  it('a day reads like the day of an instant', () => {
    expect(formatDate('2026-12-07', 'zh-CN')).toBe('2026/12/07');
    expect(formatDate(at, 'zh-CN')).toBe(formatDateTime(at, 'zh-CN').slice(0, 10));
    expect(formatDate(null, 'zh-CN')).toBe('—');
  });
});
