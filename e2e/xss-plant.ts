/**
 * Plants markup in every free-text field a user can set through the API (issue 8), for
 * xss.test.ts. Each field gets its own number N: its payload holds `data-xss-N`, so a page that
 * turns it into an element (or runs it) tells which field leaked.
 */
import { Api, demoRegions, Fields, shanghaiDate, type Region, type Regions } from './xss-api';
import { plantTeam, type TeamPlanted } from './xss-plant-team';

/** What the pages need to find the planted records. */
export interface Planted {
  /** field number → where it was planted */
  fields: Map<number, string>;
  /** handled (every action), rejected, resolved on the spot, merged, from Open311 */
  caseIds: number[];
  /** the planted household, in worker1's grid */
  householdId: number;
  /** a verification task (with corrections and notes) and a round report (submitted and acknowledged) */
  taskId: number;
  reportId: number;
  regions: Regions;
  /** the team-operations records (xss-plant-team.ts) */
  team: TeamPlanted;
}

async function plantRegions(f: Fields, r: Regions, admin: Api, lead: Api): Promise<void> {
  // a community grid lead renames a grid of the community (the reported hole), and another by GeoJSON import
  await lead.call('PATCH', `/api/v1/regions/${r.grid.id}`, {
    expectedVersion: r.grid.version,
    name: f.p('grid name (PATCH by the community grid lead)', 100),
  });
  const fc = await lead.call('GET', `/api/v1/grids/geojson?regionId=${r.community.id}`);
  const feature = fc.features.find((x: { properties: { code: string } }) => x.properties.code !== r.grid.code);
  feature.properties.name = f.p('grid name (GeoJSON import properties.name)', 100);
  await lead.call('POST', '/api/v1/grids/geojson', { type: 'FeatureCollection', features: [feature] });
  const renames: Array<[Region, string]> = [
    [r.community, 'community name'],
    [r.workstation, 'workstation name'],
    [r.street, 'street name'],
    [r.town, 'town name'],
    [r.townGrid, 'town grid name'],
    [r.compound, 'compound name'],
    [r.building, 'building name'],
  ];
  for (const [region, what] of renames)
    await admin.call('PATCH', `/api/v1/regions/${region.id}`, { expectedVersion: region.version, name: f.p(what, 100) });
  await admin.call('POST', '/api/v1/regions', {
    type: 'compound',
    parentId: r.grid.id,
    code: `${r.grid.code}P77`,
    name: f.p('new compound name (POST)', 100),
  });
}

async function plantUsers(f: Fields, r: Regions, admin: Api): Promise<void> {
  const created = await admin.call('POST', '/api/v1/users', {
    username: 'xss-user',
    displayName: f.p('new user display name', 60),
    password: 'xss-password-123',
  });
  await admin.call('POST', `/api/v1/users/${created.id}/roles`, { role: 'grid-worker', regionId: r.grid.id });
  const users: Array<{ id: number; username: string; version: number }> = await admin.call('GET', '/api/v1/users');
  for (const username of ['worker1', 'townworker1', 'lead1']) {
    const u = users.find((x) => x.username === username)!;
    await admin.call('PATCH', `/api/v1/users/${u.id}`, { expectedVersion: u.version, displayName: f.p(`display name of ${username}`, 60) });
  }
}

async function plantLists(f: Fields, admin: Api): Promise<void> {
  await admin.call('PUT', '/api/v1/resident-tags/xss-tag', {
    labelZh: f.p('resident tag label (zh)', 40),
    labelEn: f.p('resident tag label (en)', 60),
    rule: f.p('resident tag rule', 20),
    active: true,
    sort: 1,
  });
  await admin.call('PUT', '/api/v1/case-categories/xss-cat', {
    labelZh: f.p('case category label (zh)', 40),
    labelEn: f.p('case category label (en)', 60),
    defaultTier: null,
    defaultUnit: f.p('case category default unit', 80),
    active: true,
    sort: 1,
  });
}

/** A household of worker1's grid with two members (one moved out), a class override and worker1's visit. */
async function plantHousehold(f: Fields, r: Regions, admin: Api, worker: Api): Promise<{ householdId: number; visitId: number }> {
  const h = await admin.call('POST', '/api/v1/households', {
    gridId: r.grid.id,
    compoundId: r.compound.id,
    address: f.p('household address', 200),
    housing: 'rented',
    landlord: f.p('household landlord', 200),
  });
  await admin.call('PATCH', `/api/v1/households/${h.id}`, {
    expectedVersion: h.version,
    visitClassOverride: { visitClass: '2-key', reason: f.p('visit class override reason', 500) },
  });
  const resident = (who: string, relation: string) => ({
    name: f.p(`resident name (${who})`, 50),
    sex: 'F',
    birthDate: '1950-02-03',
    tags: ['xss-tag', 'living-alone'],
    relation,
    joinedOn: '2024-01-02',
    economicSituation: f.p(`resident economic situation (${who})`, 500),
    skills: f.p(`resident skills (${who})`, 500),
    views: f.p(`resident views (${who})`, 2000),
    socialRelations: f.p(`resident social relations (${who})`, 2000),
    notes: f.p(`resident notes (${who})`, 2000),
  });
  await admin.call('POST', `/api/v1/households/${h.id}/residents`, resident('member', 'head'));
  const leaving = await admin.call('POST', `/api/v1/households/${h.id}/residents`, resident('moved out', 'child'));
  await admin.call('POST', `/api/v1/residents/${leaving.id}/end-membership`, {
    expectedVersion: leaving.version,
    reason: 'moved-out',
    on: shanghaiDate(),
    note: f.p('end of membership note', 500),
  });
  const start = new Date(Date.now() - 3 * 3_600_000);
  const visit = await worker.call('POST', '/api/v1/visits', {
    householdId: h.id,
    type: 'routine',
    startedAt: start.toISOString(),
    endedAt: new Date(start.getTime() + 40 * 60_000).toISOString(),
    findings: f.p('visit findings', 4000),
    needs: f.p('visit needs', 4000),
  });
  return { householdId: h.id, visitId: visit.id };
}

type CaseReply = { id: number; version: number; deadline: string };

/** Cases of the planted category with every free-text field of intake, the actions and the annotations. */
async function plantCases(f: Fields, r: Regions, admin: Api, lead: Api, visitId: number): Promise<number[]> {
  const intake = (what: string, extra: Record<string, unknown> = {}) =>
    admin.call<CaseReply>('POST', '/api/v1/cases', {
      title: f.p(`case title (${what})`, 200),
      description: f.p(`case description (${what})`, 5000),
      category: 'xss-cat',
      caseClass: 'general',
      source: 'walk-in',
      gridId: r.grid.id,
      reporter: { name: f.p(`reporter name (${what})`, 60), phone: '13800001111' },
      ...extra,
    });
  let c = await intake('handled', { visitId });
  const act = async (action: string, body: Record<string, unknown> = {}, by = admin) => {
    c = await by.call<CaseReply>('POST', `/api/v1/cases/${c.id}/actions/${action}`, { expectedVersion: c.version, ...body });
  };
  const later = (days: number) => new Date(new Date(c.deadline).getTime() + days * 86_400_000).toISOString();
  await act('accept', { caseClass: 'especially-complex' });
  await act('assign', { handlingUnit: f.p('assign: handling unit', 200) });
  await act('transfer', { toUnit: f.p('transfer: to unit', 200), explanation: f.p('transfer: explanation', 2000) });
  await act('request-extension', { reason: f.p('extension request reason', 2000), proposedDeadline: later(2) });
  await act('decide-extension', { approve: true, reason: f.p('extension decision reason', 2000) });
  await act('escalate', { reason: f.p('escalation reason', 2000) });
  await act('start');
  await act('respond', { details: f.p('response details', 5000) });
  await act('feedback', { satisfaction: 'unsatisfied', note: f.p('feedback note (unsatisfied)', 2000) });
  await act('start');
  await act('respond', { details: f.p('second response details', 5000) });
  await act('feedback', { satisfaction: 'satisfied', note: f.p('feedback note', 2000) });
  await act('verify', { note: f.p('verification note', 2000) }, lead); // someone other than the responder
  await act('close', {
    handlingUnit: f.p('close: handling unit', 200),
    handler: f.p('close: handler', 200),
    completedAt: new Date().toISOString(),
    details: f.p('close: details', 5000),
  });
  await act('reopen', { reason: f.p('reopen reason', 2000) });
  const handled = c.id;
  for (const kind of ['hotline-note', 'supervision-note', 'reminder', 'hot-flag']) {
    await admin.call('POST', `/api/v1/cases/${handled}/annotations`, { kind, text: f.p(`annotation ${kind}`, 2000) });
  }
  c = await intake('rejected');
  await act('reject', { reason: f.p('reject reason', 2000) });
  const rejected = c.id;
  c = await intake('resolved on the spot');
  await act('resolve-on-spot', { details: f.p('resolve-on-spot details', 5000) });
  const resolved = c.id;
  c = await intake('merged');
  await act('merge', { intoCaseId: resolved === handled ? rejected : handled });
  return [handled, rejected, resolved, c.id];
}

/** This quarter's sample of worker1's grid; one task answered with corrections and notes (the planted household's, if drawn). */
async function plantVerification(f: Fields, r: Regions, admin: Api, householdId: number): Promise<number> {
  const today = shanghaiDate();
  const quarter = `${today.slice(0, 4)}-Q${Math.ceil(Number(today.slice(5, 7)) / 3)}`;
  const draw = await admin.call('POST', '/api/v1/verification/draws', {
    regionId: r.grid.id,
    quarter,
    seed: f.p('verification draw seed', 64),
  });
  const tasks: { items: Array<{ id: number; householdId: number }> } = await admin.call(
    'GET',
    `/api/v1/verification/tasks?drawId=${draw.id}`,
  );
  const picked = tasks.items.find((t) => t.householdId === householdId) ?? tasks.items[0];
  const task = await admin.call('GET', `/api/v1/verification/tasks/${picked.id}`);
  const corrected: Record<string, string> = {
    'household.address': f.p('verification corrected address', 200),
    'household.landlord': f.p('verification corrected landlord', 200),
  };
  const fieldNote = f.p('verification field note', 500);
  const fields = task.form.map((x: { field: string }) =>
    corrected[x.field] !== undefined
      ? { field: x.field, outcome: 'corrected', correctedValue: corrected[x.field], note: fieldNote }
      : { field: x.field, outcome: 'confirmed' },
  );
  await admin.call('POST', `/api/v1/verification/tasks/${task.id}/result`, {
    expectedVersion: task.version,
    checkedAt: new Date().toISOString(),
    fields,
    note: f.p('verification result note', 2000),
  });
  return task.id;
}

/** The town grid's round report for the quarter's first month: submitted with a summary and reasons, acknowledged with a note. */
async function plantRound(f: Fields, r: Regions, admin: Api): Promise<number> {
  const today = shanghaiDate();
  const month = `${today.slice(0, 4)}-${String(Math.floor((Number(today.slice(5, 7)) - 1) / 3) * 3 + 1).padStart(2, '0')}`;
  let report = await admin.call('POST', '/api/v1/rounds/reports', { gridId: r.townGrid.id, month });
  const reason = f.p('round report: reason a household was not reached', 500);
  const notReached = report.figures.notReached.map((h: { householdId: number }) => ({ householdId: h.householdId, reason }));
  report = await admin.call('POST', `/api/v1/rounds/reports/${report.id}/submit`, {
    expectedVersion: report.version,
    summary: f.p('round report summary', 4000),
    notReached,
  });
  await admin.call('POST', `/api/v1/rounds/reports/${report.id}/acknowledge`, {
    expectedVersion: report.version,
    note: f.p('round report acknowledgement note', 2000),
  });
  return report.id;
}

/** A calendar override this month and next year's official notice (holiday and adjusted working day names). */
async function plantCalendar(f: Fields, admin: Api): Promise<void> {
  const today = shanghaiDate();
  await admin.call('PUT', `/api/v1/calendar/overrides/${today.slice(0, 8)}28`, {
    kind: 'holiday',
    note: f.p('calendar override note', 200),
  });
  const next = Number(today.slice(0, 4)) + 1;
  const confirmed: Array<{ year: number }> = await admin.call('GET', '/api/v1/calendar/years');
  if (confirmed.some((y) => y.year === next)) return;
  await admin.call('POST', `/api/v1/calendar/years/${next}/confirm`, {
    holidays: [{ name: f.p('calendar notice: holiday name', 200), from: `${next}-01-01`, to: `${next}-01-01` }],
    workdays: [{ date: `${next}-02-07`, name: f.p('calendar notice: working day name', 200) }],
  });
}

/** An Open311 client name, a request through the GeoReport API (description, address, reporter) and its public note. */
async function plantOpen311(f: Fields, r: Regions, admin: Api): Promise<number> {
  await admin.call('POST', '/api/v1/open311/clients', { name: f.p('Open311 client name', 100), regionId: r.street.id });
  const fc = await admin.call('GET', `/api/v1/grids/geojson?regionId=${r.grid.id}`);
  const ring: number[][] = fc.features[0].geometry.coordinates[0].slice(0, -1);
  const mean = (i: number) => ring.reduce((s, p) => s + p[i], 0) / ring.length;
  const form = new URLSearchParams({
    api_key: 'demo-open311-key',
    service_code: 'xss-cat',
    lat: String(mean(1)),
    long: String(mean(0)),
    description: f.p('Open311 description', 4000),
    address_string: f.p('Open311 address', 200),
    first_name: f.p('Open311 first name', 30),
    last_name: f.p('Open311 last name', 30),
  });
  const res = await fetch(`${admin.url}/open311/v2/requests.json`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: form.toString(),
  });
  if (res.status >= 300) throw new Error(`Open311 request: ${res.status} ${await res.text()}`);
  const caseId = Number((await res.json())[0].service_request_id);
  // the reviewed public note (status_notes) of the published case
  await admin.call('POST', `/api/v1/cases/${caseId}/public-note`, {
    text: f.p('public note (Open311 status_notes)', 1000),
    expectedVersion: 0,
  });
  return caseId;
}

/** The community's own policy: every note and every display label replaced. */
async function plantPolicy(f: Fields, r: Regions, admin: Api): Promise<void> {
  const policy = await admin.call('GET', `/api/v1/policy?regionId=${r.community.id}`);
  const note = f.p('policy notes', 200);
  const label = f.p('policy labels (zh and en)', 200);
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if (typeof o.note === 'string') o.note = note;
      if (o.label && typeof o.label === 'object') o.label = { zh: label, en: label };
      Object.values(o).forEach(walk);
    }
  };
  walk(policy.values);
  await admin.call('PUT', '/api/v1/policy', {
    regionId: r.community.id,
    preset: policy.preset,
    values: policy.values,
    expectedVersion: policy.version,
  });
}

/** Plants every field (admin unless a field is someone else's to set); the demo server at `url`. */
export async function plant(url: string): Promise<Planted> {
  const f = new Fields();
  const [admin, lead, worker] = await Promise.all(['admin', 'lead1', 'worker1'].map((u) => Api.signIn(url, u)));
  const r = await demoRegions(admin);
  await plantRegions(f, r, admin, lead);
  await plantLists(f, admin);
  await plantPolicy(f, r, admin);
  await plantCalendar(f, admin);
  const { householdId, visitId } = await plantHousehold(f, r, admin, worker);
  const caseIds = await plantCases(f, r, admin, lead, visitId);
  caseIds.push(await plantOpen311(f, r, admin));
  const taskId = await plantVerification(f, r, admin, householdId);
  const reportId = await plantRound(f, r, admin);
  const team = await plantTeam(f, r, { url, lead, worker }, { householdId, visitId });
  await plantUsers(f, r, admin);
  return { fields: f.all, caseIds, householdId, taskId, reportId, regions: r, team };
}
