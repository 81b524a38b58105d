/**
 * The authorization matrix as data (issue "Security first"): for each route of the app (and a few
 * variants of one route, after `#`) and each fixture role, the outcome on a target in the role's own
 * area and on one outside it (authz-matrix.areas.ts says which). One letter per scope, own first:
 *   Y allowed: 2xx, or a 409/422 domain conflict after the access checks
 *   F 403      S 403 SELF_GRANT      G 403 ROLE_NOT_GRANTABLE
 *   N 404 (missing, or outside the caller's scope: the contract puts it before 400 and 403)
 *   - the role's area has no grid of the preset the route needs (township rounds, community verification)
 * Routes without a target (lists of the caller's scope, deployment-wide settings) have one letter.
 */

/** Routes anyone may call without signing in (the others answer 401 first). */
export const PUBLIC_ROUTES = [
  'GET /healthz', 'GET /api/v1/meta', 'POST /api/v1/auth/login', 'POST /api/v1/auth/logout',
  'GET /open311/v2/services.json', 'GET /open311/v2/services.xml', 'GET /open311/v2/services/{file}',
  'GET /open311/v2/requests.json', 'GET /open311/v2/requests.xml', 'GET /open311/v2/requests/{file}', 'GET /open311/v2/tokens/{file}',
  'POST /open311/v2/requests.json', 'POST /open311/v2/requests.xml',
];

// prettier-ignore
const MATRIX = `
                                                      adm off lea sta ldr wk1 wk2 hot sup dep tof twk
GET    /healthz                                       Y   Y   Y   Y   Y   Y   Y   Y   Y   Y   Y   Y
GET    /api/v1/meta                                   Y   Y   Y   Y   Y   Y   Y   Y   Y   Y   Y   Y
GET    /api/v1/audit                                  Y   F   F   F   F   F   F   F   Y   F   F   F
POST   /api/v1/auth/login                             Y   Y   Y   Y   Y   Y   Y   Y   Y   Y   Y   Y
POST   /api/v1/auth/logout                            Y   Y   Y   Y   Y   Y   Y   Y   Y   Y   Y   Y
GET    /api/v1/auth/me                                Y   Y   Y   Y   Y   Y   Y   Y   Y   Y   Y   Y
GET    /api/v1/regions                                Y   Y   Y   Y   Y   Y   Y   Y   Y   Y   Y   Y
POST   /api/v1/regions                                YN  YN  YN  FN  FN  FN  FN  FN  FN  FN  YN  FN
GET    /api/v1/regions/{id}                           YN  YN  YN  YN  YN  YN  YN  YN  YN  YN  YN  YN
PATCH  /api/v1/regions/{id}                           YN  YN  YN  FN  FN  FN  FN  FN  FN  FN  YN  FN
DELETE /api/v1/regions/{id}                           YN  YN  YN  FN  FN  FN  FN  FN  FN  FN  YN  FN
GET    /api/v1/grids                                  Y   Y   Y   Y   Y   Y   Y   Y   Y   Y   Y   Y
GET    /api/v1/grids/locate                           Y   Y   Y   Y   Y   Y   Y   Y   Y   Y   Y   Y
GET    /api/v1/grids/geojson                          YN  YN  YN  YN  YN  YN  YN  YN  YN  YN  YN  YN
POST   /api/v1/grids/geojson                          Y   Y   Y   F   F   F   F   F   F   F   Y   F
GET    /api/v1/users                                  Y   Y   Y   F   F   F   F   F   Y   F   Y   F
POST   /api/v1/users                                  Y   F   F   F   F   F   F   F   F   F   F   F
PATCH  /api/v1/users/{id}                             YN  FN  FN  FN  FN  FN  FN  FN  FN  FN  FN  FN
PATCH  /api/v1/users/{id}#no-role                     Y   N   N   N   N   N   N   N   N   N   N   N
POST   /api/v1/users/{id}/roles                       YN  YN  YN  GN  GN  GN  GN  GN  GN  GN  YN  GN
POST   /api/v1/users/{id}/roles#no-role               Y   N   N   N   N   N   N   N   N   N   N   N
POST   /api/v1/users/{id}/roles#grid-worker           YN  YN  GN  GN  GN  GN  GN  GN  GN  GN  YN  GN
POST   /api/v1/users/{id}/roles#workstation-staff     YN  YN  YN  GN  NN  NN  NN  GN  GN  GN  YN  NN
POST   /api/v1/users/{id}/roles#community-lead        YN  YN  GN  NN  NN  NN  NN  GN  GN  GN  YN  NN
POST   /api/v1/users/{id}/roles#supervisor            YN  GN  GN  NN  NN  NN  NN  GN  GN  GN  GN  NN
POST   /api/v1/users/{id}/roles#admin                 YN  GN  NN  NN  NN  NN  NN  GN  GN  GN  GN  NN
POST   /api/v1/users/{id}/roles#self                  SN  SN  SN  SN  SN  SN  SN  SN  SN  SN  SN  SN
DELETE /api/v1/users/{id}/roles/{roleId}              YN  YN  YN  GN  GN  GN  GN  GN  GN  GN  YN  GN
DELETE /api/v1/users/{id}/roles/{roleId}#grid-worker  YN  YN  GN  GN  GN  GN  GN  GN  GN  GN  YN  GN
DELETE /api/v1/users/{id}/roles/{roleId}#self         S   S   S   S   S   S   S   S   S   S   S   S
GET    /api/v1/policy                                 YN  YN  YN  YN  YN  YN  YN  YN  YN  YN  YN  YN
PUT    /api/v1/policy                                 YN  YN  FN  FN  FN  FN  FN  FN  FN  FN  YN  FN
GET    /api/v1/policy/versions                        YN  YN  YN  YN  YN  YN  YN  YN  YN  YN  YN  YN
GET    /api/v1/policy/presets                         Y   Y   Y   Y   Y   Y   Y   Y   Y   Y   Y   Y
GET    /api/v1/calendar/add-working-days              Y   Y   Y   Y   Y   Y   Y   Y   Y   Y   Y   Y
GET    /api/v1/calendar/years                         Y   Y   Y   Y   Y   Y   Y   Y   Y   Y   Y   Y
GET    /api/v1/calendar/days                          Y   Y   Y   Y   Y   Y   Y   Y   Y   Y   Y   Y
GET    /api/v1/calendar/overrides                     Y   Y   Y   Y   Y   Y   Y   Y   Y   Y   Y   Y
PUT    /api/v1/calendar/overrides/{date}              Y   F   F   F   F   F   F   F   F   F   F   F
DELETE /api/v1/calendar/overrides/{date}              Y   F   F   F   F   F   F   F   F   F   F   F
POST   /api/v1/calendar/years/{year}/confirm          Y   F   F   F   F   F   F   F   F   F   F   F
GET    /api/v1/notifications                          Y   Y   Y   Y   Y   Y   Y   Y   Y   Y   Y   Y
POST   /api/v1/notifications/{id}/read                YN  YN  YN  YN  YN  YN  YN  YN  YN  YN  YN  YN
GET    /api/v1/notifications/stream                   Y   Y   Y   Y   Y   Y   Y   Y   Y   Y   Y   Y
POST   /api/v1/open311/clients                        YN  FN  FN  NN  NN  NN  NN  FN  FN  FN  FN  NN
GET    /api/v1/open311/clients                        Y   F   F   F   F   F   F   F   F   F   F   F
DELETE /api/v1/open311/clients/{id}                   YN  FN  FN  NN  NN  NN  NN  FN  FN  FN  FN  NN
GET    /open311/v2/services.json                      Y   Y   Y   Y   Y   Y   Y   Y   Y   Y   Y   Y
GET    /open311/v2/services.xml                       Y   Y   Y   Y   Y   Y   Y   Y   Y   Y   Y   Y
GET    /open311/v2/services/{file}                    Y   Y   Y   Y   Y   Y   Y   Y   Y   Y   Y   Y
GET    /open311/v2/requests.json                      Y   Y   Y   Y   Y   Y   Y   Y   Y   Y   Y   Y
GET    /open311/v2/requests.xml                       Y   Y   Y   Y   Y   Y   Y   Y   Y   Y   Y   Y
GET    /open311/v2/requests/{file}                    Y   Y   Y   Y   Y   Y   Y   Y   Y   Y   Y   Y
GET    /open311/v2/tokens/{file}                      Y   Y   Y   Y   Y   Y   Y   Y   Y   Y   Y   Y
POST   /open311/v2/requests.json                      Y   Y   Y   Y   Y   Y   Y   Y   Y   Y   Y   Y
POST   /open311/v2/requests.xml                       Y   Y   Y   Y   Y   Y   Y   Y   Y   Y   Y   Y
POST   /api/v1/households                             YN  YN  YN  YN  YN  YN  YN  FN  FN  FN  YN  YN
GET    /api/v1/households                             YN  YN  YN  YN  YN  YN  YN  FN  YN  FN  YN  YN
GET    /api/v1/households/{id}                        YN  YN  YN  YN  YN  YN  YN  FN  YN  FN  YN  YN
PATCH  /api/v1/households/{id}                        YN  YN  YN  YN  YN  YN  YN  FN  FN  FN  YN  YN
POST   /api/v1/households/{id}/residents              YN  YN  YN  YN  YN  YN  YN  FN  FN  FN  YN  YN
PATCH  /api/v1/residents/{id}                         YN  YN  YN  YN  YN  YN  YN  FN  FN  FN  YN  YN
POST   /api/v1/residents/{id}/end-membership          YN  YN  YN  YN  YN  YN  YN  FN  FN  FN  YN  YN
POST   /api/v1/residents/{id}/end-membership#moved    YN  YN  YN  YN  YN  YN  YN  FN  FN  FN  YN  YN
POST   /api/v1/residents/{id}/reveal                  YN  FN  YN  YN  FN  YN  YN  FN  FN  FN  FN  YN
POST   /api/v1/residents/{id}/reveal#idNumber         YN  FN  YN  YN  FN  FN  FN  FN  FN  FN  FN  FN
GET    /api/v1/resident-tags                          Y   Y   Y   Y   Y   Y   Y   Y   Y   Y   Y   Y
PUT    /api/v1/resident-tags/{code}                   Y   F   F   F   F   F   F   F   F   F   F   F
POST   /api/v1/visits                                 YN  YN  YN  YN  YN  YN  YN  FN  FN  FN  YN  YN
POST   /api/v1/visits#visitors                        YN  YN  YN  YN  YN  FN  FN  FN  FN  FN  YN  FN
POST   /api/v1/visits#visitors-self                   YN  YN  YN  YN  YN  YN  YN  FN  FN  FN  YN  YN
GET    /api/v1/visits                                 YN  YN  YN  YN  YN  YN  YN  FN  YN  FN  YN  YN
GET    /api/v1/households/{id}/visit-status           YN  YN  YN  YN  YN  YN  YN  FN  YN  FN  YN  YN
GET    /api/v1/visits/due                             YN  YN  YN  YN  YN  YN  YN  FN  YN  FN  YN  YN
GET    /api/v1/visits/compliance                      YN  YN  YN  YN  YN  YN  YN  FN  YN  FN  YN  YN
GET    /api/v1/visits/hours                           YN  YN  YN  YN  YN  YN  YN  FN  YN  FN  YN  YN
GET    /api/v1/roster/template                        Y   Y   Y   Y   Y   Y   Y   Y   Y   Y   Y   Y
GET    /api/v1/roster/export                          YN  YN  YN  YN  YN  YN  YN  FN  YN  FN  YN  YN
GET    /api/v1/households/export                      YN  YN  YN  YN  YN  YN  YN  FN  YN  FN  YN  YN
POST   /api/v1/roster/import                          Y   Y   Y   Y   Y   Y   Y   F   F   F   Y   Y
GET    /api/v1/case-categories                        Y   Y   Y   Y   Y   Y   Y   Y   Y   Y   Y   Y
PUT    /api/v1/case-categories/{code}                 Y   F   F   F   F   F   F   F   F   F   F   F
POST   /api/v1/cases                                  YN  YN  YN  YN  YN  YN  YN  YN  FN  FN  YN  YN
POST   /api/v1/cases#visitId                          YN  YN  YN  YN  YN  YN  YN  YN  FN  FN  YN  YN
GET    /api/v1/cases                                  YN  YN  YN  YN  YN  YN  YN  YN  YN  YN  YN  YN
GET    /api/v1/cases#householdId                      YN  YN  YN  YN  YN  YN  YN  YN  YN  YN  YN  YN
GET    /api/v1/cases/register                         Y   Y   Y   Y   Y   Y   Y   Y   Y   Y   Y   Y
GET    /api/v1/cases/{id}                             YN  YN  YN  YN  YN  YN  YN  YN  YN  YN  YN  YN
POST   /api/v1/cases/{id}/actions/{action}            YN  YN  YN  YN  YN  FN  FN  FN  FN  FN  YN  FN
POST   /api/v1/cases/{id}/actions/{action}#merge      YN  YN  YN  YN  YN  FN  FN  FN  FN  FN  YN  FN
POST   /api/v1/cases/{id}/actions/{action}#transfer   YN  YN  YN  YN  YN  FN  FN  FN  FN  FN  YN  FN
POST   /api/v1/cases/{id}/reporter/reveal             YN  YN  YN  YN  YN  FN  FN  YN  YN  FN  YN  FN
GET    /api/v1/cases/{id}/annotations                 YN  YN  YN  YN  YN  YN  YN  YN  YN  YN  YN  YN
POST   /api/v1/cases/{id}/annotations                 YN  YN  FN  FN  FN  FN  FN  FN  YN  FN  YN  FN
POST   /api/v1/cases/{id}/annotations#hotline-note    YN  FN  FN  FN  FN  FN  FN  YN  YN  FN  FN  FN
GET    /api/v1/cases/{id}/public-note                 YN  YN  YN  YN  YN  YN  YN  YN  YN  YN  YN  YN
POST   /api/v1/cases/{id}/public-note                 YN  YN  YN  YN  YN  FN  FN  FN  FN  FN  YN  FN
GET    /api/v1/cases/{id}/merge-suggestions           YN  YN  YN  YN  YN  YN  YN  YN  YN  YN  YN  YN
GET    /api/v1/cases/{id}/photos                      YN  YN  YN  YN  YN  YN  YN  YN  YN  YN  YN  YN
POST   /api/v1/cases/{id}/photos                      YN  YN  YN  YN  YN  YN  YN  YN  FN  FN  YN  YN
GET    /api/v1/visits/{id}/photos                     YN  YN  YN  YN  YN  YN  YN  FN  YN  FN  YN  YN
POST   /api/v1/visits/{id}/photos                     YN  YN  YN  YN  YN  YN  YN  FN  FN  FN  YN  YN
GET    /api/v1/photos/{id}                            YN  YN  YN  YN  YN  YN  YN  YN  YN  YN  YN  YN
GET    /api/v1/photos/{id}#visit                      YN  YN  YN  YN  YN  YN  YN  FN  YN  FN  YN  YN
POST   /api/v1/verification/draws                     YN  FN  YN  YN  FN  FN  FN  FN  FN  FN  -N  -N
POST   /api/v1/verification/yearly                    YN  FN  YN  FN  FN  FN  FN  FN  FN  FN  -N  -N
GET    /api/v1/verification/draws                     YN  YN  YN  YN  FN  FN  FN  FN  YN  FN  -N  -N
GET    /api/v1/verification/draws/{id}                YN  YN  YN  YN  FN  FN  FN  FN  YN  FN  -N  -N
GET    /api/v1/verification/tasks                     Y   Y   Y   Y   F   F   F   F   Y   F   Y   F
GET    /api/v1/verification/tasks#drawId              YN  YN  YN  YN  FN  FN  FN  FN  YN  FN  -N  -N
GET    /api/v1/verification/tasks/{id}                YN  YN  YN  YN  FN  FN  FN  FN  YN  FN  -N  -N
POST   /api/v1/verification/tasks/{id}/result         YN  FN  YN  YN  FN  FN  FN  FN  FN  FN  -N  -N
GET    /api/v1/verification/summary                   YN  YN  YN  YN  FN  FN  FN  FN  YN  FN  -N  -N
GET    /api/v1/rounds/progress                        YN  YN  YN  YN  -N  -N  -N  FN  YN  FN  YN  YN
POST   /api/v1/rounds/reports                         YN  FN  FN  FN  -N  -N  -N  FN  FN  FN  FN  YN
GET    /api/v1/rounds/reports                         YN  YN  YN  YN  -N  -N  -N  FN  YN  FN  YN  YN
GET    /api/v1/rounds/reports/{id}                    YN  YN  YN  YN  -N  -N  -N  FN  YN  FN  YN  YN
POST   /api/v1/rounds/reports/{id}/refresh            YN  FN  FN  FN  -N  -N  -N  FN  FN  FN  FN  YN
POST   /api/v1/rounds/reports/{id}/submit             YN  FN  FN  FN  -N  -N  -N  FN  FN  FN  FN  YN
POST   /api/v1/rounds/reports/{id}/acknowledge        YN  FN  YN  FN  -N  -N  -N  FN  FN  FN  FN  FN
GET    /api/v1/supervision/board                      YN  YN  YN  YN  YN  YN  YN  YN  YN  YN  YN  YN
GET    /api/v1/supervision/analysis                   YN  YN  YN  YN  YN  YN  YN  YN  YN  YN  YN  YN
GET    /api/v1/statistics/cases                       YN  YN  YN  YN  YN  YN  YN  YN  YN  YN  YN  YN
`;

export interface MatrixRow {
  /** 'METHOD /path' as in /openapi.json, with an optional '#variant'. */
  key: string;
  /** One cell per role of ROLE_USERS. */
  cells: string[];
}

export const MATRIX_ROWS: MatrixRow[] = MATRIX.split('\n')
  .filter((line) => /^[A-Z]+ /.test(line))
  .map((line) => {
    const [method, path, ...cells] = line.trim().split(/\s+/);
    return { key: `${method} ${path}`, cells };
  });

/** The route of a row (without its variant). */
export const routeOf = (key: string) => key.split('#')[0];

/** A row as it would be written in the table (failures print the actual one). */
export function formatRow(key: string, cells: string[]): string {
  const [method, path] = key.split(' ');
  return `${method.padEnd(7)}${path.padEnd(47)}${cells.map((c) => c.padEnd(4)).join('').trimEnd()}`;
}
