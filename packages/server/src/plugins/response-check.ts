/**
 * Strict responses (issue "One access model", item 5): with `config.strictResponses` (the tests), every
 * JSON reply is checked against its route's response schema for its status, with every object closed
 * (`additionalProperties: false` wherever a schema does not say otherwise). A field the service sends
 * but the schema does not declare (which the serializer would silently drop in production), a missing
 * required field or a wrong type fails the request with a logged 500 naming the route and the path.
 */
import type { TSchema } from '@sinclair/typebox';
import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

/** A copy of `schema` whose object nodes that leave `additionalProperties` open are closed. */
export function closedSchema(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(closedSchema);
  if (schema === null || typeof schema !== 'object') return schema;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) {
    // property names are data, not schemas (a property may be called "type")
    out[key] = key === 'properties' ? Object.fromEntries(Object.entries(value as object).map(([k, v]) => [k, closedSchema(v)])) : closedSchema(value);
  }
  if (out.type === 'object' && out.properties && !('additionalProperties' in out) && !('patternProperties' in out)) out.additionalProperties = false;
  return out;
}

/** Where a response schema leaves objects open on purpose (`additionalProperties: true`): listed by the audit test. */
export function openObjectPaths(schema: unknown, at = ''): string[] {
  if (Array.isArray(schema)) return schema.flatMap((s, i) => openObjectPaths(s, `${at}/${i}`));
  if (schema === null || typeof schema !== 'object') return [];
  const node = schema as Record<string, unknown>;
  const here = node.additionalProperties === true ? [at || '/'] : [];
  return [...here, ...Object.entries(node).flatMap(([k, v]) => openObjectPaths(v, `${at}/${k}`))];
}

function schemaFor(req: FastifyRequest, status: number): TSchema | undefined {
  const responses = req.routeOptions.schema?.response as Record<string, TSchema> | undefined;
  if (!responses) return undefined;
  return responses[status] ?? responses[`${Math.floor(status / 100)}xx`] ?? responses.default;
}

export function registerResponseCheck(app: FastifyInstance): void {
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  const compiled = new WeakMap<object, ValidateFunction>();
  const check = (schema: TSchema) => {
    let fn = compiled.get(schema);
    if (!fn) compiled.set(schema, (fn = ajv.compile(closedSchema(schema) as object)));
    return fn;
  };
  app.addHook('preSerialization', async (req: FastifyRequest, reply: FastifyReply, payload: unknown) => {
    if (reply.statusCode >= 500) return payload;
    const schema = schemaFor(req, reply.statusCode);
    const route = `${req.method} ${req.routeOptions.url ?? req.url}`;
    if (!schema) throw new Error(`strict responses: ${route} answers ${reply.statusCode} without a response schema for it`);
    const valid = check(schema);
    // the serializer sees the JSON form (dates as strings, toJSON applied)
    const json = JSON.parse(JSON.stringify(payload ?? null));
    if (!valid(json)) {
      const problems = (valid.errors ?? []).slice(0, 5).map((e) => `${e.instancePath || '/'} ${e.message}${e.params && 'additionalProperty' in e.params ? ` (${e.params.additionalProperty})` : ''}`);
      throw new Error(`strict responses: ${route} ${reply.statusCode} does not match its schema: ${problems.join('; ')}`);
    }
    return payload;
  });
}
