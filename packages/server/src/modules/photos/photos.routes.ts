import { Type, type Static } from '@sinclair/typebox';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppContext } from '../../context';
import { requireActor } from '../../plugins/auth';
import { errorResponses } from '../../plugins/openapi';
import { existsInScope } from '../../plugins/scope-check';
import { getCaseInScope } from '../cases/cases.repository';
import { getVisitOwnerInScope } from './photos.repository';
import * as service from './photos.service';

const Params = Type.Object({ id: Type.Integer({ minimum: 1, maximum: 2_147_483_647 }) });
type Params = Static<typeof Params>;
const Photo = Type.Object({
  id: Type.Integer(),
  contentType: Type.String(),
  size: Type.Integer(),
  sha256: Type.String(),
  width: Type.Union([Type.Integer(), Type.Null()]),
  height: Type.Union([Type.Integer(), Type.Null()]),
  uploadedBy: Type.Object({ id: Type.Integer(), name: Type.String() }),
  uploadedAt: Type.String(),
  url: Type.String(),
});
/** Just over the 10 MiB rule, so that a photo over it gets this module's 413 with its details. */
const UPLOAD_BODY_LIMIT = service.MAX_PHOTO_BYTES + 64 * 1024;
const UPLOAD_DOC = 'The raw image as the body (Content-Type image/jpeg, image/png or image/webp; checked by its magic bytes), at most 10 MiB; at most 9 photos. Honours Idempotency-Key.';

const uploadOf = (req: FastifyRequest): service.Upload => ({
  contentType: req.headers['content-type'],
  data: Buffer.isBuffer(req.body) ? req.body : undefined,
  idempotencyKey: [req.headers['idempotency-key']].flat()[0],
  requestId: req.id,
});

export function photoRoutes(app: FastifyInstance, ctx: AppContext): void {
  const tags = ['photos'];
  const caseInScope = existsInScope((actor, id) => getCaseInScope(ctx.db, actor, id));
  const visitInScope = existsInScope((actor, id) => getVisitOwnerInScope(ctx.db, actor, id));
  const photoInScope = existsInScope((actor, id) => service.photoRefInScope(ctx, actor, id));

  // Uploads take any content type as raw bytes in their own scope: the service checks the type by
  // its magic bytes and answers with its own codes (a JSON body is not an image either).
  void app.register(async (uploads) => {
    uploads.removeAllContentTypeParsers();
    uploads.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: UPLOAD_BODY_LIMIT }, (_req, body, done) => done(null, body));
    const schema = { tags, params: Params, description: UPLOAD_DOC, response: { 201: Photo, ...errorResponses(400, 401, 403, 404, 409, 413, 415) } };
    uploads.post<{ Params: Params }>('/api/v1/cases/:id/photos', { preValidation: caseInScope, bodyLimit: UPLOAD_BODY_LIMIT, schema }, async (req, reply) => {
      const res = await service.addCasePhoto(ctx, requireActor(req), req.params.id, uploadOf(req));
      return reply.status(res.status).send(res.body);
    });
    uploads.post<{ Params: Params }>('/api/v1/visits/:id/photos', { preValidation: visitInScope, bodyLimit: UPLOAD_BODY_LIMIT, schema }, async (req, reply) => {
      const res = await service.addVisitPhoto(ctx, requireActor(req), req.params.id, uploadOf(req));
      return reply.status(res.status).send(res.body);
    });
  });

  app.get<{ Params: Params }>(
    '/api/v1/cases/:id/photos',
    { preValidation: caseInScope, schema: { tags, params: Params, response: { 200: Type.Array(Photo), ...errorResponses(401, 404) } } },
    async (req) => service.listCasePhotos(ctx, requireActor(req), req.params.id),
  );
  app.get<{ Params: Params }>(
    '/api/v1/visits/:id/photos',
    { preValidation: visitInScope, schema: { tags, params: Params, response: { 200: Type.Array(Photo), ...errorResponses(401, 403, 404) } } },
    async (req) => service.listVisitPhotos(ctx, requireActor(req), req.params.id),
  );
  app.get<{ Params: Params }>(
    '/api/v1/photos/:id',
    { preValidation: photoInScope, schema: { tags, params: Params, description: 'The image bytes; ETag is the SHA-256 of the bytes. 404 when its case or visit is outside your area.', response: errorResponses(401, 403, 404) } },
    async (req, reply) => {
      const photo = await service.getPhotoBytes(ctx, requireActor(req), req.params.id);
      const etag = `"${photo.sha256}"`;
      reply
        .header('etag', etag)
        .header('cache-control', 'private, max-age=86400')
        .header('x-content-type-options', 'nosniff')
        .header('content-disposition', 'inline');
      if (req.headers['if-none-match'] === etag) return reply.status(304).send();
      return reply.type(photo.contentType).send(photo.data);
    },
  );
}
