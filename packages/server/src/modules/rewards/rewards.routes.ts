/** Rewards and penalties (A10): `/api/v1/rewards` (rewards.service.ts). */
import { PENALTY_GROUNDS, REWARD_GROUNDS, REWARD_KINDS } from '@gridwork/core/assessment';
import { Type, type Static } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../context';
import { requireActor } from '../../plugins/auth';
import { errorResponses } from '../../plugins/openapi';
import { existsInScope, fieldIdsInScope } from '../../plugins/scope-check';
import { DateText, Id, Nullable } from '../households/households.schemas';
import { getRegionInScope } from '../regions/regions.repository';
import { getUserInScope } from '../users/users.service';
import { sendXlsx } from '../../lib/xlsx';
import { rewardsXlsx } from '../team/exports';
import * as service from './rewards.service';

const Kind = Type.Union(Object.keys(REWARD_KINDS).map((k) => Type.Literal(k)));
const Ground = Type.Union([...REWARD_GROUNDS, ...PENALTY_GROUNDS].map((g) => Type.Literal(g)));
export const CreateRewardBody = Type.Object(
  {
    userId: Id,
    kind: Kind,
    ground: Ground,
    awardedOn: DateText,
    points: Type.Optional(Type.Number({ minimum: -100, maximum: 100, multipleOf: 0.5 })),
    note: Type.Optional(Nullable(Type.String({ maxLength: 2000 }))),
  },
  { additionalProperties: false },
);
export type CreateRewardBody = Static<typeof CreateRewardBody>;
const Person = Type.Object({ id: Type.Integer(), name: Type.String() });
export const RewardView = Type.Object({
  id: Type.Integer(),
  user: Person,
  regionId: Type.Integer(),
  kind: Type.String(),
  ground: Type.String(),
  points: Type.Number(),
  awardedOn: Type.String(),
  note: Nullable(Type.String()),
  status: Type.Union([Type.Literal('proposed'), Type.Literal('approved'), Type.Literal('refused')]),
  proposedBy: Person,
  approvedBy: Nullable(Person),
  approvedAt: Nullable(Type.String()),
  version: Type.Integer(),
  abilities: Type.Object({ decide: Type.Boolean() }),
});
const ListQuery = Type.Object(
  {
    userId: Type.Optional(Id),
    regionId: Type.Optional(Id),
    year: Type.Optional(Type.Integer({ minimum: 2000, maximum: 2100 })),
    format: Type.Optional(
      Type.Union([Type.Literal('json'), Type.Literal('xlsx')], { description: 'xlsx downloads the list as a workbook' }),
    ),
  },
  { additionalProperties: false },
);
const DecisionBody = Type.Object(
  { approve: Type.Boolean(), expectedVersion: Type.Integer({ minimum: 1 }) },
  { additionalProperties: false },
);
const Params = Type.Object({ id: Type.Integer({ minimum: 1 }) });

export function rewardRoutes(app: FastifyInstance, ctx: AppContext): void {
  const tags = ['team'];
  const userInScope = (part: 'query' | 'body') =>
    fieldIdsInScope(part, ['userId'], (actor, id) => (id === actor.id ? Promise.resolve() : getUserInScope(ctx, actor, id)));
  app.post<{ Body: CreateRewardBody }>(
    '/api/v1/rewards',
    {
      preValidation: userInScope('body'),
      schema: { tags, body: CreateRewardBody, response: { 201: RewardView, ...errorResponses(400, 401, 403, 404) } },
    },
    async (req, reply) => reply.status(201).send(await service.proposeReward(ctx, requireActor(req), req.body, req.id)),
  );
  app.get<{ Querystring: Static<typeof ListQuery> }>(
    '/api/v1/rewards',
    {
      preValidation: [userInScope('query'), fieldIdsInScope('query', ['regionId'], (actor, id) => getRegionInScope(ctx.db, actor, id))],
      schema: { tags, querystring: ListQuery, response: { 200: Type.Array(RewardView), ...errorResponses(400, 401, 404) } },
    },
    async (req, reply) => {
      const list = await service.listRewards(ctx, requireActor(req), req.query);
      return req.query.format === 'xlsx' ? sendXlsx(reply, 'rewards.xlsx', await rewardsXlsx(list)) : list;
    },
  );
  app.post<{ Params: Static<typeof Params>; Body: Static<typeof DecisionBody> }>(
    '/api/v1/rewards/:id/decision',
    {
      preValidation: existsInScope((actor, id) => service.getRewardInScope(ctx, actor, id)),
      schema: { tags, params: Params, body: DecisionBody, response: { 200: RewardView, ...errorResponses(400, 401, 403, 404, 409) } },
    },
    async (req) => service.decideReward(ctx, requireActor(req), req.params.id, req.body.approve, req.body.expectedVersion, req.id),
  );
}
