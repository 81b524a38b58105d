import { MAX_CALENDAR_YEAR, MIN_CALENDAR_YEAR } from '@gridwork/core/calendar';
import { Type, type Static } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../context';
import { requireActor } from '../../plugins/auth';
import { errorResponses } from '../../plugins/openapi';
import * as repo from './calendar.repository';
import * as service from './calendar.service';

const DateString = Type.String({ format: 'date', description: 'YYYY-MM-DD (Asia/Shanghai)' });
const Year = Type.Integer({ minimum: MIN_CALENDAR_YEAR, maximum: MAX_CALENDAR_YEAR });
const AddQuery = Type.Object({ from: DateString, days: Type.Integer({ minimum: 1, maximum: 366 }) }, { additionalProperties: false });
const AddResponse = Type.Object({ date: Type.String(), provisional: Type.Boolean() });
const YearQuery = Type.Object({ year: Year }, { additionalProperties: false });
const OptionalYearQuery = Type.Object({ year: Type.Optional(Year) }, { additionalProperties: false });
const Override = Type.Object({
  date: Type.String(),
  kind: Type.Union([Type.Literal('workday'), Type.Literal('holiday')]),
  note: Type.String(),
});
const OverrideBody = Type.Object(
  { kind: Type.Union([Type.Literal('workday'), Type.Literal('holiday')]), note: Type.String({ minLength: 1, maxLength: 200 }) },
  { additionalProperties: false },
);
const DateParams = Type.Object({ date: DateString });
const YearParams = Type.Object({ year: Year });
const NoticeBody = Type.Union([
  Type.Object(
    { text: Type.String({ minLength: 1, maxLength: 20_000, description: 'the notice text, one holiday per line' }) },
    { additionalProperties: false },
  ),
  Type.Object(
    {
      holidays: Type.Array(
        Type.Object({ name: Type.String({ minLength: 1 }), from: DateString, to: DateString }, { additionalProperties: false }),
        { maxItems: 40 },
      ),
      workdays: Type.Array(Type.Union([DateString, Type.Object({ date: DateString, name: Type.Optional(Type.String()) })]), {
        maxItems: 40,
      }),
    },
    { additionalProperties: false },
  ),
]);
const DayRecord = Type.Object({
  date: Type.String(),
  workday: Type.Boolean(),
  kind: Type.String(),
  name: Type.Optional(Type.String()),
  source: Type.String(),
  provisional: Type.Boolean(),
});
const YearStatus = Type.Union([Type.Literal('library'), Type.Literal('confirmed'), Type.Literal('provisional')]);
const YearRecord = Type.Object({ year: Type.Integer(), status: YearStatus });

export function calendarRoutes(app: FastifyInstance, ctx: AppContext): void {
  const tags = ['calendar'];
  app.get<{ Querystring: Static<typeof AddQuery> }>(
    '/api/v1/calendar/add-working-days',
    { schema: { tags, querystring: AddQuery, response: { 200: AddResponse, ...errorResponses(400, 401) } } },
    async (req) => (await ctx.calendar.get()).addWorkingDays(req.query.from, req.query.days),
  );
  app.get('/api/v1/calendar/years', { schema: { tags, response: { 200: Type.Array(YearRecord) } } }, async () => {
    const calendar = await ctx.calendar.get();
    const last = new Date(ctx.clock().getTime() + 8 * 3_600_000).getUTCFullYear() + 2;
    const years = [];
    for (let y = 2004; y <= last; y++) years.push({ year: y, status: calendar.yearStatus(y) });
    return years;
  });
  app.get<{ Querystring: Static<typeof YearQuery> }>(
    '/api/v1/calendar/days',
    { schema: { tags, querystring: YearQuery, response: { 200: Type.Array(DayRecord), ...errorResponses(400, 401) } } },
    async (req) => (await ctx.calendar.get()).daysOfYear(req.query.year),
  );
  app.get<{ Querystring: Static<typeof OptionalYearQuery> }>(
    '/api/v1/calendar/overrides',
    { schema: { tags, querystring: OptionalYearQuery, response: { 200: Type.Array(Override), ...errorResponses(400, 401) } } },
    async (req) => repo.listOverrides(ctx.db, req.query.year),
  );
  app.put<{ Params: Static<typeof DateParams>; Body: Static<typeof OverrideBody> }>(
    '/api/v1/calendar/overrides/:date',
    { schema: { tags, params: DateParams, body: OverrideBody, response: { 200: Override, ...errorResponses(400, 401, 403) } } },
    async (req) => service.putOverride(ctx, requireActor(req), { date: req.params.date, ...req.body }, req.id),
  );
  app.delete<{ Params: Static<typeof DateParams> }>(
    '/api/v1/calendar/overrides/:date',
    { schema: { tags, params: DateParams, response: { 204: Type.Null(), ...errorResponses(400, 401, 403, 404) } } },
    async (req, reply) => {
      await service.removeOverride(ctx, requireActor(req), req.params.date, req.id);
      return reply.status(204).send();
    },
  );
  app.post<{ Params: Static<typeof YearParams>; Body: Static<typeof NoticeBody> }>(
    '/api/v1/calendar/years/:year/confirm',
    {
      schema: {
        tags,
        params: YearParams,
        body: NoticeBody,
        response: {
          200: Type.Object({ year: Type.Integer(), status: Type.String(), overrides: Type.Integer() }),
          ...errorResponses(400, 401, 403),
        },
      },
    },
    async (req) => {
      const body = req.body as { text?: string };
      const notice = typeof body.text === 'string' ? body.text : { year: req.params.year, ...req.body };
      return service.confirmYear(ctx, requireActor(req), req.params.year, notice, req.id);
    },
  );
}
