/**
 * The plumbing of the stored-XSS planting (xss-plant.ts, xss-plant-team.ts): the payloads, a signed-in
 * API client, the field numbering and the demo regions used.
 */
import { randomUUID } from 'node:crypto';

/** Markup that becomes an element (and runs script, without the CSP) if a page treats the text as HTML. */
export function payload(n: number, max: number): string {
  const hit = `window.__xss=(window.__xss||[]).concat('${n}')`;
  const variants = [
    `'"><img src=x data-xss-${n} onerror="${hit}"><svg data-xss-${n} onload="${hit}"></svg><script>${hit}</script>`,
    `"><img src=x data-xss-${n} onerror=__xss=${n}>`,
    `<img src=x data-xss-${n} onerror=__xss=${n}>`,
    `<b data-xss-${n}>`,
  ];
  return variants.find((v) => v.length <= max) ?? variants[variants.length - 1];
}

export class Api {
  constructor(
    readonly url: string,
    readonly token: string,
  ) {}

  static async signIn(url: string, username: string): Promise<Api> {
    const res = await fetch(`${url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password: 'gridwork-demo' }),
    });
    if (res.status !== 200) throw new Error(`sign-in ${username}: ${res.status} ${await res.text()}`);
    return new Api(url, (await res.json()).token);
  }

  /** A JSON call that must succeed (2xx); returns the parsed answer (null for 204). */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- answers are read field by field, as the API documents them
  // biome-ignore lint/suspicious/noExplicitAny: the planting script reads whatever field the API answers
  async call<T = any>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<T> {
    const init: RequestInit = { method, headers: { authorization: `Bearer ${this.token}`, ...headers } };
    if (body !== undefined) {
      init.body = typeof body === 'string' ? body : JSON.stringify(body);
      init.headers = { 'content-type': 'application/json', 'idempotency-key': randomUUID(), ...init.headers };
    }
    const res = await fetch(`${this.url}${path}`, init);
    const text = await res.text();
    if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${text}`);
    return (text ? JSON.parse(text) : null) as T;
  }
}

/** Numbers each planted field and hands out its payload. */
export class Fields {
  readonly all = new Map<number, string>();
  p(where: string, max: number): string {
    const n = this.all.size + 1;
    this.all.set(n, where);
    return payload(n, max);
  }
}

export { shanghaiDate } from './server';

/** The demo regions used, by code (the demo seed is deterministic): worker1's grid in lead1's community, and a town grid (rounds). */
const CODES = {
  district: '110199',
  street: '110199001',
  community: '110199001001',
  workstation: '110199001001W01',
  grid: '110199001001001',
  compound: '110199001001001P01',
  building: '110199001001001P02',
  town: '110199101',
  townGrid: '110199101001001',
} as const;
export interface Region {
  id: number;
  code: string;
  version: number;
}
export type Regions = Record<keyof typeof CODES, Region>;

export async function demoRegions(admin: Api): Promise<Regions> {
  const all: Region[] = await admin.call('GET', '/api/v1/regions');
  const byCode = new Map(all.map((r) => [r.code, r]));
  return Object.fromEntries(
    Object.entries(CODES).map(([key, code]) => {
      const r = byCode.get(code);
      if (!r) throw new Error(`demo region ${code} (${key}) not found`);
      return [key, r];
    }),
  ) as Regions;
}
