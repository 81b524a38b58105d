/** `GET|POST /api/v1/cases/:id/annotations` (annotations.service.ts). */
import { Type, type Static } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../context';
import { requireActor } from '../../plugins/auth';
import { errorResponses } from '../../plugins/openapi';
import { existsInScope } from '../../plugins/scope-check';
import { ANNOTATION_KINDS } from './case-access';
import { annotate, listCaseAnnotations } from './annotations.service';
import { getCaseInScope } from './cases.repository';

const Kind = Type.Union(ANNOTATION_KINDS.map((k) => Type.Literal(k)));
const Body = Type.Object({ kind: Kind, text: Type.String({ minLength: 1, maxLength: 2000 }) }, { additionalProperties: false });
const Annotation = Type.Object({
  id: Type.Integer(),
  kind: Type.String(),
  text: Type.String(),
  actor: Type.Object({ id: Type.Integer(), name: Type.String() }),
  at: Type.String(),
});
const Params = Type.Object({ id: Type.Integer({ minimum: 1 }) });

export function annotationRoutes(app: FastifyInstance, ctx: AppContext): void {
  const inScope = existsInScope((actor, id) => getCaseInScope(ctx.db, actor, id));
  app.get<{ Params: Static<typeof Params> }>(
    '/api/v1/cases/:id/annotations',
    {
      preValidation: inScope,
      schema: { tags: ['cases'], params: Params, response: { 200: Type.Array(Annotation), ...errorResponses(401, 404) } },
    },
    async (req) => listCaseAnnotations(ctx, requireActor(req), req.params.id),
  );
  app.post<{ Params: Static<typeof Params>; Body: Static<typeof Body> }>(
    '/api/v1/cases/:id/annotations',
    {
      preValidation: inScope,
      schema: {
        tags: ['cases'],
        params: Params,
        body: Body,
        response: { 201: Type.Array(Annotation), ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (req, reply) => reply.status(201).send(await annotate(ctx, requireActor(req), req.params.id, req.body, req.id)),
  );
}
