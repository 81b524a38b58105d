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
