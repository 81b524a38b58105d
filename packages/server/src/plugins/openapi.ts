import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { Type, type TSchema } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';

export const ErrorBody = Type.Object({
  error: Type.Object({
    code: Type.String({ description: 'stable UPPER_SNAKE_CASE code' }),
    message: Type.String(),
    details: Type.Optional(Type.Unknown()),
  }),
});

/**
 * A success response that is a file, not JSON (a workbook, an image, a GeoJSON download): documented by
 * its content types, never serialized by Fastify (the handler sends the bytes or text itself).
 */
export function fileResponse(description: string, contentTypes: string[], schema: object = { type: 'string', format: 'binary' }) {
  return { description, content: Object.fromEntries(contentTypes.map((t) => [t, { schema }])) };
}

/** `{ 400: ErrorBody, 404: ErrorBody, ... }` for a route's response schema. */
export function errorResponses(...statuses: number[]): Record<number, TSchema> {
  return Object.fromEntries(statuses.map((s) => [s, ErrorBody]));
}

/** OpenAPI 3 at /openapi.json, generated from the TypeBox route schemas; Swagger UI at /docs. */
export async function registerOpenApi(app: FastifyInstance): Promise<void> {
  await app.register(swagger, {
    openapi: {
      info: { title: 'Gridwork API (网格通)', version: '0.1.0' },
      components: {
        securitySchemes: {
          bearer: { type: 'http', scheme: 'bearer' },
          cookie: { type: 'apiKey', in: 'cookie', name: 'gw_session' },
        },
      },
      security: [{ bearer: [] }, { cookie: [] }],
    },
  });
  await app.register(swaggerUi, { routePrefix: '/docs' });
  app.get('/openapi.json', { config: { public: true }, schema: { hide: true } }, async () => app.swagger());
}
