import fs from 'node:fs';
import path from 'node:path';
import cookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance } from 'fastify';
import { fastifyTrustProxy, type AppConfig } from './config';
import { serverTimeouts } from './limits';
import type { AppContext } from './context';
import type { Database } from './db/database';
import { authRoutes } from './modules/auth/auth.routes';
import { accountRoutes } from './modules/account/account.routes';
import { calendarRoutes } from './modules/calendar/calendar.routes';
import { annotationRoutes } from './modules/cases/annotations.routes';
import { publicNoteRoutes } from './modules/cases/public-note';
import { mergeSuggestionRoutes } from './modules/cases/merge-suggestions';
import { sealPlainReporterPhones } from './modules/cases/reporter-phone';
import { photoRoutes } from './modules/photos/photos.routes';
import { caseRoutes } from './modules/cases/cases.routes';
import { deskRoutes } from './modules/desk/desk.routes';
import { categoryRoutes } from './modules/cases/categories.routes';
import { open311Routes } from './modules/open311/open311.routes';
import { CalendarStore } from './modules/calendar/calendar.service';
import { householdRoutes } from './modules/households/households.routes';
import { complianceRoutes } from './modules/compliance/compliance.routes';
import { sealedFieldsFor } from './modules/households/sealed-fields';
import { policyRoutes } from './modules/policy/policy.routes';
import { rosterRoutes } from './modules/roster/roster.routes';
import { roundRoutes } from './modules/rounds/rounds.routes';
import { diaryRoutes } from './modules/diaries/diaries.routes';
import { meetingRoutes } from './modules/meetings/meetings.routes';
import { assessmentRoutes } from './modules/assessment/assessment.routes';
import { rewardRoutes } from './modules/rewards/rewards.routes';
import { teamProfileRoutes } from './modules/team/profile.routes';
import { trainingRoutes } from './modules/trainings/trainings.routes';
import { supervisionReportRoutes } from './modules/supervision-reports/supervision-reports.routes';
import { calendarFeedRoutes } from './modules/calendar-feeds/calendar-feeds.routes';
import { surveyRoutes } from './modules/surveys/surveys.routes';
import { workRecordRoutes } from './modules/work-records/work-records.routes';
import { GridLocator } from './modules/regions/grid-locator';
import { gridRoutes } from './modules/regions/grids.routes';
import { basemapRoutes } from './modules/basemap/basemap.routes';
import { regionRoutes } from './modules/regions/regions.routes';
import { notificationRoutes } from './modules/notifications/notifications.routes';
import { LiveHub } from './modules/notifications/live-hub';
import { NotificationScheduler } from './modules/notifications/scheduler';
import { buildChannels } from './modules/notifications/outbound/channels';
import { mobileOf } from './modules/account/mobile';
import { deliveryRoutes } from './modules/notifications/outbound/deliveries.routes';
import { validSessions } from './modules/auth/sessions.repository';
import { analysisRoutes } from './modules/supervision/analysis.routes';
import { statisticsRoutes } from './modules/statistics/statistics.routes';
import { supervisionRoutes } from './modules/supervision/supervision.routes';
import { systemRoutes } from './modules/system/system.routes';
import { userRoutes } from './modules/users/users.routes';
import { verificationRoutes } from './modules/verification/verification.routes';
import { registerAuth } from './plugins/auth';
import { registerBodySlots } from './plugins/body-slots';
import { clientErrorReply } from './plugins/client-errors';
import { registerErrorHandling } from './plugins/errors';
import { frameworkErrorReply } from './plugins/framework-errors';
import { serializeRequest } from './plugins/log-redaction';
import { registerOpenApi } from './plugins/openapi';
import { registerCompression } from './plugins/compression';
import { registerResponseCheck } from './plugins/response-check';
import { registerSecurityHeaders } from './plugins/security-headers';
import { registerValidation } from './plugins/validation';

export interface BuildOptions {
  config: AppConfig;
  database: Database;
  clock?: () => Date;
  logger?: boolean | object;
}

/** Builds the Fastify app (plugins + modules); main.ts starts it, tests use app.inject. */
export async function buildApp(opts: BuildOptions): Promise<{ app: FastifyInstance; ctx: AppContext; scheduler: NotificationScheduler }> {
  const app = Fastify({
    logger: opts.logger ? { ...(typeof opts.logger === 'object' ? opts.logger : {}), serializers: { req: serializeRequest } } : false,
    bodyLimit: 1024 * 1024,
    trustProxy: fastifyTrustProxy(opts.config.trustProxy),
    genReqId: () => Math.random().toString(36).slice(2, 12),
    frameworkErrors: frameworkErrorReply,
    ...serverTimeouts(opts.config.limits),
    clientErrorHandler: clientErrorReply,
  });
  registerSecurityHeaders(app, opts.config);
  registerCompression(app);
  const grids = new GridLocator();
  await grids.load(opts.database.db);
  const clock = opts.clock ?? (() => new Date());
  registerValidation(app);
  if (opts.config.strictResponses) registerResponseCheck(app);
  const webDist = webDistOf(opts.config.webDist);
  registerErrorHandling(app, { spaIndex: webDist !== null });
  await app.register(cookie);
  const auth = registerAuth(app, opts.database.db, clock);
  registerBodySlots(app, opts.config.limits);
  const db = opts.database.db;
  const calendar = new CalendarStore(db);
  // notices: the live streams and the scheduler that raises and delivers them (started by main.ts)
  const live = new LiveHub((hashes) => validSessions(db, hashes, clock()));
  const sealed = await sealedFieldsFor(opts.config, db);
  // SMS goes to the user's own mobile, opened from its seal at send time only (never logged or stored in the row)
  const channels = buildChannels(db, clock, opts.config.outbound, app.log, (userId) => mobileOf(db, sealed, userId));
  const scheduler = new NotificationScheduler(db, clock, channels.immediate, (raised) => live.push(raised), {
    calendar: () => calendar.get(),
    outbox: channels.outbox,
  });
  const ctx: AppContext = {
    db,
    dbKind: opts.database.kind,
    config: opts.config,
    clock,
    grids,
    calendar,
    sealed,
    invalidateActors: auth.invalidate,
    onActorsInvalidated: auth.onInvalidate,
    notices: {
      live,
      deliver: () =>
        scheduler.deliver().then(
          () => undefined,
          () => undefined,
        ),
    },
  };
  ctx.onActorsInvalidated(() => void live.recheck());
  app.addHook('onClose', async () => {
    live.closeAll();
    await scheduler.stop();
  });
  // Reporter phones still in plain text (older data, the demo seed) are sealed before serving (D10).
  await sealPlainReporterPhones(ctx.db, ctx.sealed);
  app.addContentTypeParser('application/geo+json', { parseAs: 'string' }, app.getDefaultJsonParser('error', 'error'));
  await registerOpenApi(app);
  systemRoutes(app, ctx);
  authRoutes(app, ctx);
  accountRoutes(app, ctx);
  regionRoutes(app, ctx);
  gridRoutes(app, ctx);
  basemapRoutes(app, ctx);
  userRoutes(app, ctx);
  policyRoutes(app, ctx);
  calendarRoutes(app, ctx);
  householdRoutes(app, ctx);
  complianceRoutes(app, ctx);
  rosterRoutes(app, ctx);
  categoryRoutes(app, ctx);
  caseRoutes(app, ctx);
  deskRoutes(app, ctx);
  annotationRoutes(app, ctx);
  publicNoteRoutes(app, ctx);
  mergeSuggestionRoutes(app, ctx);
  photoRoutes(app, ctx);
  supervisionRoutes(app, ctx);
  analysisRoutes(app, ctx);
  statisticsRoutes(app, ctx);
  deliveryRoutes(app, ctx);
  notificationRoutes(app, ctx);
  open311Routes(app, ctx);
  verificationRoutes(app, ctx);
  roundRoutes(app, ctx);
  diaryRoutes(app, ctx);
  meetingRoutes(app, ctx);
  assessmentRoutes(app, ctx);
  rewardRoutes(app, ctx);
  teamProfileRoutes(app, ctx);
  trainingRoutes(app, ctx);
  supervisionReportRoutes(app, ctx);
  calendarFeedRoutes(app, ctx);
  surveyRoutes(app, ctx);
  workRecordRoutes(app, ctx);
  if (webDist) await app.register(fastifyStatic, { root: webDist, prefix: '/', wildcard: false, preCompressed: true });
  return { app, ctx, scheduler };
}

/** The built web app; unknown GETs fall back to index.html (see registerErrorHandling). */
function webDistOf(dist: string | null): string | null {
  return dist && fs.existsSync(path.join(dist, 'index.html')) ? dist : null;
}
