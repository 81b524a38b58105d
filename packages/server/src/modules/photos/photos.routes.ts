import { Type, type Static } from '@sinclair/typebox';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppContext } from '../../context';
import { requireActor } from '../../plugins/auth';
import { errorResponses, fileResponse } from '../../plugins/openapi';
import { existsInScope } from '../../plugins/scope-check';
import { getCaseInScope } from '../cases/cases.repository';
import { getDiaryInScope } from '../diaries/diaries.service';
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
const UPLOAD_DOC = [
  'The raw image as the body (Content-Type image/jpeg, image/png or image/webp; checked by its magic bytes), at most 10 MiB (413 ' +
    'PAYLOAD_TOO_LARGE) and 40 megapixels (413 IMAGE_TOO_LARGE, from the header before decoding); at most 9 photos.',
  "The image must decode (415 IMAGE_UNREADABLE for a file with an image's magic bytes that is not one); it is stored re-encoded with its " +
    'orientation applied and without metadata (EXIF, GPS, XMP, ICC), so size and sha256 are those of the stored bytes.',
  '429 PHOTO_UPLOADS_BUSY when too many photos are being decoded at once. Honours Idempotency-Key (over the uploaded bytes).',
].join(' ');

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
  const diaryInScope = existsInScope((actor, id) => getDiaryInScope(ctx, actor, id));
  const photoInScope = existsInScope((actor, id) => service.photoRefInScope(ctx, actor, id));

  // Uploads take any content type as raw bytes in their own scope: the service checks the type by
  // its magic bytes and answers with its own codes (a JSON body is not an image either).
  void app.register(async (uploads) => {
    uploads.removeAllContentTypeParsers();
    uploads.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: UPLOAD_BODY_LIMIT }, (_req, body, done) => done(null, body));
    const schema = {
      tags,
      params: Params,
      description: UPLOAD_DOC,
      response: { 201: Photo, ...errorResponses(400, 401, 403, 404, 409, 413, 415, 429) },
    };
    uploads.post<{ Params: Params }>(
      '/api/v1/cases/:id/photos',
      { preValidation: caseInScope, bodyLimit: UPLOAD_BODY_LIMIT, schema },
      async (req, reply) => {
        const res = await service.addCasePhoto(ctx, requireActor(req), req.params.id, uploadOf(req));
        return reply.status(res.status).send(res.body);
      },
    );
    uploads.post<{ Params: Params }>(
      '/api/v1/visits/:id/photos',
      { preValidation: visitInScope, bodyLimit: UPLOAD_BODY_LIMIT, schema },
      async (req, reply) => {
        const res = await service.addVisitPhoto(ctx, requireActor(req), req.params.id, uploadOf(req));
        return reply.status(res.status).send(res.body);
      },
    );
    // a diary entry's photos: whoever may edit the entry (diary.edit, its author) until it is selected excellent (409 ACTION_NOT_ALLOWED)
    uploads.post<{ Params: Params }>(
      '/api/v1/diaries/:id/photos',
      { preValidation: diaryInScope, bodyLimit: UPLOAD_BODY_LIMIT, schema },
      async (req, reply) => {
        const res = await service.addDiaryPhoto(ctx, requireActor(req), req.params.id, uploadOf(req));
        return reply.status(res.status).send(res.body);
      },
    );
  });

  app.get<{ Params: Params }>(
    '/api/v1/cases/:id/photos',
    { preValidation: caseInScope, schema: { tags, params: Params, response: { 200: Type.Array(Photo), ...errorResponses(401, 404) } } },
    async (req) => service.listCasePhotos(ctx, requireActor(req), req.params.id),
  );
  app.get<{ Params: Params }>(
    '/api/v1/visits/:id/photos',
    {
      preValidation: visitInScope,
      schema: { tags, params: Params, response: { 200: Type.Array(Photo), ...errorResponses(401, 403, 404) } },
    },
    async (req) => service.listVisitPhotos(ctx, requireActor(req), req.params.id),
  );
  app.get<{ Params: Params }>(
    '/api/v1/diaries/:id/photos',
    { preValidation: diaryInScope, schema: { tags, params: Params, response: { 200: Type.Array(Photo), ...errorResponses(401, 404) } } },
    async (req) => service.listDiaryPhotos(ctx, requireActor(req), req.params.id),
  );
  app.get<{ Params: Params }>(
    '/api/v1/photos/:id',
    {
      preValidation: photoInScope,
      schema: {
        tags,
        params: Params,
        description:
          'The image bytes; ETag is the SHA-256 of the bytes. 404 when its case or visit is outside your area, ' +
          'or when you may not read its diary entry.',
        response: { 200: fileResponse('the image', ['image/jpeg', 'image/png', 'image/webp']), ...errorResponses(401, 403, 404) },
      },
    },
    async (req, reply) => {
      const photo = await service.getPhotoBytes(ctx, requireActor(req), req.params.id);
      const etag = `"${photo.sha256}"`;
      reply
        .header('etag', etag)
        // stored by the browser but never reused without asking (the ETag makes that cheap): signed out, it is refused
        .header('cache-control', 'private, no-cache')
        .header('x-content-type-options', 'nosniff')
        .header('content-disposition', 'inline');
      if (req.headers['if-none-match'] === etag) return reply.status(304).send();
      return reply.type(photo.contentType).send(photo.data);
    },
  );
}
