/** 成员档案: `GET /api/v1/team/members/:id?year=` (profile.service.ts). */
import { Type, type Static } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../context';
import { requireActor } from '../../plugins/auth';
import { errorResponses } from '../../plugins/openapi';
import { existsInScope } from '../../plugins/scope-check';
import { DiaryStatusView } from '../diaries/diaries.schemas';
import { RewardView } from '../rewards/rewards.routes';
import { getUserInScope } from '../users/users.service';
import { memberProfile } from './profile.service';

const Params = Type.Object({ id: Type.Integer({ minimum: 1 }) });
const ProfileQuery = Type.Object(
  { year: Type.Optional(Type.Integer({ minimum: 2000, maximum: 2100, description: 'the calendar year; this year by default' })) },
  { additionalProperties: false },
);
const Tally = Type.Object({ present: Type.Integer(), late: Type.Integer(), absent: Type.Integer(), onLeave: Type.Integer() });
export const MemberProfileView = Type.Object({
  id: Type.Integer(),
  name: Type.String(),
  active: Type.Boolean(),
  /** Holds a role that keeps a field diary (A5.2): the diary and attendance figures are theirs to meet. */
  teamMember: Type.Boolean(),
  /** The roles bound in the caller's area (the member sees all of theirs). */
  roles: Type.Array(Type.Object({ role: Type.String(), regionId: Type.Integer(), regionName: Type.String() })),
  year: Type.Integer(),
  /** The last day the year's figures run to: its end, or today while it runs. */
  asOf: Type.String(),
  rewards: Type.Object({
    /** As GET /rewards?userId=&year= lists them for the caller (proposed and refused ones included). */
    items: Type.Array(RewardView),
    /** The sum of the approved ones (A10), as the assessment counts them. */
    points: Type.Number(),
  }),
  diaries: Type.Object({
    /** Weeks ending in the year up to `asOf`, and those with the entries the policy asks (A5.2). */
    weeks: Type.Integer(),
    weeksMet: Type.Integer(),
    thisWeek: DiaryStatusView,
  }),
  /** Roll calls of held meetings (A4) and of training sessions (A6) in the year. */
  attendance: Type.Object({ meetings: Tally, trainings: Tally }),
});

export function teamProfileRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.get<{ Params: Static<typeof Params>; Querystring: Static<typeof ProfileQuery> }>(
    '/api/v1/team/members/:id',
    {
      // a person outside the caller's area does not exist for them: 404 before the query is read
      preValidation: existsInScope((actor, id) => (id === actor.id ? Promise.resolve() : getUserInScope(ctx, actor, id))),
      schema: {
        tags: ['team'],
        params: Params,
        querystring: ProfileQuery,
        response: { 200: MemberProfileView, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (req) => memberProfile(ctx, requireActor(req), req.params.id, req.query.year),
  );
}
