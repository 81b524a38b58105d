import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../../context';
import { idempotencyKeyOf } from '../../plugins/idempotency';
import { open311ClientRoutes } from './open311-clients.routes';
import { formatOf, open311ErrorHandler, Open311Error, sendErrors, sendJson, sendXml, splitResource, type Format } from './open311-format';
import { paramsOf, parseForm } from './open311-input';
import { getServiceDefinition, listServices } from './open311-services';
import { xmlDocument, xmlList } from './open311-xml';
import * as service from './open311.service';

/**
 * A new request's fields fit with room: a 4,000-character description and a 500-character address
 * percent-encoded as CJK (9 bytes a character), a 2,000-character media_url, names, contact details.
 */
const POST_BODY_LIMIT = 64 * 1024;

type Records = ReadonlyArray<Record<string, string | number | boolean | null>>;

/**
 * Open311 GeoReport v2 at /open311/v2/ (issue 3, item 9; wiki.open311.org/GeoReport_v2): public
 * routes (`config.public`), each resource as `.json` and `.xml`, POST bodies form-encoded or JSON.
 * The scope has its own error and not-found handlers, so every error here is in the spec's format.
 * Key administration (the admin UI's API) is under /api/v1/open311/clients.
 */
export function open311Routes(app: FastifyInstance, ctx: AppContext): void {
  app.register(
    async (scope) => {
      scope.setErrorHandler(open311ErrorHandler);
      scope.setNotFoundHandler((req, reply) =>
        sendErrors(reply, formatOf(req), 404, [{ code: 404, description: `no such resource: ${req.method} ${req.url.split('?')[0]}` }]),
      );
      scope.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, (_req, body, done) =>
        done(null, parseForm(body as string)),
      );
      const config = { public: true };
      const schema = (summary: string) => ({ tags: ['open311'], summary, security: [] });
      const list = (reply: FastifyReply, format: Format, status: number, item: string, records: Records) =>
        format === 'xml'
          ? sendXml(reply, status, xmlList(item === 'service' ? 'services' : 'service_requests', item, records))
          : sendJson(reply, status, records);
      /** `/x/{id}.json|xml` → the id and format; no or another extension is a 404. */
      const resource = (req: FastifyRequest) => {
        const file = (req.params as { file: string }).file;
        const r = splitResource(file);
        if (!r) throw new Open311Error(404, `no such resource: ${file} (append .json or .xml)`);
        return r;
      };

      for (const format of ['json', 'xml'] as const) {
        scope.get(
          `/services.${format}`,
          { config, schema: schema('GeoReport v2: service list (the case categories)') },
          async (_req, reply) => list(reply, format, 200, 'service', (await listServices(ctx)) as unknown as Records),
        );
        scope.get(
          `/requests.${format}`,
          { config, schema: schema('GeoReport v2: service requests (filters; 90 days, 1000 rows)') },
          async (req, reply) =>
            list(reply, format, 200, 'request', (await service.listRequests(ctx, paramsOf(req.query, true))) as unknown as Records),
        );
        scope.post(
          `/requests.${format}`,
          { config, bodyLimit: POST_BODY_LIMIT, schema: schema('GeoReport v2: create a service request (api_key required)') },
          async (req, reply) => {
            const params = { ...paramsOf(req.query, false), ...paramsOf(req.body, false) };
            const created = await service.createRequest(ctx, params, (userId) => idempotencyKeyOf(req, userId), req.id);
            return list(reply, format, 201, 'request', created);
          },
        );
      }

      scope.get('/services/:file', { config, schema: schema('GeoReport v2: service definition') }, async (req, reply) => {
        const { name, format } = resource(req);
        const def = await getServiceDefinition(ctx, name);
        return format === 'xml'
          ? sendXml(
              reply,
              200,
              xmlDocument([
                'service_definition',
                [
                  ['service_code', def.service_code],
                  ['attributes', []],
                ],
              ]),
            )
          : sendJson(reply, 200, def);
      });
      scope.get('/requests/:file', { config, schema: schema('GeoReport v2: one service request') }, async (req, reply) => {
        const { name, format } = resource(req);
        return list(reply, format, 200, 'request', (await service.getRequest(ctx, name, paramsOf(req.query, false))) as unknown as Records);
      });
      scope.get('/tokens/:file', { config, schema: schema('GeoReport v2: service_request_id from a token') }, async (req, reply) => {
        const { name, format } = resource(req);
        return list(reply, format, 200, 'request', await service.getToken(ctx, name));
      });
    },
    { prefix: '/open311/v2' },
  );
  open311ClientRoutes(app, ctx);
}
