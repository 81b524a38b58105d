/** Meetings: `/api/v1/meetings` (meetings.service.ts, meeting-roll.service.ts). */
import { Type, type Static } from '@sinclair/typebox';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppContext } from '../../context';
import { requireActor } from '../../plugins/auth';
import { peopleInScope } from '../../plugins/linked-people';
import { errorResponses } from '../../plugins/openapi';
import { existsInScope, fieldIdsInScope } from '../../plugins/scope-check';
import { parsePath } from '../auth/sessions.repository';
import { getCaseInScope } from '../cases/cases.repository';
import { getRegionInScope } from '../regions/regions.repository';
import { sendXlsx } from '../../lib/xlsx';
import { EXPORT_LIMIT, meetingsXlsx } from '../team/exports';
import * as announce from './meeting-announce.service';
import * as roll from './meeting-roll.service';
import {
  AnnounceBody,
  AttendanceBody,
  CreateMeetingBody,
  LeaveBody,
  LeaveDecisionBody,
  MeetingListQuery,
  MeetingSummary,
  MeetingView,
  MinutesBody,
  ScheduleQuery,
  ScheduleView,
  TaskBody,
  TaskPatchBody,
} from './meetings.schemas';
import * as service from './meetings.service';

const Params = Type.Object({ id: Type.Integer({ minimum: 1 }) });
const SubParams = Type.Object({ id: Type.Integer({ minimum: 1 }), sub: Type.Integer({ minimum: 1, maximum: 2_147_483_647 }) });
type Params = Static<typeof Params>;
type SubParams = Static<typeof SubParams>;

export function meetingRoutes(app: FastifyInstance, ctx: AppContext): void {
  const tags = ['team'];
  const inScope = existsInScope((actor, id) => service.getMeetingInScope(ctx, actor, id));
  const regionInScope = (part: 'query' | 'body') => fieldIdsInScope(part, ['regionId'], (actor, id) => getRegionInScope(ctx.db, actor, id));
  /** The region path of the meeting or of the body's region, for the people named. */
  const meetingPath = async (req: FastifyRequest) => {
    const id = (req.params as { id?: string }).id;
    if (id !== undefined) return parsePath((await service.getMeetingInScope(ctx, req.actor!, Number(id))).region_path);
    const regionId = (req.body as { regionId?: unknown } | undefined)?.regionId;
    return Number.isSafeInteger(regionId) ? parsePath((await getRegionInScope(ctx.db, req.actor!, regionId as number)).path) : null;
  };
  const reply = (code: number) => ({ [code]: MeetingView, ...errorResponses(400, 401, 403, 404, 409) });

  app.get<{ Querystring: ScheduleQuery }>(
    '/api/v1/meetings/schedule',
    {
      preValidation: regionInScope('query'),
      schema: { tags, querystring: ScheduleQuery, response: { 200: ScheduleView, ...errorResponses(400, 401, 404) } },
    },
    async (req) => service.schedule(ctx, requireActor(req), req.query.regionId, req.query.month),
  );
  app.get<{ Querystring: MeetingListQuery }>(
    '/api/v1/meetings',
    {
      preValidation: regionInScope('query'),
      schema: { tags, querystring: MeetingListQuery, response: { 200: Type.Array(MeetingSummary), ...errorResponses(400, 401, 404) } },
    },
    async (req, reply) => {
      if (req.query.format !== 'xlsx') return service.listMeetings(ctx, requireActor(req), req.query);
      const all = await service.listMeetings(ctx, requireActor(req), { ...req.query, limit: EXPORT_LIMIT });
      return sendXlsx(reply, 'meetings.xlsx', await meetingsXlsx(all));
    },
  );
  app.post<{ Body: CreateMeetingBody }>(
    '/api/v1/meetings',
    {
      preValidation: [regionInScope('body'), peopleInScope(ctx, ['inviteUserIds'], meetingPath)],
      schema: { tags, body: CreateMeetingBody, response: reply(201) },
    },
    async (req, res) => res.status(201).send(await service.createMeeting(ctx, requireActor(req), req.body, req.id)),
  );
  app.get<{ Params: Params }>(
    '/api/v1/meetings/:id',
    { preValidation: inScope, schema: { tags, params: Params, response: { 200: MeetingView, ...errorResponses(401, 404) } } },
    async (req) => service.getMeeting(ctx, requireActor(req), req.params.id),
  );
  app.put<{ Params: Params; Body: Static<typeof MinutesBody> }>(
    '/api/v1/meetings/:id/minutes',
    { preValidation: inScope, schema: { tags, params: Params, body: MinutesBody, response: reply(200) } },
    async (req) => service.updateMinutes(ctx, requireActor(req), req.params.id, req.body.expectedVersion, req.body.minutes, req.id),
  );
  app.post<{ Params: Params; Body: AnnounceBody }>(
    '/api/v1/meetings/:id/announcements',
    {
      preValidation: inScope,
      schema: {
        tags,
        params: Params,
        body: AnnounceBody,
        description:
          'A2.5: the caller (a grid worker of the area) told the residents of a consultation meeting or expert Q&A session; ' +
          'a repeat corrects the count. 409 NOT_ANNOUNCED for other meetings, 409 MEETING_STARTED once it has started.',
        response: reply(200),
      },
    },
    async (req) => {
      const actor = requireActor(req);
      await announce.recordAnnouncement(ctx, actor, await service.getMeetingInScope(ctx, actor, req.params.id), req.body, req.id);
      return service.getMeeting(ctx, actor, req.params.id);
    },
  );
  app.post<{ Params: Params; Body: Static<typeof LeaveBody> }>(
    '/api/v1/meetings/:id/leave-requests',
    { preValidation: inScope, schema: { tags, params: Params, body: LeaveBody, response: reply(201) } },
    async (req, res) => res.status(201).send(await roll.requestLeave(ctx, requireActor(req), req.params.id, req.body.reason, req.id)),
  );
  app.post<{ Params: SubParams; Body: Static<typeof LeaveDecisionBody> }>(
    '/api/v1/meetings/:id/leave-requests/:sub/decision',
    { preValidation: inScope, schema: { tags, params: SubParams, body: LeaveDecisionBody, response: reply(200) } },
    async (req) => roll.decideLeave(ctx, requireActor(req), req.params.id, req.params.sub, req.body.approve, req.id),
  );
  app.put<{ Params: Params; Body: AttendanceBody }>(
    '/api/v1/meetings/:id/attendance',
    { preValidation: inScope, schema: { tags, params: Params, body: AttendanceBody, response: reply(200) } },
    async (req) => roll.takeAttendance(ctx, requireActor(req), req.params.id, req.body, req.id),
  );
  app.post<{ Params: Params; Body: TaskBody }>(
    '/api/v1/meetings/:id/tasks',
    {
      preValidation: [
        inScope,
        peopleInScope(ctx, ['ownerId'], meetingPath),
        fieldIdsInScope('body', ['caseId'], (actor, id) => getCaseInScope(ctx.db, actor, id)),
      ],
      schema: { tags, params: Params, body: TaskBody, response: reply(201) },
    },
    async (req, res) => res.status(201).send(await roll.addTask(ctx, requireActor(req), req.params.id, req.body, req.id)),
  );
  app.patch<{ Params: SubParams; Body: Static<typeof TaskPatchBody> }>(
    '/api/v1/meetings/:id/tasks/:sub',
    { preValidation: inScope, schema: { tags, params: SubParams, body: TaskPatchBody, response: reply(200) } },
    async (req) => roll.updateTask(ctx, requireActor(req), req.params.id, req.params.sub, req.body.status, req.id),
  );
}
