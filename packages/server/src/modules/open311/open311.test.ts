import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS } from '../../testing/databases';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { DEMO_OPEN311_KEY, seedDemoOpen311Client } from './open311-clients.service';

/** A strict little XML reader for the tests: declaration, one root, balanced elements without attributes, valid entities. */
interface XEl {
  name: string;
  children: XEl[];
  text: string;
}
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
function parseXml(src: string): XEl {
  const decl = '<?xml version="1.0" encoding="utf-8"?>\n';
  if (!src.startsWith(decl)) throw new Error('missing XML declaration');
  const stack: XEl[] = [];
  let root: XEl | null = null;
  let i = decl.length;
  while (i < src.length) {
    if (src[i] === '<') {
      const close = src.indexOf('>', i);
      if (close < 0) throw new Error(`unterminated tag at ${i}`);
      const tag = src.slice(i + 1, close);
      if (tag.startsWith('/')) {
        const open = stack.pop();
        if (!open || open.name !== tag.slice(1)) throw new Error(`mismatched </${tag.slice(1)}> at ${i}`);
      } else {
        const selfClosing = tag.endsWith('/');
        const name = selfClosing ? tag.slice(0, -1) : tag;
        if (!/^[A-Za-z_][\w.-]*$/.test(name)) throw new Error(`bad tag <${tag}> at ${i}`);
        const el: XEl = { name, children: [], text: '' };
        if (stack.length) stack[stack.length - 1].children.push(el);
        else if (root) throw new Error('a second root element');
        else root = el;
        if (!selfClosing) stack.push(el);
      }
      i = close + 1;
    } else {
      const next = src.indexOf('<', i);
      const raw = src.slice(i, next < 0 ? src.length : next);
      if (!stack.length) {
        if (raw.trim()) throw new Error('text outside the root element');
      } else {
        if (/&(?!(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/.test(raw) || raw.includes('>')) throw new Error(`unescaped text: ${raw}`);
        stack[stack.length - 1].text += raw.replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);/g, (_m, e: string) =>
          e.startsWith('#x')
            ? String.fromCodePoint(parseInt(e.slice(2), 16))
            : e.startsWith('#')
              ? String.fromCodePoint(Number(e.slice(1)))
              : ENTITIES[e],
        );
      }
      i = next < 0 ? src.length : next;
    }
  }
  if (stack.length || !root) throw new Error('unclosed elements');
  return root;
}
const kids = (el: XEl, name: string) => el.children.filter((c) => c.name === name);
const textOf = (el: XEl, name: string) => kids(el, name)[0]?.text;

const SPEC_REQUEST_FIELDS = [
  'service_request_id',
  'status',
  'status_notes',
  'service_name',
  'service_code',
  'description',
  'agency_responsible',
  'service_notice',
  'requested_datetime',
  'updated_datetime',
  'expected_datetime',
  'address',
  'address_id',
  'zipcode',
  'lat',
  'long',
  'media_url',
];
const DEFAULT_CODES = [
  'policy-consultation',
  'dispute',
  'safety-hazard',
  'sanitation',
  'livelihood-project',
  'public-facility',
  'legal-advice',
  'other',
];

let now = new Date('2026-10-12T10:00:00+08:00');

describe.each(DB_KINDS)('Open311 GeoReport v2 on %s', (kind) => {
  let t: TestApp;
  let streetKey: string;
  let streetClient: { id: number; actingUserId: number };
  let c1Key: string;
  let townKey: string;
  beforeAll(async () => {
    now = new Date('2026-10-12T10:00:00+08:00');
    t = await createTestApp(kind, { clock: () => now });
    const issue = async (name: string, regionId: number) => {
      const res = await t.call('admin', { method: 'POST', url: '/api/v1/open311/clients', payload: { name, regionId } });
      expect(res.statusCode, res.body).toBe(201);
      return res.json();
    };
    const street = await issue('街道公众号', t.fx.regions.street.id);
    streetKey = street.key;
    streetClient = street;
    c1Key = (await issue('一社区小程序', t.fx.regions.c1.id)).key;
    townKey = (await issue('镇公众号', t.fx.regions.town.id)).key;
  });
  afterAll(() => t.close());

  const get = (url: string) => t.app.inject({ method: 'GET', url: `/open311/v2/${url}` });
  const postForm = (format: 'json' | 'xml', fields: Record<string, string>, headers: Record<string, string> = {}) =>
    t.app.inject({
      method: 'POST',
      url: `/open311/v2/requests.${format}`,
      payload: new URLSearchParams(fields).toString(),
      headers: { 'content-type': 'application/x-www-form-urlencoded; charset=utf-8', ...headers },
    });
  const postJson = (format: 'json' | 'xml', body: Record<string, unknown>, headers: Record<string, string> = {}) =>
    t.app.inject({ method: 'POST', url: `/open311/v2/requests.${format}`, payload: body, headers });
  const inG1 = { lat: '39.01', long: '116.005' };
  const inC2 = { lat: '39.01', long: '116.03' };
  const file = async (fields: Record<string, string>) => {
    const res = await postForm('json', { api_key: streetKey, ...inG1, ...fields });
    expect(res.statusCode, res.body).toBe(201);
    return res.json()[0].service_request_id as number;
  };
  const caseOf = async (id: number) => (await t.call('admin', { method: 'GET', url: `/api/v1/cases/${id}` })).json();
  const countCases = async () =>
    Number(
      (
        await t.ctx.db
          .selectFrom('cases')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  it('services.json: the contract taxonomy as realtime services without metadata', async () => {
    const res = await get('services.json');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
    const services = res.json();
    expect(services.map((s: { service_code: string }) => s.service_code)).toEqual(DEFAULT_CODES);
    for (const s of services) {
      expect(Object.keys(s)).toEqual(['service_code', 'service_name', 'description', 'metadata', 'type', 'keywords', 'group']);
      expect(s).toMatchObject({ metadata: false, type: 'realtime' });
      expect(s.service_name).toMatch(/[\u4e00-\u9fff]/);
      expect(s.keywords).toBeTruthy();
      expect(s.group).toBeTruthy();
    }
    expect(services[3]).toMatchObject({ service_code: 'sanitation', service_name: '环境卫生' });
  });

  it('services.xml: well-formed, <services><service> with the spec elements', async () => {
    const res = await get('services.xml');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/xml; charset=utf-8');
    const root = parseXml(res.body);
    expect(root.name).toBe('services');
    expect(root.children.map((c) => c.name)).toEqual(DEFAULT_CODES.map(() => 'service'));
    expect(root.children[0].children.map((c) => c.name)).toEqual([
      'service_code',
      'service_name',
      'description',
      'metadata',
      'type',
      'keywords',
      'group',
    ]);
    expect(root.children.map((s) => textOf(s, 'service_code'))).toEqual(DEFAULT_CODES);
    expect(textOf(root.children[3], 'service_name')).toBe('环境卫生');
    expect(textOf(root.children[0], 'metadata')).toBe('false');
    expect(textOf(root.children[0], 'type')).toBe('realtime');
  });

  it('service definitions; unknown codes are 404 in the spec error format (JSON and XML)', async () => {
    expect((await get('services/sanitation.json')).json()).toEqual({ service_code: 'sanitation', attributes: [] });
    const xml = parseXml((await get('services/sanitation.xml')).body);
    expect(xml.name).toBe('service_definition');
    expect(textOf(xml, 'service_code')).toBe('sanitation');
    expect(kids(xml, 'attributes')).toHaveLength(1);
    const missing = await get('services/potholes.json');
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toEqual([{ code: 404, description: expect.stringContaining('potholes') }]);
    const missingXml = await get('services/potholes.xml');
    expect(missingXml.statusCode).toBe(404);
    const errors = parseXml(missingXml.body);
    expect(errors.name).toBe('errors');
    expect(textOf(kids(errors, 'error')[0], 'code')).toBe('404');
    expect((await get('services/sanitation')).statusCode).toBe(404);
    const unknownRoute = await get('nothing/here.xml');
    expect(unknownRoute.statusCode).toBe(404);
    expect(parseXml(unknownRoute.body).name).toBe('errors');
    expect((await get('requests/abc.json')).json()[0].code).toBe(404);
  });

  it('POST form-encoded → a case (source open311, general class, intake as the client user); GET by id shows it', async () => {
    now = new Date('2026-10-12T10:00:00+08:00');
    const res = await postForm('json', {
      api_key: streetKey,
      service_code: 'sanitation',
      ...inG1,
      address_string: '幸福路3号楼门口',
      description: '3号楼门口垃圾堆放多日',
      first_name: '明',
      last_name: '王',
      phone: '13900001111',
      email: 'wang@example.org',
      media_url: 'https://img.example.org/1.jpg',
    });
    expect(res.statusCode, res.body).toBe(201);
    const [created] = res.json();
    expect(Object.keys(created)).toEqual(['service_request_id', 'service_notice', 'account_id']);
    expect(created.account_id).toBeNull();
    expect(created.service_notice).toContain('已受理');
    const id = created.service_request_id as number;
    const c = await caseOf(id);
    expect(c).toMatchObject({
      source: 'open311',
      category: 'sanitation',
      caseClass: 'general',
      status: 'received',
      gridId: t.fx.regions.g1.id,
      ownerId: streetClient.actingUserId,
    });
    expect(c.reporter).toMatchObject({ name: '王明', confidential: false });
    expect(c.deadline).toBe('2026-10-19T23:59:59.999+08:00'); // A3.4: general, 5 working days after 2026-10-12

    const byId = await get(`requests/${id}.json`);
    expect(byId.statusCode).toBe(200);
    const [r] = byId.json();
    expect(Object.keys(r)).toEqual(SPEC_REQUEST_FIELDS);
    expect(r).toMatchObject({
      service_request_id: id,
      status: 'open',
      status_notes: null,
      service_code: 'sanitation',
      service_name: '环境卫生',
      description: '3号楼门口垃圾堆放多日',
      agency_responsible: null,
      requested_datetime: c.receivedAt,
      expected_datetime: c.deadline,
      address: '幸福路3号楼门口',
      lat: 39.01,
      long: 116.005,
      media_url: 'https://img.example.org/1.jpg',
    });
    for (const secret of ['13900001111', '王明', 'wang@example.org']) expect(byId.body).not.toContain(secret);
    expect((await get(`tokens/${id}.json`)).json()).toEqual([{ service_request_id: id, token: String(id) }]);
    expect((await get('tokens/999999.json')).statusCode).toBe(404);
  });

  it('POST JSON with an XML answer; GET requests/{id}.xml; a retried POST with the same Idempotency-Key files once', async () => {
    const before = await countCases();
    const body = { api_key: streetKey, service_code: 'public-facility', lat: 39.01, long: 116.015, description: '路灯不亮' };
    const res = await postJson('xml', body, { 'idempotency-key': 'o311-retry-1' });
    expect(res.statusCode, res.body).toBe(201);
    const doc = parseXml(res.body);
    expect(doc.name).toBe('service_requests');
    const id = Number(textOf(kids(doc, 'request')[0], 'service_request_id'));
    expect(kids(kids(doc, 'request')[0], 'account_id')[0].children).toHaveLength(0);
    const again = await postJson('xml', body, { 'idempotency-key': 'o311-retry-1' });
    expect(Number(textOf(kids(parseXml(again.body), 'request')[0], 'service_request_id'))).toBe(id);
    expect(await countCases()).toBe(before + 1);
    const c = await caseOf(id);
    expect(c.gridId).toBe(t.fx.regions.g2.id);
    const xml = parseXml((await get(`requests/${id}.xml`)).body);
    const [req] = kids(xml, 'request');
    expect(req.children.map((e) => e.name)).toEqual(SPEC_REQUEST_FIELDS);
    expect(textOf(req, 'status')).toBe('open');
    expect(textOf(req, 'expected_datetime')).toBe(c.deadline);
    expect(textOf(req, 'service_name')).toBe('公共设施');
  });

  it('api_key: missing, wrong or deactivated → 403 in the spec format; nothing is filed', async () => {
    const before = await countCases();
    const fields = { service_code: 'sanitation', ...inG1, description: 'x' };
    const missing = await postForm('json', fields);
    expect(missing.statusCode).toBe(403);
    expect(missing.json()).toEqual([{ code: 403, description: expect.stringContaining('api_key') }]);
    const wrong = await postForm('xml', { ...fields, api_key: 'not-a-key' });
    expect(wrong.statusCode).toBe(403);
    const errors = parseXml(wrong.body);
    expect(errors.name).toBe('errors');
    expect(textOf(kids(errors, 'error')[0], 'code')).toBe('403');
    expect(textOf(kids(errors, 'error')[0], 'description')).toContain('api_key');
    expect((await get('requests.json?api_key=nope')).statusCode).toBe(403);

    const spare = (
      await t.call('admin', { method: 'POST', url: '/api/v1/open311/clients', payload: { name: '临时', regionId: t.fx.regions.street.id } })
    ).json();
    expect((await postForm('json', { ...fields, api_key: spare.key })).statusCode).toBe(201);
    const off = await t.call('admin', { method: 'DELETE', url: `/api/v1/open311/clients/${spare.id}` });
    expect(off.statusCode).toBe(200);
    expect(off.json().active).toBe(false);
    expect((await postForm('json', { ...fields, api_key: spare.key })).statusCode).toBe(403);
    expect(await countCases()).toBe(before + 1);
  });

  it("bad requests: unknown service 404; no or partial location, outside the key's region", async () => {
    // … no grid → 400 listing each problem
    const before = await countCases();
    const base = { api_key: streetKey, service_code: 'sanitation', description: 'x' };
    const unknown = await postForm('json', { ...base, service_code: 'potholes', ...inG1 });
    expect(unknown.statusCode).toBe(404);
    const noLocation = await postForm('json', base);
    expect(noLocation.statusCode).toBe(400);
    expect(noLocation.json()[0]).toMatchObject({ code: 400, description: expect.stringContaining('lat') });
    expect((await postForm('json', { ...base, address_string: '幸福路3号' })).json()[0].description).toContain('address_string');
    expect((await postForm('json', { ...base, lat: '39.01' })).statusCode).toBe(400);
    const outside = await postForm('json', { ...base, api_key: c1Key, ...inC2 });
    expect(outside.statusCode).toBe(400);
    expect(outside.json()[0].description).toContain('outside');
    expect((await postForm('json', { ...base, api_key: townKey, ...inG1 })).statusCode).toBe(400);
    expect((await postForm('json', { ...base, lat: '39.01', long: '117.5' })).statusCode).toBe(400);
    const several = await postForm('json', { ...base, ...inG1, phone: 'call me', media_url: 'javascript:alert(1)' });
    expect(several.statusCode).toBe(400);
    expect(several.json()).toHaveLength(2);
    const badJson = await t.app.inject({
      method: 'POST',
      url: '/open311/v2/requests.json',
      payload: '{"api_key":',
      headers: { 'content-type': 'application/json' },
    });
    expect(badJson.statusCode).toBe(400);
    expect(badJson.json()[0].code).toBe(400);
    expect(await countCases()).toBe(before);
  });

  it('GET requests: default last 90 days, status, service_code, dates, ids override; > 90 days → 400', async () => {
    now = new Date('2026-07-01T10:00:00+08:00');
    const old = await file({ service_code: 'sanitation', description: '旧的' });
    now = new Date('2026-10-10T10:00:00+08:00');
    const dispute = await file({ service_code: 'dispute', description: '邻里纠纷' });
    const rejected = await t.call('leader', {
      method: 'POST',
      url: `/api/v1/cases/${dispute}/actions/reject`,
      payload: { expectedVersion: 1, reason: '重复' },
    });
    expect(rejected.statusCode, rejected.body).toBe(200);
    now = new Date('2026-10-12T11:00:00+08:00');
    const open = await file({ service_code: 'sanitation', description: '新的' });
    const ids = async (query: string) => {
      const res = await get(`requests.json${query}`);
      expect(res.statusCode, res.body).toBe(200);
      return (res.json() as Array<{ service_request_id: number }>).map((r) => r.service_request_id);
    };
    const all = await ids('');
    expect(all).toEqual(expect.arrayContaining([dispute, open]));
    expect(all).not.toContain(old);
    expect(all.indexOf(open)).toBeLessThan(all.indexOf(dispute)); // newest first
    const closed = (await get(`requests/${dispute}.json`)).json()[0];
    expect(closed.status).toBe('closed');
    expect(await ids('?status=closed')).toEqual([dispute]);
    expect(await ids('?status=open')).not.toContain(dispute);
    expect(await ids('?status=open,closed')).toEqual(all);
    expect(await ids('?service_code=dispute')).toEqual([dispute]);
    expect(await ids('?service_code=dispute&service_code=sanitation')).toEqual(expect.arrayContaining([dispute, open]));
    expect(await ids('?start_date=2026-06-25T00:00:00%2B08:00&end_date=2026-07-05T00:00:00Z')).toEqual([old]);
    const sinceOct11 = await ids('?start_date=2026-10-11'); // a bare date: that day in Asia/Shanghai
    expect(sinceOct11).toContain(open);
    expect(sinceOct11).not.toContain(dispute);
    expect(await ids(`?service_request_id=${old},${open}&status=closed`)).toEqual([open, old]);
    const tooLong = await get('requests.json?start_date=2026-06-01T00:00:00Z&end_date=2026-10-12T00:00:00Z');
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.json()[0]).toMatchObject({ code: 400, description: expect.stringContaining('90 days') });
    const tooLongXml = await get('requests.xml?start_date=2026-06-01T00:00:00Z&end_date=2026-10-12T00:00:00Z');
    expect(tooLongXml.statusCode).toBe(400);
    expect(textOf(kids(parseXml(tooLongXml.body), 'error')[0], 'code')).toBe('400');
    expect((await get('requests.json?start_date=yesterday')).statusCode).toBe(400);
    expect((await get('requests.json?start_date=2026-10-12T00:00:00Z&end_date=2026-10-01T00:00:00Z')).statusCode).toBe(400);
    expect((await get('requests.json?status=pending')).statusCode).toBe(400);
    const tooMany = Array.from({ length: 1001 }, (_, i) => i + 1).join(',');
    expect((await get(`requests.json?service_request_id=${tooMany}`)).statusCode).toBe(400);
  });

  it("GET with an api_key reads only the key's region; without one, the published requests of the whole deployment", async () => {
    now = new Date('2026-10-12T12:00:00+08:00');
    const inC2Case = (await postForm('json', { api_key: streetKey, service_code: 'other', ...inC2, description: '二社区的事' })).json()[0]
      .service_request_id;
    const inC1Case = await file({ service_code: 'other', description: '一社区的事' });
    const list = async (query: string) =>
      (await get(`requests.json${query}`)).json().map((r: { service_request_id: number }) => r.service_request_id);
    expect(await list('')).toEqual(expect.arrayContaining([inC1Case, inC2Case]));
    const c1 = await list(`?api_key=${encodeURIComponent(c1Key)}`);
    expect(c1).toContain(inC1Case);
    expect(c1).not.toContain(inC2Case);
    expect((await get(`requests/${inC2Case}.json?api_key=${encodeURIComponent(c1Key)}`)).statusCode).toBe(404);
    expect((await get(`requests/${inC2Case}.json`)).statusCode).toBe(200);
  });

  it('A9.4 C3 D10: a confidential hotline reporter never appears in Open311 reads', async () => {
    now = new Date('2026-10-12T13:00:00+08:00');
    const res = await t.call('hotline', {
      method: 'POST',
      url: '/api/v1/cases',
      payload: {
        title: '举报',
        description: '有人在楼道私拉电线',
        category: 'safety-hazard',
        caseClass: 'general',
        source: 'hotline',
        gridId: t.fx.regions.g1.id,
        reporter: { name: '李四', phone: '13812345678', confidential: true },
      },
    });
    expect(res.statusCode, res.body).toBe(201);
    const id = res.json().id as number;
    // the report is not published at all: its text may identify the reporter
    for (const url of [
      `requests/${id}.json`,
      `requests/${id}.xml`,
      'requests.json',
      'requests.xml',
      `requests.json?api_key=${encodeURIComponent(streetKey)}`,
    ]) {
      const body = (await get(url)).body;
      expect(body).not.toContain('私拉电线');
      expect(body).not.toContain('李四');
      expect(body).not.toContain('13812345678');
    }
    expect((await get(`requests/${id}.json`)).statusCode).toBe(404);
    const [r] = (await get('requests.json')).json();
    expect(Object.keys(r)).toEqual(SPEC_REQUEST_FIELDS);
  });

  it('C3 status_notes is the reviewed public note only, never the answer itself', async () => {
    // … agency_responsible (staff text) is never published
    const id = await file({ service_code: 'sanitation', description: '楼道堆物' });
    let v = 1;
    for (const [action, payload] of [
      ['accept', {}],
      ['assign', { handlingUnit: '一社区工作站' }],
      ['start', {}],
      ['respond', { details: '已清理完毕' }],
    ] as const) {
      const res = await t.call('leader', {
        method: 'POST',
        url: `/api/v1/cases/${id}/actions/${action}`,
        payload: { expectedVersion: v, ...payload },
      });
      expect(res.statusCode, res.body).toBe(200);
      v = res.json().version;
    }
    expect((await get(`requests/${id}.json`)).json()[0]).toMatchObject({ status: 'open', status_notes: null, agency_responsible: null });
    const note = await t.call('leader', {
      method: 'POST',
      url: `/api/v1/cases/${id}/public-note`,
      payload: { text: '已清理完毕', expectedVersion: 0 },
    });
    expect(note.statusCode, note.body).toBe(200);
    const [r] = (await get(`requests/${id}.json`)).json();
    expect(r).toMatchObject({ status: 'open', status_notes: '已清理完毕', agency_responsible: null });
  });

  it('XML escapes <&>"\' and drops characters XML cannot carry', async () => {
    const description = 'Tom & Jerry\'s "<b>垃圾</b>" > 3 袋\u0001';
    const id = await file({ service_code: 'sanitation', description });
    const res = await get(`requests/${id}.xml`);
    expect(res.body).toContain('Tom &amp; Jerry&apos;s &quot;&lt;b&gt;垃圾&lt;/b&gt;&quot; &gt; 3 袋');
    const [req] = kids(parseXml(res.body), 'request');
    expect(textOf(req, 'description')).toBe('Tom & Jerry\'s "<b>垃圾</b>" > 3 袋');
    expect((await get(`requests/${id}.json`)).json()[0].description).toBe(description);
    const listing = (await get('requests.xml')).body;
    expect(() => parseXml(listing)).not.toThrow();
  });

  it('key admin: admin only, the key shown once and stored as its SHA-256, list without keys, audited', async () => {
    const denied = await t.call('officer', {
      method: 'POST',
      url: '/api/v1/open311/clients',
      payload: { name: 'x', regionId: t.fx.regions.street.id },
    });
    expect(denied.statusCode).toBe(403);
    expect(denied.json().error.code).toBe('FORBIDDEN');
    expect((await t.call('officer', { method: 'GET', url: '/api/v1/open311/clients' })).statusCode).toBe(403);
    expect((await t.call(null, { method: 'GET', url: '/api/v1/open311/clients' })).statusCode).toBe(401);
    expect(
      (await t.call('admin', { method: 'POST', url: '/api/v1/open311/clients', payload: { name: 'x', regionId: t.fx.regions.g1.id } }))
        .statusCode,
    ).toBe(400);
    expect((await t.call('admin', { method: 'DELETE', url: '/api/v1/open311/clients/999999' })).statusCode).toBe(404);
    const list = await t.call('admin', { method: 'GET', url: '/api/v1/open311/clients' });
    expect(list.statusCode).toBe(200);
    expect(list.body).not.toContain(streetKey);
    expect(list.json().map((c: { name: string }) => c.name)).toEqual(expect.arrayContaining(['街道公众号', '一社区小程序']));
    for (const c of list.json()) expect(c).not.toHaveProperty('key');
    const stored = await t.ctx.db
      .selectFrom('open311_clients')
      .select(['key_hash'])
      .where('id', '=', streetClient.id)
      .executeTakeFirstOrThrow();
    expect(stored.key_hash).toBe(createHash('sha256').update(streetKey).digest('hex'));
    const actor = await t.ctx.db
      .selectFrom('users')
      .select(['active'])
      .where('id', '=', streetClient.actingUserId)
      .executeTakeFirstOrThrow();
    expect(actor.active).toBe(false); // the system user can never sign in
    const audit = await t.ctx.db.selectFrom('audit_log').select(['action', 'after']).where('entity', '=', 'open311-client').execute();
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(['open311-client.create', 'open311-client.deactivate']));
    expect(JSON.stringify(audit)).not.toContain(streetKey);
  });

  it('the demo client key works once seeded (idempotent seeding)', async () => {
    const first = await t.ctx.db.transaction().execute((trx) => seedDemoOpen311Client(trx, t.fx.regions.street.id));
    expect(first).toBeGreaterThan(0);
    expect(await t.ctx.db.transaction().execute((trx) => seedDemoOpen311Client(trx, t.fx.regions.street.id))).toBeNull();
    const res = await postForm('json', { api_key: DEMO_OPEN311_KEY, service_code: 'other', ...inG1, description: '演示' });
    expect(res.statusCode, res.body).toBe(201);
  });
});
