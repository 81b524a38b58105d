/**
 * Runs one cell of the authorization matrix and reads its outcome (not a test file itself).
 * Outcomes: Y the access decision was passed (2xx, or a 409/422 domain conflict after the checks),
 * F 403, S 403 SELF_GRANT, G 403 ROLE_NOT_GRANTABLE, N 404, '-' no target of that kind in the area;
 * anything else is shown as its status (a 400 or 500 means the recipe or the product is wrong).
 */
import http from 'node:http';
import { AREAS, type RoleUser, type Site } from './authz-matrix.areas';
import type { Recipe, Req, Scope } from './authz-matrix.recipe-kit';
import type { World } from './authz-matrix.world';

export interface Outcome {
  cell: string;
  status: number;
  body: string;
}

/** The grid the recipe's target lies in for `user` (null when the area has none of that kind). */
export function siteFor(recipe: Recipe, user: RoleUser, scope: Scope): Site | null {
  if (recipe.on === null) return null;
  const area = AREAS[user][scope];
  if (recipe.on === 'any') return area.community ?? area.township;
  return area[recipe.on];
}

function cellOf(status: number, body: string): string {
  if ((status >= 200 && status < 300) || status === 409 || status === 422) return 'Y';
  if (status === 404) return 'N';
  if (status !== 403) return String(status);
  const code = /"code":"([A-Z_]+)"/.exec(body)?.[1];
  return code === 'SELF_GRANT' ? 'S' : code === 'ROLE_NOT_GRANTABLE' ? 'G' : 'F';
}

/** The status of an event stream request: read over a real socket, then the socket is closed. */
async function liveStatus(w: World, user: string | null): Promise<{ status: number; body: string }> {
  const headers = user ? { authorization: `Bearer ${await w.t.token(user)}` } : {};
  return new Promise((resolve, reject) => {
    const req = http.get({ host: '127.0.0.1', port: w.port, path: '/api/v1/notifications/stream', headers }, (res) => {
      const status = res.statusCode ?? 0;
      if (status === 200) {
        req.destroy();
        resolve({ status, body: '' });
        return;
      }
      let body = '';
      res.on('data', (d) => (body += d));
      res.on('end', () => resolve({ status, body }));
    });
    req.on('error', (e) => (e.message.includes('socket hang up') ? undefined : reject(e)));
  });
}

async function send(w: World, user: string | null, req: Req): Promise<{ status: number; body: string }> {
  if (req.live) return liveStatus(w, user);
  const { fresh, live: _live, ...opts } = req;
  const res = await w.call(user, opts, fresh);
  return { status: res.statusCode, body: res.body.slice(0, 300) };
}

/** The request made invalid besides its target: an unknown field in its JSON body or query (every schema refuses them). */
function spoiled(req: Req): Req {
  const payload = req.payload;
  if (payload && typeof payload === 'object' && !Buffer.isBuffer(payload)) return { ...req, payload: { ...payload, unexpectedField: 1 } };
  const url = String(req.url);
  return { ...req, url: `${url}${url.includes('?') ? '&' : '?'}unexpectedField=1` };
}

/**
 * One request of `user` (null: anonymous, with the admin's recipe) on the target of `scope`;
 * `spoil` makes the rest of the request invalid (the check order puts 404 before 400).
 */
export async function runCell(w: World, recipe: Recipe, user: RoleUser | null, scope: Scope, spoil = false): Promise<Outcome> {
  const as = user ?? 'admin';
  const site = siteFor(recipe, as, scope);
  if (recipe.on !== null && site === null) return { cell: '-', status: 0, body: '' };
  // a route without a target still acts in the caller's area: its recipe reads the own site
  const own = AREAS[as].own;
  const ctx = { w, user: as, scope, site, s: w.sites[site ?? (own.community ?? own.township)!] };
  const built = await recipe.build(ctx);
  const req = spoil ? spoiled(built) : built;
  const { status, body } = await send(w, user, req);
  if (recipe.restore && user) await recipe.restore(ctx);
  return { cell: cellOf(status, body), status, body };
}
