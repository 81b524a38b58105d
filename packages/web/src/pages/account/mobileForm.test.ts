import { describe, expect, it } from 'vitest';
import { isMobile } from './MobileForm';

describe('我的账户 mobile check (as the server checks it)', () => {
  it('accepts 11-digit mainland mobiles, spaces and dashes as typed', () => {
    expect(['13812345678', '138 1234 5678', '199-0000-1111'].map(isMobile)).toEqual([true, true, true]);
  });
  it('refuses short, long, 12…, landlines and +86', () => {
    expect(['1381234567', '138123456789', '12812345678', '010-62345678', '+8613812345678', ''].map(isMobile)).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
  });
});
