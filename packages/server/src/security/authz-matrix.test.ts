/**
 * security: the authorization matrix (issue "Security first", Keep them closed). Every route of the
 * app's own /openapi.json × every fixture role × a target in the role's own area and one outside it,
 * asserting the exact outcome written in authz-matrix.table.ts or read from the access registry there
 * (issue "One access model"); anonymous callers get 401 everywhere
 * but on the public routes. Each request is valid for its route (authz-matrix.recipes-*.ts), so a 400
 * never hides the access decision.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS } from '../testing/databases';
import type { Actor } from '@gridwork/core';
import { ROLE_USERS, type RoleUser } from './authz-matrix.areas';
import { derivedCells, fixtureActors } from './authz-matrix.expect';
import type { Recipes } from './authz-matrix.recipe-kit';
import { ADMIN_RECIPES } from './authz-matrix.recipes-admin';
import { RECORD_RECIPES } from './authz-matrix.recipes-records';
import { TEAM_RECIPES } from './authz-matrix.recipes-team';
import { WORK_RECIPES } from './authz-matrix.recipes-work';
import { runCell, type Outcome } from './authz-matrix.run';
import { formatRow, MATRIX_ROWS, PUBLIC_ROUTES, routeOf, type MatrixRow } from './authz-matrix.table';
import { createWorld, type World } from './authz-matrix.world';

const RECIPES: Recipes = { ...ADMIN_RECIPES, ...RECORD_RECIPES, ...WORK_RECIPES, ...TEAM_RECIPES };
/** A row makes up to 24 requests (and the records they act on): generous on a busy machine. */
const ROW_TIMEOUT = 180_000;

/**
 * The access decisions are the app's, not the database's: with PostgreSQL present the embedded
 * database runs every MATRIX_EMBEDDED_EVERY-th row (default 4, from an offset that moves by the day,
 * so each row runs there every few days); MATRIX_EMBEDDED_EVERY=1 runs them all. PostgreSQL, or the
 * embedded database alone (no TEST_DATABASE_URL), always runs every row.
 */
const EVERY = Math.max(1, Math.floor(Number(process.env.MATRIX_EMBEDDED_EVERY ?? 4)) || 1);
const OFFSET = Math.floor(Date.now() / 86_400_000) % EVERY;
const rowsOn = (kind: string): MatrixRow[] =>
  kind === 'embedded' && DB_KINDS.length > 1 && EVERY > 1 ? MATRIX_ROWS.filter((_, i) => i % EVERY === OFFSET) : MATRIX_ROWS;

async function actualRow(w: World, row: MatrixRow, expected: string[]): Promise<{ cells: string[]; misses: string[] }> {
  const recipe = RECIPES[row.key];
  const cells: string[] = [];
  const misses: string[] = [];
  for (const [i, user] of ROLE_USERS.entries()) {
    const scopes = recipe.on === null ? (['own'] as const) : (['own', 'other'] as const);
    const outcomes: Outcome[] = [];
    for (const scope of scopes) outcomes.push(await runCell(w, recipe, user, scope));
    const cell = outcomes.map((o) => o.cell).join('');
    cells.push(cell);
    if (cell !== expected[i])
      misses.push(`${user}: expected ${expected[i]}, got ${cell} ${outcomes.map((o) => `${o.status} ${o.body}`).join(' | ')}`);
  }
  return { cells, misses };
}

describe.each(DB_KINDS)('security: authorization matrix on %s', (kind) => {
  let w: World;
  let actors: Record<RoleUser, Actor>;
  const expectedOf = (row: MatrixRow) => row.cells ?? derivedCells(w, actors, RECIPES[row.key], row.derive!);
  beforeAll(async () => {
    w = await createWorld(kind);
    actors = await fixtureActors(w);
  }, 300_000);
  afterAll(() => w?.close());

  it('every route of /openapi.json has a row and a recipe in the matrix, and every row a route', async () => {
    const doc = (await w.t.app.inject({ method: 'GET', url: '/openapi.json' })).json() as {
      paths: Record<string, Record<string, unknown>>;
    };
    const routes = Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`));
    expect(new Set(MATRIX_ROWS.map((r) => routeOf(r.key)))).toEqual(new Set(routes));
    expect(MATRIX_ROWS.map((r) => r.key).filter((k) => !RECIPES[k])).toEqual([]);
    expect(Object.keys(RECIPES).filter((k) => !MATRIX_ROWS.some((r) => r.key === k))).toEqual([]);
  });

  it(
    '401 for anonymous callers on every route but the public ones',
    async () => {
      const wrong: string[] = [];
      for (const row of MATRIX_ROWS) {
        const { status } = await runCell(w, RECIPES[row.key], null, 'own');
        const isPublic = PUBLIC_ROUTES.includes(routeOf(row.key));
        if ((status === 401) === isPublic) wrong.push(`${row.key}: ${status}`);
      }
      expect(wrong).toEqual([]);
    },
    ROW_TIMEOUT,
  );

  it(
    "404 before 400: a target outside the caller's scope is 404 even when the rest of the request is invalid",
    async () => {
      const wrong: string[] = [];
      for (const row of MATRIX_ROWS.filter((r) => expectedOf(r)[0][1] === 'N')) {
        const { status, body } = await runCell(w, RECIPES[row.key], 'admin', 'other', true);
        if (status !== 404) wrong.push(`${row.key}: ${status} ${body}`);
      }
      expect(wrong).toEqual([]);
    },
    ROW_TIMEOUT,
  );

  for (const row of rowsOn(kind)) {
    it(
      row.key,
      async () => {
        const { cells, misses } = await actualRow(w, row, expectedOf(row));
        expect(misses, `actual row:\n${formatRow(row.key, cells)}`).toEqual([]);
      },
      ROW_TIMEOUT,
    );
  }
});
