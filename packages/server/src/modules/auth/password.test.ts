import { describe, expect, it } from 'vitest';
import { addressKey } from './auth.service';
import { DEMO_PASSWORD, hashPassword, isDemoPassword, verifyPassword } from './password';

describe('security: the demo password in every form', () => {
  const forms = [
    'gridwork-demo',
    'ｇｒｉｄｗｏｒｋ－ｄｅｍｏ', // full width
    'GRIDWORK-DEMO',
    ' gridwork-demo ',
    'gridwork\u2013demo', // en dash
    'gridwork\u2212demo', // minus sign
    'gri\u200Bdwork-demo', // zero-width space
    'gridw\u043Erk-dem\u043E', // Cyrillic о
    'gr\u0456dwork-d\u0435mo', // Cyrillic і, е
    'gridwo\u0301rk-demo', // combining accent
    'gridwork-demo'.normalize('NFD'),
    '\uFF47ridwork-demo',
    'gr\u026A\u1D05\u1D21ork-\u1D05\u1D07mo', // small capitals
    'gridw0rk-dem0',
    'gr1dwork-demo',
    'gridwork_demo',
    'gridwork demo',
    'gridworkdemo',
    'gridwork-demo1',
    'gridwork\u2043demo',
    'grid\uAB83ork-demo', // Cherokee
    'GridWork-Demo-2026!',
  ];
  it.each(forms)('%j is the demo password', (pw) => expect(isDemoPassword(pw)).toBe(true));

  it.each(['gridwork-dem', 'grid-work-dome', 'correct horse battery', 'demo-gridwork'])('%j is not', (pw) =>
    expect(isDemoPassword(pw)).toBe(false),
  );

  it('passwords are compared in NFKC', async () => {
    // … a full-width form verifies against the plain hash (which is why such forms must be refused)
    const hash = await hashPassword(DEMO_PASSWORD, 1024);
    expect(await verifyPassword('ｇｒｉｄｗｏｒｋ－ｄｅｍｏ', hash)).toBe(true);
    expect(await verifyPassword('gridwork-demo2', hash)).toBe(false);
  });
});

describe('security: sign-in attempts are counted per IPv4 address and per IPv6 /64', () => {
  it.each([
    ['203.0.113.7', '203.0.113.7'],
    ['::ffff:203.0.113.7', '203.0.113.7'],
    ['2001:db8:1:2:aaaa:bbbb:cccc:dddd', '2001:db8:1:2::/64'],
    ['2001:db8:1:2::1', '2001:db8:1:2::/64'],
    ['2001:0db8:0001:0002:0:0:0:ffff', '2001:db8:1:2::/64'],
    ['2001:db8::1', '2001:db8:0:0::/64'],
    ['::1', '0:0:0:0::/64'],
    ['fe80::1%eth0', 'fe80:0:0:0::/64'],
  ])('%s → %s', (ip, key) => expect(addressKey(ip)).toBe(key));
});
