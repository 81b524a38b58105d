import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { DEFAULT_LIMITS, limitsFromEnv, serverTimeouts, type ServerLimits } from '../limits';
import { XLSX_MIME } from '../modules/roster/roster-columns';
import { DB_KINDS } from '../testing/databases';
import { createTestApp, type TestApp } from '../testing/test-app';
import { codeOf, openRequest, requestHead, type RawRequest } from './raw-requests.test-helpers';

const MIB = 1024 * 1024;
/** The request timeout of the test app (small, so slow bodies are cut quickly). */
const TIMEOUT_MS = Number(process.env.BODY_TIMEOUT_TEST_MS ?? 1500);
/** Slow anonymous sign-ins held at once, and the RSS growth they may cause. */
const SLOW_SIGNINS = Number(process.env.SLOW_SIGNINS ?? 1000);
const SLOW_SIGNIN_RSS_MB = Number(process.env.SLOW_SIGNIN_RSS_MB ?? 120);
/** Parallel slow roster uploads by one account. */
const PARALLEL_UPLOADS = Number(process.env.PARALLEL_UPLOADS ?? 12);
const LIMITS: ServerLimits = {
  ...DEFAULT_LIMITS,
  requestTimeoutMs: TIMEOUT_MS,
  headersTimeoutMs: TIMEOUT_MS,
  uploadsPerCaller: 2,
  uploadBudgetBytes: 6 * MIB,
};
/**
 * Node checks the deadlines every quarter of the shorter one: a cut comes this much after the timeout at most (plus a busy machine's
 * slack).
 */
const CUT_SLACK_MS = TIMEOUT_MS / 4 + 2000;

const rssMb = () => process.memoryUsage().rss / MIB;
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('security: request limits from the environment', () => {
  it('defaults: 300 s for a request, headers in 20 s, 3 large bodies per caller, a 128 MiB budget', () => {
    // … Node checks the deadlines every 5 s
    expect(limitsFromEnv({})).toEqual(DEFAULT_LIMITS);
    expect(serverTimeouts(DEFAULT_LIMITS)).toMatchObject({
      requestTimeout: 300_000,
      connectionTimeout: 180_000,
      keepAliveTimeout: 72_000,
      http: { headersTimeout: 20_000, connectionsCheckingInterval: 5000 },
    });
    const set = limitsFromEnv({ GRIDWORK_REQUEST_TIMEOUT_S: '600', GRIDWORK_UPLOADS_PER_USER: '5', GRIDWORK_UPLOAD_BUDGET_MB: '256' });
    expect(set).toMatchObject({ requestTimeoutMs: 600_000, uploadsPerCaller: 5, uploadBudgetBytes: 256 * MIB });
    for (const wrong of ['0', '-1', '1.5', 'ten', '99999'])
      expect(() => limitsFromEnv({ GRIDWORK_REQUEST_TIMEOUT_S: wrong })).toThrow(/GRIDWORK_REQUEST_TIMEOUT_S/);
  });
});

describe.each(DB_KINDS)('security: slow and large request bodies on %s', (kind) => {
  let t: TestApp;
  let port: number;
  const open: RawRequest[] = [];
  const request = (head: string, body?: Buffer) => {
    const r = openRequest(port, head, body);
    open.push(r);
    return r;
  };
  const upload = async (user: string | null, declared: number, sent: number, path = '/api/v1/roster/import?dryRun=true') => {
    const auth: Record<string, string> = user ? { authorization: `Bearer ${await t.token(user)}` } : {};
    return request(requestHead('POST', path, { 'content-type': XLSX_MIME, 'content-length': declared, ...auth }), Buffer.alloc(sent, 0x50));
  };
  const slotsFree = () =>
    vi.waitFor(() => expect(t.app.bodySlots.inUse).toEqual({ slots: 0, bytes: 0, callers: 0 }), { timeout: TIMEOUT_MS + CUT_SLACK_MS });

  beforeAll(async () => {
    t = await createTestApp(kind, { config: { limits: LIMITS } });
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    port = (t.app.server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    for (const r of open) r.socket.destroy();
    await t.close();
  });

  it('security: a body that does not arrive within the request timeout is cut with 408 REQUEST_TIMEOUT', async () => {
    // … so are headers that never end
    const body = await upload('worker1', MIB, 1000);
    const headers = request('POST /api/v1/auth/login HTTP/1.1\r\nHost: test\r\nContent-Type: appl');
    await vi.waitFor(() => expect(t.app.bodySlots.inUse.slots).toBe(1));
    const answer = await body.answer;
    expect(answer?.status).toBe(408);
    expect(codeOf(answer)).toBe('REQUEST_TIMEOUT');
    for (const r of [body, headers]) {
      const closedAt = await r.closed;
      expect(closedAt).toBeGreaterThanOrEqual(TIMEOUT_MS - 50);
      expect(closedAt).toBeLessThan(TIMEOUT_MS + CUT_SLACK_MS);
    }
    await slotsFree();
  });

  it(`security: ${SLOW_SIGNINS} slow anonymous sign-ins hold at most ${SLOW_SIGNIN_RSS_MB} MB and are all cut by the timeout`, async () => {
    const before = rssMb();
    const slow: RawRequest[] = [];
    const oversized: RawRequest[] = [];
    for (let i = 0; i < SLOW_SIGNINS; i++) {
      const path = '/api/v1/auth/login';
      // half declare a body within the sign-in limit and send all but its last byte; half declare 1 MiB and send 64 KiB
      if (i % 2 === 0)
        slow.push(
          request(requestHead('POST', path, { 'content-type': 'application/json', 'content-length': 4000 }), Buffer.alloc(3999, 0x20)),
        );
      else
        oversized.push(
          request(requestHead('POST', path, { 'content-type': 'application/json', 'content-length': MIB }), Buffer.alloc(64 * 1024, 0x20)),
        );
      if (i % 100 === 99) await pause(10);
    }
    const refused = await Promise.all(oversized.map((r) => r.answer));
    expect(refused.map((a) => `${a?.status} ${codeOf(a)}`)).toEqual(oversized.map(() => '413 PAYLOAD_TOO_LARGE'));
    await pause(200);
    const held = rssMb() - before;
    console.log(`[bodies ${kind}] ${SLOW_SIGNINS} slow sign-ins held: RSS +${Math.round(held)} MB`);
    expect(held).toBeLessThan(SLOW_SIGNIN_RSS_MB);
    const closed = await Promise.all([...slow, ...oversized].map((r) => r.closed));
    expect(Math.max(...closed)).toBeLessThan(TIMEOUT_MS + CUT_SLACK_MS + 1000);
    expect(t.app.bodySlots.inUse.slots).toBe(0);
  });

  it(`security: ${PARALLEL_UPLOADS} parallel large uploads by one account: ${LIMITS.uploadsPerCaller} are read, the rest 429`, async () => {
    // … TOO_MANY_UPLOADS unread, and no slot stays held
    const uploads = await Promise.all(Array.from({ length: PARALLEL_UPLOADS }, () => upload('worker1', 2 * MIB, 100 * 1024)));
    const answers = await Promise.all(uploads.map((u) => Promise.race([u.answer, pause(TIMEOUT_MS / 2).then(() => 'reading')])));
    expect(answers.filter((a) => a === 'reading')).toHaveLength(LIMITS.uploadsPerCaller);
    const busy = answers.filter((a) => a !== 'reading') as Array<Awaited<RawRequest['answer']>>;
    expect(busy.map((a) => `${a?.status} ${codeOf(a)}`)).toEqual(busy.map(() => '429 TOO_MANY_UPLOADS'));
    expect(busy[0]?.headers).toMatch(/\r\nretry-after: 30/i);
    expect(t.app.bodySlots.inUse).toEqual({ slots: 2, bytes: 4 * MIB, callers: 1 });
    // another account has slots of its own, within the server's budget (6 MiB)
    const lead = await upload('lead', 2 * MIB, 0);
    await vi.waitFor(() => expect(t.app.bodySlots.inUse).toMatchObject({ slots: 3, bytes: 6 * MIB, callers: 2 }));
    const overBudget = await (await upload('officer', MIB, 0)).answer;
    expect(`${overBudget?.status} ${codeOf(overBudget)}`).toBe('429 TOO_MANY_UPLOADS');
    // a chunked body is counted once it passes 64 KiB
    const chunked = request(
      requestHead('POST', '/api/v1/roster/import', {
        'content-type': XLSX_MIME,
        'transfer-encoding': 'chunked',
        authorization: `Bearer ${await t.token('worker1')}`,
      }),
      Buffer.from(`30000\r\n${'P'.repeat(0x30000)}\r\n`),
    );
    expect(codeOf(await chunked.answer)).toBe('TOO_MANY_UPLOADS');
    // aborted by the client, finished (answered), cut by the timeout: every slot comes back
    uploads.forEach((u) => u.socket.destroy());
    lead.socket.write(Buffer.alloc(2 * MIB, 0x50));
    expect(codeOf(await lead.answer)).toBe('ROSTER_NOT_XLSX');
    await slotsFree();
  });

  it('security: a signed-out 20 MiB upload to the roster import is 401 before its body is read', async () => {
    // … an unknown route is 404 unread
    const anonymous = await upload(null, 20 * MIB, 64 * 1024);
    const answer = await anonymous.answer;
    expect(`${answer?.status} ${codeOf(answer)}`).toBe('401 UNAUTHENTICATED');
    expect(answer!.at).toBeLessThan(TIMEOUT_MS / 2);
    const nowhere = await upload(null, 20 * MIB, 0, '/no/such/upload');
    expect(`${(await nowhere.answer)?.status} ${codeOf(await nowhere.answer)}`).toBe('404 NOT_FOUND');
    expect(t.app.bodySlots.inUse.slots).toBe(0);
  });

  it('security: public routes take small bodies: sign-in 4 KiB, sign-out 64 bytes, Open311 POST 64 KiB (413 before reading)', async () => {
    const login = await t.call(null, {
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'worker1', password: 'x'.repeat(5000) },
    });
    expect(login.statusCode).toBe(413);
    expect(login.json().error.code).toBe('PAYLOAD_TOO_LARGE');
    const logout = await t.call(null, { method: 'POST', url: '/api/v1/auth/logout', payload: { note: 'x'.repeat(100) } });
    expect(`${logout.statusCode} ${logout.json().error.code}`).toBe('413 PAYLOAD_TOO_LARGE');
    expect((await t.call(null, { method: 'POST', url: '/api/v1/auth/logout', payload: {} })).statusCode).toBe(204);
    const form = `api_key=k&service_code=x&description=${'%E5%95%8F'.repeat(8000)}`;
    const open311 = await t.call(null, {
      method: 'POST',
      url: '/open311/v2/requests.json',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: form,
    });
    expect(open311.statusCode).toBe(413);
    expect(open311.json()).toEqual([{ code: 413, description: 'request body too large' }]);
  });
});
