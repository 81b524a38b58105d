import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS } from '../../testing/databases';
import { createTestApp, type TestApp } from '../../testing/test-app';

/**
 * C3, D10, D11 (PIPL): the public Open311 feed publishes only what the policy marks public (by
 * default the requests filed through Open311), never reporter details, and `status_notes` only
 * once someone who may answer the case has reviewed the text.
 */
const MARK = '张秀英偏瘫独居家暴MK93';
const PHONE = '13911112222';

describe.each(DB_KINDS)('Open311 publication on %s', (kind) => {
  let t: TestApp;
  let streetKey: string;
  let c1Key: string;
  let townKey: string;
  const now = new Date('2026-10-12T10:00:00+08:00');
  beforeAll(async () => {
    t = await createTestApp(kind, { clock: () => now });
    const issue = async (name: string, regionId: number) =>
      (await t.call('admin', { method: 'POST', url: '/api/v1/open311/clients', payload: { name, regionId } })).json().key as string;
    streetKey = await issue('街道公众号', t.fx.regions.street.id);
    c1Key = await issue('一社区小程序', t.fx.regions.c1.id);
    townKey = await issue('镇公众号', t.fx.regions.town.id);
  });
  afterAll(() => t.close());

  const get = (url: string) => t.app.inject({ method: 'GET', url: `/open311/v2/${url}` });
  const withKey = (key: string) => `api_key=${encodeURIComponent(key)}`;
  const file = async (fields: Record<string, string>, at = { lat: '39.01', long: '116.005' }) => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/open311/v2/requests.json',
      payload: new URLSearchParams({ api_key: streetKey, ...at, ...fields }).toString(),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json()[0].service_request_id as number;
  };
  const intake = async (user: string, body: Record<string, unknown>) => {
    const res = await t.call(user, {
      method: 'POST',
      url: '/api/v1/cases',
      payload: {
        title: `${MARK}-title`,
        description: `${MARK}-description`,
        caseClass: 'general',
        gridId: t.fx.regions.g1.id,
        location: { lat: 39.01234, lng: 116.00567 },
        reporter: { name: `${MARK}-reporter`, phone: PHONE },
        ...body,
      },
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json().id as number;
  };
  const act = async (user: string, id: number, action: string, payload: Record<string, unknown> = {}) => {
    const { version } = (await t.call('admin', { method: 'GET', url: `/api/v1/cases/${id}` })).json();
    const res = await t.call(user, {
      method: 'POST',
      url: `/api/v1/cases/${id}/actions/${action}`,
      payload: { expectedVersion: version, ...payload },
    });
    expect(res.statusCode, `${action}: ${res.body}`).toBe(200);
  };
  /** Every step with a text a handler or resident typed, each carrying the mark. */
  const handleWithMarkedTexts = async (id: number) => {
    await act('leader', id, 'accept');
    await act('leader', id, 'assign', { handlingUnit: `${MARK}-unit` });
    await act('leader', id, 'start');
    await act('leader', id, 'escalate', { reason: `${MARK}-escalate` });
    await act('leader', id, 'respond', { details: `${MARK}-respond ${PHONE}` });
    await act('leader', id, 'feedback', { satisfaction: 'satisfied', note: `${MARK}-feedback` });
    await act('lead', id, 'verify', { note: `${MARK}-verify` });
    await act('lead', id, 'close', {
      handlingUnit: `${MARK}-closing-unit`,
      handler: `${MARK}-handler`,
      completedAt: '2026-10-12T10:00:00+08:00',
      details: `${MARK}-close`,
    });
    const note = await t.call('hotline', {
      method: 'POST',
      url: `/api/v1/cases/${id}/annotations`,
      payload: { kind: 'hotline-note', text: `${MARK}-annotation` },
    });
    expect(note.statusCode, note.body).toBe(201);
  };
  const listed = async (query = '') =>
    ((await get(`requests.json${query}`)).json() as Array<{ service_request_id: number }>).map((r) => r.service_request_id);
  /** Every Open311 read that could carry the case, JSON and XML, without and with keys. */
  const readsOf = (id: number) =>
    ['json', 'xml'].flatMap((f) => [
      `requests.${f}`,
      `requests.${f}?${withKey(streetKey)}`,
      `requests.${f}?${withKey(c1Key)}`,
      `requests.${f}?service_request_id=${id}`,
      `requests.${f}?status=closed`,
      `requests.${f}?status=open`,
      `requests.${f}?service_code=dispute,public-facility,sanitation`,
      `requests/${id}.${f}`,
      `requests/${id}.${f}?${withKey(streetKey)}`,
      `tokens/${id}.${f}`,
    ]);
  const policyAt = async (regionId: number) =>
    (await t.call('admin', { method: 'GET', url: `/api/v1/policy?regionId=${regionId}` })).json();
  const publish = async (regionId: number, open311: { filedRequests: boolean; categories: unknown[] }, preset = 'community') => {
    const current = await policyAt(regionId);
    const values = { ...current.values, publication: { open311: { ...open311, rule: 'C3' } } };
    return t.call('admin', {
      method: 'PUT',
      url: '/api/v1/policy',
      payload: { regionId, preset, values, expectedVersion: current.version },
    });
  };

  it('security: a keyless or keyed read publishes only the cases that came in through Open311 (default)', async () => {
    // … any other case is 404 exactly as a missing one
    const filed = await file({ service_code: 'sanitation', description: '垃圾桶满了' });
    const hotline = await intake('hotline', { category: 'sanitation', source: 'hotline' });
    const field = await intake('worker1', { category: 'sanitation', source: 'field' });
    const enteredFromOpen311 = await intake('hotline', { category: 'sanitation', source: 'open311' });
    for (const query of [
      '',
      `?${withKey(streetKey)}`,
      `?${withKey(c1Key)}`,
      `?service_request_id=${filed},${hotline},${field},${enteredFromOpen311}`,
      '?service_code=sanitation',
    ]) {
      const ids = await listed(query);
      expect(ids, query).toEqual(expect.arrayContaining([filed, enteredFromOpen311]));
      for (const hidden of [hotline, field]) expect(ids, query).not.toContain(hidden);
    }
    expect(await listed(`?${withKey(townKey)}`)).not.toContain(filed); // a key still narrows to its region
    // entered by staff (source open311): published, but nothing staff or the resident typed
    const [entered] = (await get(`requests/${enteredFromOpen311}.json`)).json();
    expect(entered).toMatchObject({
      description: '环境卫生',
      address: '一社区第一网格',
      lat: 39.012,
      long: 116.006,
      media_url: null,
      status_notes: null,
    });
    for (const url of readsOf(enteredFromOpen311))
      for (const secret of [MARK, PHONE]) expect((await get(url)).body, url).not.toContain(secret);
    for (const format of ['json', 'xml']) {
      const missing = await get(`requests/2000000000.${format}`);
      expect(missing.statusCode).toBe(404);
      for (const hidden of [hotline, field]) {
        for (const key of ['', `?${withKey(streetKey)}`]) {
          const res = await get(`requests/${hidden}.${format}${key}`);
          expect(res.statusCode).toBe(404);
          expect(res.headers['content-type']).toBe(missing.headers['content-type']);
          expect(res.body.replace(`service_request_id ${hidden} `, 'service_request_id N ')).toBe(
            missing.body.replace('service_request_id 2000000000 ', 'service_request_id N '),
          );
        }
      }
    }
  });

  it("C3 residents' names and circumstances planted in every text field of a non-public case appear in no Open311 read", async () => {
    // … JSON and XML, with and without keys
    const hidden = await intake('hotline', { category: 'dispute', source: 'hotline' });
    await handleWithMarkedTexts(hidden);
    const rejected = await intake('hotline', { category: 'dispute', source: 'walk-in' });
    await act('leader', rejected, 'reject', { reason: `${MARK}-reject` });
    const onSpot = await intake('worker1', { category: 'dispute', source: 'field' });
    await act('worker1', onSpot, 'resolve-on-spot', { details: `${MARK}-on-spot` });
    for (const id of [hidden, rejected, onSpot]) {
      for (const url of readsOf(id)) {
        const body = (await get(url)).body;
        for (const secret of [MARK, '偏瘫', PHONE, '张秀英']) expect(body, url).not.toContain(secret);
      }
      expect((await get(`requests/${id}.json`)).statusCode).toBe(404);
    }
  });

  it("C3 a request filed through Open311 is published, but none of the handlers' texts", async () => {
    // … status_notes stays empty until reviewed
    const id = await file({ service_code: 'dispute', description: '楼上噪音扰民', address_string: '幸福路5号' });
    await handleWithMarkedTexts(id);
    for (const url of readsOf(id)) {
      const res = await get(url);
      expect(res.statusCode, url).toBe(200);
      for (const secret of [MARK, PHONE]) expect(res.body, url).not.toContain(secret);
    }
    const [r] = (await get(`requests/${id}.json`)).json();
    expect(r).toMatchObject({
      service_request_id: id,
      status: 'closed',
      status_notes: null,
      description: '楼上噪音扰民',
      address: '幸福路5号',
      lat: 39.01,
      long: 116.005,
    });
  });

  it('C3 a category flagged public becomes visible with its category only; a deeper policy and unflagging hide it again', async () => {
    // … no title, description, agency, reporter; the location to ~100 m
    const inC1 = await intake('hotline', { category: 'public-facility', source: 'hotline' });
    await act('leader', inC1, 'accept');
    await act('leader', inC1, 'assign', { handlingUnit: `${MARK}-unit` });
    const inC2 = await intake('hotline', {
      category: 'public-facility',
      source: 'hotline',
      gridId: t.fx.regions.c2g1.id,
      location: { lat: 39.01, lng: 116.03 },
    });
    const confidential = await intake('hotline', {
      category: 'public-facility',
      source: 'hotline',
      reporter: { name: `${MARK}-secret`, phone: PHONE, confidential: true },
    });
    const inTown = await intake('townofficer', {
      category: 'public-facility',
      source: 'walk-in',
      gridId: t.fx.regions.tg1.id,
      location: undefined,
    });
    expect((await get(`requests/${inC1}.json`)).statusCode).toBe(404);

    const saved = await publish(t.fx.regions.district.id, { filedRequests: true, categories: ['public-facility'] });
    expect(saved.statusCode, saved.body).toBe(200);
    const res = await get(`requests/${inC1}.json`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()[0]).toMatchObject({
      service_request_id: inC1,
      service_code: 'public-facility',
      service_name: '公共设施',
      description: '公共设施',
      status: 'open',
      status_notes: null,
      agency_responsible: null,
      address: '一社区第一网格',
      lat: 39.012,
      long: 116.006,
      media_url: null,
    });
    for (const query of ['', `?${withKey(streetKey)}`, `?${withKey(c1Key)}`])
      expect(await listed(query)).toEqual(expect.arrayContaining([inC1]));
    expect(await listed(`?${withKey(c1Key)}`)).not.toContain(inC2);
    expect(await listed()).toContain(inC2);
    expect(await listed()).not.toContain(confidential); // A9.4 D10: whatever the category
    expect(await listed()).not.toContain(inTown); // the town's own policy does not flag it
    for (const url of [...readsOf(inC1), ...readsOf(confidential)]) {
      const body = (await get(url)).body;
      for (const secret of [MARK, PHONE]) expect(body, url).not.toContain(secret);
    }

    // a policy attached deeper (community 2) governs its subtree
    const c2 = await publish(t.fx.regions.c2.id, { filedRequests: true, categories: [] });
    expect(c2.statusCode, c2.body).toBe(200);
    expect(await listed()).toEqual(expect.arrayContaining([inC1]));
    expect(await listed()).not.toContain(inC2);
    // the township flags it for the town
    expect((await publish(t.fx.regions.town.id, { filedRequests: true, categories: ['public-facility'] }, 'township')).statusCode).toBe(
      200,
    );
    expect(await listed()).toContain(inTown);

    // unflagged: gone at once; filed requests can be withdrawn too
    const filed = await file({ service_code: 'other', description: '井盖松动' });
    expect((await publish(t.fx.regions.district.id, { filedRequests: false, categories: [] })).statusCode).toBe(200);
    expect((await get(`requests/${inC1}.json`)).statusCode).toBe(404);
    expect((await get(`requests/${filed}.xml`)).statusCode).toBe(404);
    expect(await listed()).not.toContain(filed);
    expect((await publish(t.fx.regions.district.id, { filedRequests: true, categories: [] })).statusCode).toBe(200);
    expect(await listed()).toContain(filed);
  });

  it('C3 the publication policy validates: bad category codes → 400 POLICY_INVALID naming each JSON path; nothing is stored', async () => {
    const district = t.fx.regions.district.id;
    const before = await policyAt(district);
    const bad = await publish(district, {
      filedRequests: true,
      categories: ['sanitation', 'Public Facility', '<script>', 7, 'sanitation'],
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('POLICY_INVALID');
    const paths = bad.json().error.details.map((d: { path: string }) => d.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        '/publication/open311/categories/1',
        '/publication/open311/categories/2',
        '/publication/open311/categories/3',
      ]),
    );
    const dup = await publish(district, { filedRequests: true, categories: ['sanitation', 'sanitation'] });
    expect(dup.json().error.details.map((d: { path: string }) => d.path)).toEqual(['/publication/open311/categories']);
    const notBool = await publish(district, { filedRequests: 'yes' as unknown as boolean, categories: [] });
    expect(notBool.json().error).toMatchObject({ code: 'POLICY_INVALID', details: [{ path: '/publication/open311/filedRequests' }] });
    expect((await policyAt(district)).version).toBe(before.version);
  });
});
