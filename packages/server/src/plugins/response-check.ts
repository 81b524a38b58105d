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
import { ErrorBody } from './openapi';

type Node = Record<string, unknown>;
const isObjectNode = (s: unknown): s is Node => !!s && typeof s === 'object' && (s as Node).type === 'object' && !!(s as Node).properties;

/** `allOf` of object schemas (TypeBox's Intersect) as one object: closing each part alone would refuse the others' fields. */
function merged(node: Node): Node {
  const parts = node.allOf;
  if (!Array.isArray(parts) || !parts.every(isObjectNode)) return node;
  const { allOf: _, ...rest } = node;
  return {
    ...rest,
    type: 'object',
    properties: Object.assign({}, ...parts.map((p) => p.properties)),
    required: parts.flatMap((p) => (p.required as string[] | undefined) ?? []),
  };
}

/** A copy of `schema` whose object nodes that leave `additionalProperties` open are closed. */
export function closedSchema(input: unknown): unknown {
  if (Array.isArray(input)) return input.map(closedSchema);
  if (input === null || typeof input !== 'object') return input;
  const schema = merged(input as Node);
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) {
    // property names are data, not schemas (a property may be called "type")
    out[key] =
      key === 'properties'
        ? Object.fromEntries(Object.entries(value as object).map(([k, v]) => [k, closedSchema(v)]))
        : closedSchema(value);
  }
  if (out.type === 'object' && out.properties && !('additionalProperties' in out) && !('patternProperties' in out))
    out.additionalProperties = false;
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

/**
 * The schema a reply must match: the route's for its status; for an error status the route does not
 * list (401, 408, 413, 415, 429 come from plugins for every route; 404 for no route) the one error shape.
 */
/** A file response sent as an object would be a mistake: nothing matches. */
const FILE = { not: {} } as unknown as TSchema;

function schemaFor(req: FastifyRequest, status: number): TSchema | undefined {
  const responses = req.routeOptions.schema?.response as Record<string, TSchema> | undefined;
  const declared = responses?.[status] ?? responses?.[`${Math.floor(status / 100)}xx`] ?? responses?.default;
  if (declared && 'content' in declared)
    return (declared.content as Record<string, { schema: TSchema }>)['application/json']?.schema ?? FILE;
  return declared ?? (status >= 400 ? ErrorBody : undefined);
}

/** Printed as well as thrown: the tests' logger is off, and the 500 alone would not say what is wrong. */
function fail(message: string): never {
  console.error(message);
  // a server fault whatever status the reply had been given
  throw Object.assign(new Error(message), { statusCode: 500 });
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
    if (reply.statusCode >= 500 || req.routeOptions.schema?.hide) return payload;
    const schema = schemaFor(req, reply.statusCode);
    const route = `${req.method} ${req.routeOptions.url ?? req.url}`;
    if (!schema) return fail(`strict responses: ${route} answers ${reply.statusCode} without a response schema for it`);
    const valid = check(schema);
    // the serializer sees the JSON form (dates as strings, toJSON applied)
    const json = JSON.parse(JSON.stringify(payload ?? null));
    if (!valid(json)) {
      const problems = (valid.errors ?? []).slice(0, 5).map((e) => {
        const extra = e.params && 'additionalProperty' in e.params ? ` (${e.params.additionalProperty})` : '';
        return `${e.instancePath || '/'} ${e.message}${extra}`;
      });
      return fail(`strict responses: ${route} ${reply.statusCode} does not match its schema: ${problems.join('; ')}`);
    }
    return payload;
  });
}
