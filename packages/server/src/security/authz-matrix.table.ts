/**
 * The authorization matrix as data (issue "Security first"): for each route of the app (and a few
 * variants of one route, after `#`) and each fixture role, the outcome on a target in the role's own
 * area and on one outside it (authz-matrix.areas.ts says which). One letter per scope, own first:
 *   Y allowed: 2xx, or a 409/422 domain conflict after the access checks
 *   F 403      S 403 SELF_GRANT      G 403 ROLE_NOT_GRANTABLE
 *   N 404 (missing, or outside the caller's scope: the contract puts it before 400 and 403)
 *   - the role's area has no grid of the preset the route needs (township rounds, community verification)
 * Routes without a target (lists of the caller's scope, deployment-wide settings) have one letter.
 * A row whose outcome a registry action decides says `= <action> <target>` instead (issue "One access
 * model"): its cells are read from the registry for each account, never copied here.
 */

import { ALL_ACTIONS } from '@gridwork/core';
import { TARGET_KINDS, type Derivation, type TargetKind } from './authz-matrix.expect';

/** Routes anyone may call without signing in (the others answer 401 first). */
export const PUBLIC_ROUTES = [
  'GET /healthz',
  'GET /api/v1/meta',
  'POST /api/v1/auth/login',
  'POST /api/v1/auth/logout',
  'GET /open311/v2/services.json',
  'GET /open311/v2/services.xml',
  'GET /open311/v2/services/{file}',
  'GET /open311/v2/requests.json',
  'GET /open311/v2/requests.xml',
  'GET /open311/v2/requests/{file}',
  'GET /open311/v2/tokens/{file}',
  'POST /open311/v2/requests.json',
  'POST /open311/v2/requests.xml',
  'GET /api/v1/calendar-feeds/{file}',
];

// prettier-ignore
const MATRIX = `
                                                      adm off lea sta ldr wk1 wk2 hot sup dep tof twk
GET    /healthz                                       Y   Y   Y   Y   Y   Y   Y   Y   Y   Y   Y   Y
GET    /api/v1/meta                                   Y   Y   Y   Y   Y   Y   Y   Y   Y   Y   Y   Y
GET    /api/v1/audit                                  = audit.read none
POST   /api/v1/auth/login                             Y   Y   Y   Y   Y   Y   Y   Y   Y   Y   Y   Y
POST   /api/v1/auth/logout                            Y   Y   Y   Y   Y   Y   Y   Y   Y   Y   Y   Y
GET    /api/v1/auth/me                                Y   Y   Y   Y   Y   Y   Y   Y   Y   Y   Y   Y
GET    /api/v1/me                                     Y   Y   Y   Y   Y   Y   Y   Y   Y   Y   Y   Y
PATCH  /api/v1/me                                     Y   Y   Y   Y   Y   Y   Y   Y   Y   Y   Y   Y
POST   /api/v1/me/password                            Y   Y   Y   Y   Y   Y   Y   Y   Y   Y   Y   Y
GET    /api/v1/me/sessions                            Y   Y   Y   Y   Y   Y   Y   Y   Y   Y   Y   Y
DELETE /api/v1/me/sessions/{id}                       Y   Y   Y   Y   Y   Y   Y   Y   Y   Y   Y   Y
POST   /api/v1/me/sessions/end-others                 Y   Y   Y   Y   Y   Y   Y   Y   Y   Y   Y   Y
GET    /api/v1/regions                                Y   Y   Y   Y   Y   Y   Y   Y   Y   Y   Y   Y
POST   /api/v1/regions                                = region.create-child grid
GET    /api/v1/regions/{id}                           = region.read grid
PATCH  /api/v1/regions/{id}                           = region.update grid
DELETE /api/v1/regions/{id}                           = region.delete grid
GET    /api/v1/grids                                  Y   Y   Y   Y   Y   Y   Y   Y   Y   Y   Y   Y
GET    /api/v1/grids/locate                           Y   Y   Y   Y   Y   Y   Y   Y   Y   Y   Y   Y
GET    /api/v1/grids/geojson                          = region.read grid
POST   /api/v1/grids/geojson                          = region.create-child somewhere
GET    /api/v1/basemap                                = region.read grid
PUT    /api/v1/basemap                                = region.update top
GET    /api/v1/users                                  = user.read somewhere
POST   /api/v1/users                                  = user.manage none
PATCH  /api/v1/users/{id}                             = user.manage grid
PATCH  /api/v1/users/{id}#no-role                     Y   N   N   N   N   N   N   N   N   N   N   N
POST   /api/v1/users/{id}/roles                       = grant:grid-leader grid
POST   /api/v1/users/{id}/roles#no-role               Y   N   N   N   N   N   N   N   N   N   N   N
POST   /api/v1/users/{id}/roles#grid-worker           = grant:grid-worker grid
POST   /api/v1/users/{id}/roles#workstation-staff     = grant:workstation-staff parent
POST   /api/v1/users/{id}/roles#community-lead        = grant:community-lead community
POST   /api/v1/users/{id}/roles#supervisor            = grant:supervisor community
POST   /api/v1/users/{id}/roles#admin                 = grant:admin top
POST   /api/v1/users/{id}/roles#self                  SN  SN  SN  SN  SN  SN  SN  SN  SN  SN  SN  SN
DELETE /api/v1/users/{id}/roles/{roleId}              = grant:grid-leader grid
DELETE /api/v1/users/{id}/roles/{roleId}#grid-worker  = grant:grid-worker grid
DELETE /api/v1/users/{id}/roles/{roleId}#self         S   S   S   S   S   S   S   S   S   S   S   S
GET    /api/v1/policy                                 = policy.read grid
PUT    /api/v1/policy                                 = policy.edit grid
GET    /api/v1/policy/versions                        = policy.read grid
GET    /api/v1/policy/presets                         Y   Y   Y   Y   Y   Y   Y   Y   Y   Y   Y   Y
GET    /api/v1/calendar/add-working-days              Y   Y   Y   Y   Y   Y   Y   Y   Y   Y   Y   Y
GET    /api/v1/calendar/years                         Y   Y   Y   Y   Y   Y   Y   Y   Y   Y   Y   Y
GET    /api/v1/calendar/days                          Y   Y   Y   Y   Y   Y   Y   Y   Y   Y   Y   Y
GET    /api/v1/calendar/overrides                     Y   Y   Y   Y   Y   Y   Y   Y   Y   Y   Y   Y
PUT    /api/v1/calendar/overrides/{date}              = calendar.edit none
DELETE /api/v1/calendar/overrides/{date}              = calendar.edit none
POST   /api/v1/calendar/years/{year}/confirm          = calendar.edit none
GET    /api/v1/notifications                          = notification.read none
GET    /api/v1/notifications/deliveries               = notification.read-deliveries none
POST   /api/v1/notifications/{id}/read                = notification.read grid
GET    /api/v1/notifications/unread-count             = notification.read none
POST   /api/v1/notifications/read-all                 = notification.read none
GET    /api/v1/notifications/stream                   Y   Y   Y   Y   Y   Y   Y   Y   Y   Y   Y   Y
POST   /api/v1/open311/clients                        = open311.manage community
GET    /api/v1/open311/clients                        = open311.manage none
DELETE /api/v1/open311/clients/{id}                   = open311.manage community
GET    /open311/v2/services.json                      Y   Y   Y   Y   Y   Y   Y   Y   Y   Y   Y   Y
GET    /open311/v2/services.xml                       Y   Y   Y   Y   Y   Y   Y   Y   Y   Y   Y   Y
GET    /open311/v2/services/{file}                    Y   Y   Y   Y   Y   Y   Y   Y   Y   Y   Y   Y
GET    /open311/v2/requests.json                      Y   Y   Y   Y   Y   Y   Y   Y   Y   Y   Y   Y
GET    /open311/v2/requests.xml                       Y   Y   Y   Y   Y   Y   Y   Y   Y   Y   Y   Y
GET    /open311/v2/requests/{file}                    Y   Y   Y   Y   Y   Y   Y   Y   Y   Y   Y   Y
GET    /open311/v2/tokens/{file}                      Y   Y   Y   Y   Y   Y   Y   Y   Y   Y   Y   Y
POST   /open311/v2/requests.json                      Y   Y   Y   Y   Y   Y   Y   Y   Y   Y   Y   Y
POST   /open311/v2/requests.xml                       Y   Y   Y   Y   Y   Y   Y   Y   Y   Y   Y   Y
POST   /api/v1/households                             = household.edit grid
GET    /api/v1/households                             = household.read grid
GET    /api/v1/households/{id}                        = household.read grid
PATCH  /api/v1/households/{id}                        = household.edit grid
POST   /api/v1/households/{id}/residents              = household.edit grid
PATCH  /api/v1/residents/{id}                         = household.edit grid
POST   /api/v1/residents/{id}/end-membership          = household.edit grid
POST   /api/v1/residents/{id}/end-membership#moved    = household.edit grid
POST   /api/v1/residents/{id}/reveal                  = resident.reveal-phone grid
POST   /api/v1/residents/{id}/reveal#idNumber         = resident.reveal-id-number grid
GET    /api/v1/resident-tags                          Y   Y   Y   Y   Y   Y   Y   Y   Y   Y   Y   Y
PUT    /api/v1/resident-tags/{code}                   = taxonomy.edit none
POST   /api/v1/visits                                 = visit.record grid
POST   /api/v1/visits#visitors                        = visit.record-for-others grid
POST   /api/v1/visits#visitors-self                   = visit.record grid
GET    /api/v1/visits                                 = household.read grid
GET    /api/v1/households/{id}/visit-status           = household.read grid
GET    /api/v1/visits/due                             = household.read grid
GET    /api/v1/visits/compliance                      = household.read grid
GET    /api/v1/visits/compliance/export               = household.read grid
GET    /api/v1/visits/hours                           = household.read grid
GET    /api/v1/roster/template                        Y   Y   Y   Y   Y   Y   Y   Y   Y   Y   Y   Y
GET    /api/v1/roster/export                          = household.read grid
GET    /api/v1/households/export                      = household.read grid
POST   /api/v1/roster/import                          = household.edit somewhere
GET    /api/v1/case-categories                        Y   Y   Y   Y   Y   Y   Y   Y   Y   Y   Y   Y
PUT    /api/v1/case-categories/{code}                 = taxonomy.edit none
POST   /api/v1/cases                                  = case.intake grid
POST   /api/v1/cases#visitId                          = case.intake grid
GET    /api/v1/cases                                  = case.read grid
GET    /api/v1/cases#householdId                      = case.read grid
GET    /api/v1/cases#regionId                         = case.read grid
GET    /api/v1/address-lookup                         = case.intake somewhere
GET    /api/v1/cases/export                           = case.read grid
GET    /api/v1/cases/register                         Y   Y   Y   Y   Y   Y   Y   Y   Y   Y   Y   Y
GET    /api/v1/cases/{id}                             = case.read grid
POST   /api/v1/cases/{id}/actions/{action}            = case.accept grid
POST   /api/v1/cases/{id}/actions/{action}#merge      = case.merge grid
POST   /api/v1/cases/{id}/actions/{action}#transfer   = case.transfer grid
POST   /api/v1/cases/{id}/reporter/reveal             = case.reveal-reporter grid
GET    /api/v1/cases/{id}/annotations                 = case.read grid
POST   /api/v1/cases/{id}/annotations                 = case.annotate-supervision-note grid
POST   /api/v1/cases/{id}/annotations#hotline-note    = case.annotate-hotline-note grid
GET    /api/v1/cases/{id}/public-note                 = case.read grid
POST   /api/v1/cases/{id}/public-note                 = case.write-public-note grid
GET    /api/v1/cases/{id}/merge-suggestions           = case.read grid
GET    /api/v1/cases/{id}/assignees                   = case.assign grid
GET    /api/v1/cases/{id}/photos                      = case.read grid
POST   /api/v1/cases/{id}/photos                      = case.add-photo grid
GET    /api/v1/visits/{id}/photos                     = photo.read-of-visit grid
POST   /api/v1/visits/{id}/photos                     = photo.add-to-visit grid
GET    /api/v1/photos/{id}                            = case.read grid
GET    /api/v1/photos/{id}#visit                      = photo.read-of-visit grid
GET    /api/v1/photos/{id}#diary                      YN  NN  YN  YN  YN  NN  NN  NN  NN  NN  NN  NN
POST   /api/v1/verification/draws                     = verification.draw grid
POST   /api/v1/verification/yearly                    = verification.yearly grid
GET    /api/v1/verification/draws                     = verification.read grid
GET    /api/v1/verification/draws/{id}                = verification.read grid
GET    /api/v1/verification/tasks                     = verification.read somewhere
GET    /api/v1/verification/tasks#drawId              = verification.read grid
GET    /api/v1/verification/tasks/{id}                = verification.read grid
POST   /api/v1/verification/tasks/{id}/result         = verification.draw grid
GET    /api/v1/verification/summary                   = verification.read grid
GET    /api/v1/verification/summary/export            = verification.read grid
GET    /api/v1/rounds/progress                        = round.read grid
POST   /api/v1/rounds/reports                         = round.prepare grid
GET    /api/v1/rounds/reports                         = round.read grid
GET    /api/v1/rounds/reports/{id}                    = round.read grid
POST   /api/v1/rounds/reports/{id}/refresh            = round.prepare grid
POST   /api/v1/rounds/reports/{id}/submit             = round.prepare grid
POST   /api/v1/rounds/reports/{id}/acknowledge        = round.acknowledge grid
GET    /api/v1/supervision/board                      = region.read grid
GET    /api/v1/supervision/board/export               = region.read grid
GET    /api/v1/supervision/analysis                   = region.read grid
GET    /api/v1/statistics/cases                       = region.read grid
GET    /api/v1/statistics/cases/export                = region.read grid
POST   /api/v1/diaries                                = diary.back-enter grid
POST   /api/v1/diaries#self                           F   F   Y   Y   Y   Y   Y   F   F   F   F   Y
GET    /api/v1/diaries                                Y   Y   Y   Y   Y   Y   Y   Y   Y   Y   Y   Y
GET    /api/v1/diaries/status                         Y   Y   Y   Y   Y   Y   Y   Y   Y   Y   Y   Y
GET    /api/v1/diaries/status#userId                  = diary.read grid
GET    /api/v1/diaries/{id}                           YN  NN  YN  YN  YN  NN  NN  NN  NN  NN  NN  NN
PATCH  /api/v1/diaries/{id}                           FN  NN  FN  FN  FN  NN  NN  NN  NN  NN  NN  NN
POST   /api/v1/diaries/{id}/reviews                   YN  NN  YN  YN  YN  NN  NN  NN  NN  NN  NN  NN
POST   /api/v1/diaries/{id}/shortlist                 YN  NN  YN  YN  YN  NN  NN  NN  NN  NN  NN  NN
POST   /api/v1/diaries/{id}/select                    YN  NN  YN  FN  FN  NN  NN  NN  NN  NN  NN  NN
GET    /api/v1/diaries/{id}/photos                    YN  NN  YN  YN  YN  NN  NN  NN  NN  NN  NN  NN
POST   /api/v1/diaries/{id}/photos                    FN  NN  FN  FN  FN  NN  NN  NN  NN  NN  NN  NN
GET    /api/v1/meetings/schedule                      = region.read grid
GET    /api/v1/meetings                               Y   Y   Y   Y   Y   Y   Y   Y   Y   Y   Y   Y
POST   /api/v1/meetings                               = meeting.convene grid
GET    /api/v1/meetings/{id}                          YN  YN  YN  YN  YN  YN  YN  NN  NN  NN  YN  YN
PUT    /api/v1/meetings/{id}/minutes                  YN  YN  YN  FN  YN  FN  FN  NN  NN  NN  YN  FN
POST   /api/v1/meetings/{id}/announcements            FN  FN  FN  FN  YN  YN  YN  NN  NN  NN  FN  YN
POST   /api/v1/meetings/{id}/leave-requests           YN  YN  YN  YN  YN  YN  YN  NN  NN  NN  YN  YN
POST   /api/v1/meetings/{id}/leave-requests/{sub}/decision YN  YN  YN  FN  YN  FN  FN  NN  NN  NN  YN  FN
PUT    /api/v1/meetings/{id}/attendance               YN  YN  YN  FN  YN  FN  FN  NN  NN  NN  YN  FN
POST   /api/v1/meetings/{id}/tasks                    YN  YN  YN  FN  YN  FN  FN  NN  NN  NN  YN  FN
PATCH  /api/v1/meetings/{id}/tasks/{sub}              YN  YN  YN  FN  YN  FN  FN  NN  NN  NN  YN  FN
GET    /api/v1/assessment/scores                      = assessment.read grid
GET    /api/v1/assessment/records                     = assessment.read grid
POST   /api/v1/rewards                                = assessment.score grid
GET    /api/v1/rewards                                Y   Y   Y   Y   Y   Y   Y   Y   Y   Y   Y   Y
POST   /api/v1/rewards/{id}/decision                  YN  YN  YN  NN  NN  NN  NN  NN  FN  NN  YN  NN
GET    /api/v1/team/members/{id}                      = user.read grid
POST   /api/v1/trainings                              = training.run grid
GET    /api/v1/trainings                              Y   Y   Y   Y   Y   Y   Y   Y   Y   Y   Y   Y
GET    /api/v1/trainings/{id}                         = training.read grid
PUT    /api/v1/trainings/{id}/attendance              = training.run grid
POST   /api/v1/self-study                             F   F   Y   Y   Y   Y   Y   F   F   F   F   Y
GET    /api/v1/self-study                             Y   Y   Y   Y   Y   Y   Y   Y   Y   Y   Y   Y
GET    /api/v1/self-study#userId                      YN  YN  YN  FN  FN  FN  FN  FN  YN  FN  YN  FN
POST   /api/v1/supervision/reports                    = supervision-report.write community
GET    /api/v1/supervision/reports                    Y   Y   Y   Y   Y   Y   Y   Y   Y   Y   Y   Y
GET    /api/v1/supervision/reports/{id}               YN  YN  YN  NN  NN  NN  NN  NN  YN  NN  YN  NN
GET    /api/v1/supervision/reports/{id}/xlsx          YN  YN  YN  NN  NN  NN  NN  NN  YN  NN  YN  NN
PATCH  /api/v1/supervision/reports/{id}               YN  YN  FN  NN  NN  NN  NN  NN  YN  NN  YN  NN
GET    /api/v1/me/calendar-feed                       Y   Y   Y   Y   Y   Y   Y   Y   Y   Y   Y   Y
POST   /api/v1/me/calendar-feed                       Y   Y   Y   Y   Y   Y   Y   Y   Y   Y   Y   Y
DELETE /api/v1/me/calendar-feed                       Y   Y   Y   Y   Y   Y   Y   Y   Y   Y   Y   Y
GET    /api/v1/calendar-feeds/{file}                  Y   Y   Y   Y   Y   Y   Y   Y   Y   Y   Y   Y
GET    /api/v1/households/{id}/survey-form            = household.read grid
GET    /api/v1/households/{id}/surveys                = household.read grid
POST   /api/v1/households/{id}/surveys                = visit.record grid
POST   /api/v1/outreach-visits                        = visit.record grid
GET    /api/v1/outreach-visits                        Y   Y   Y   Y   Y   Y   Y   Y   Y   Y   Y   Y
POST   /api/v1/work-records                           = assessment.score community
GET    /api/v1/work-records                           Y   Y   Y   Y   Y   Y   Y   Y   Y   Y   Y   Y
PATCH  /api/v1/work-records/{id}                      YN  YN  YN  NN  NN  NN  NN  NN  FN  NN  YN  NN
`;

export interface MatrixRow {
  /** 'METHOD /path' as in /openapi.json, with an optional '#variant'. */
  key: string;
  /** One cell per role of ROLE_USERS, written out (routes whose outcome no registry action decides). */
  cells?: string[];
  /** Or the registry action the route checks and what it targets: the cells come from `can` (authz-matrix.expect.ts). */
  derive?: Derivation;
}

export const MATRIX_ROWS: MatrixRow[] = MATRIX.split('\n')
  .filter((line) => /^[A-Z]+ /.test(line))
  .map((line) => {
    const [method, path, ...rest] = line.trim().split(/\s+/);
    const key = `${method} ${path}`;
    if (rest[0] !== '=') return { key, cells: rest };
    const [, action, target] = rest;
    if (!(TARGET_KINDS as readonly string[]).includes(target)) throw new Error(`${key}: unknown target ${target}`);
    if (!action.startsWith('grant:') && !(ALL_ACTIONS as string[]).includes(action))
      throw new Error(`${key}: no registry action ${action}`);
    return { key, derive: { action: action as Derivation['action'], target: target as TargetKind } };
  });

/** The route of a row (without its variant). */
export const routeOf = (key: string) => key.split('#')[0];

/** A row as it would be written in the table (failures print the actual one). */
export function formatRow(key: string, cells: string[]): string {
  const [method, path] = key.split(' ');
  return `${method.padEnd(7)}${path.padEnd(47)}${cells
    .map((c) => c.padEnd(4))
    .join('')
    .trimEnd()}`;
}
