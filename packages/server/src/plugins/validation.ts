import { DomainError } from '@gridwork/core';
import AjvModule, { type ErrorObject } from 'ajv';
import addFormatsModule from 'ajv-formats';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { fieldName } from './errors';
import { idempotencyHeader } from './idempotency';
import {
  ANY_KEYWORD,
  FINITE_KEYWORD,
  INSTANT_KEYWORD,
  KEYS_KEYWORD,
  TEXT_KEYWORD,
  anyValueProblem,
  hardenSchema,
  textProblem,
} from './schema-hardening';

const Ajv = (AjvModule as unknown as { default: typeof AjvModule }).default ?? AjvModule;
const addFormats = (addFormatsModule as unknown as { default: typeof addFormatsModule }).default ?? addFormatsModule;
type AjvInstance = InstanceType<typeof Ajv>;

interface KeywordCheck {
  (schema: unknown, data: unknown, parentSchema?: unknown, cxt?: { instancePath: string }): boolean;
  errors?: Array<{ keyword: string; message: string; params: object; instancePath?: string }>;
}

/** A keyword whose check returns a problem (null: valid) at a path below the checked value. */
function keyword(
  ajv: AjvInstance,
  name: string,
  type: string | undefined,
  problemOf: (schema: unknown, data: never) => { path: string; message: string } | null,
): void {
  const validate: KeywordCheck = (schema, data, _parent, cxt) => {
    const problem = problemOf(schema, data as never);
    validate.errors = problem
      ? [{ keyword: name, message: problem.message, params: {}, instancePath: `${cxt?.instancePath ?? ''}${problem.path}` }]
      : undefined;
    return problem === null;
  };
  ajv.addKeyword({ keyword: name, ...(type ? { type: type as 'string' } : {}), errors: true, validate });
}

function addHardeningKeywords(ajv: AjvInstance): void {
  const at = (message: string | null) => (message ? { path: '', message } : null);
  keyword(ajv, TEXT_KEYWORD, 'string', (mode, data: string) => at(textProblem(data, mode === 'content')));
  keyword(ajv, FINITE_KEYWORD, 'number', (_s, data: number) => at(Number.isFinite(data) ? null : 'must be a finite number'));
  keyword(ajv, INSTANT_KEYWORD, 'string', (_s, data: string) =>
    at(Number.isFinite(Date.parse(data)) ? null : 'must be a real instant (no leap second)'),
  );
  keyword(ajv, KEYS_KEYWORD, 'object', (_s, data: object) => {
    for (const key of Object.keys(data)) {
      const problem = textProblem(key, false);
      if (problem) return { path: '', message: `property names ${problem}` };
    }
    return null;
  });
  keyword(ajv, ANY_KEYWORD, undefined, (_s, data: unknown) => anyValueProblem(data));
}

/** Inputs up to this many values get every problem listed; larger ones (a huge invalid array) stop at the first. */
const LISTED_NODES = 5_000;

/** Whether `data` holds at most `limit` values (counted without recursion, stopping at the limit). */
function smallerThan(data: unknown, limit: number): boolean {
  const stack = [data];
  let count = 0;
  while (stack.length > 0) {
    const v = stack.pop();
    if (v === null || typeof v !== 'object') continue;
    const children = Array.isArray(v) ? v : Object.values(v);
    count += children.length;
    if (count > limit) return false;
    stack.push(...children);
  }
  return true;
}

interface CompiledCheck {
  (data: unknown, cxt?: object): boolean;
  errors?: ErrorObject[] | null;
  schemaEnv?: unknown;
}

/**
 * A validator that stops at the first problem, and lists them all only for inputs of a reasonable
 * size: Ajv's allErrors over a 0.7 MB array would build (and once sent) hundreds of thousands of errors.
 */
function compileBounded(first: AjvInstance, all: AjvInstance, schema: object): CompiledCheck {
  const quick = first.compile(schema) as CompiledCheck;
  const thorough = all.compile(schema) as CompiledCheck;
  const validate: CompiledCheck = (data, cxt) => {
    if (quick(data, cxt)) {
      validate.errors = null;
      return true;
    }
    validate.errors = smallerThan(data, LISTED_NODES) && !thorough(data, cxt) ? thorough.errors : quick.errors;
    return false;
  };
  validate.schemaEnv = quick.schemaEnv;
  return validate;
}

/**
 * Bodies are validated strictly (no type coercion, unknown fields rejected rather than dropped);
 * query strings and params are coerced from text, as they must be. Every schema is hardened once
 * as it is compiled (plugins/schema-hardening.ts), so no route can let through what the database
 * cannot store. What no schema describes (a GeoJSON body, Open311 parameters, the Idempotency-Key
 * header) is checked after validation, before the handler: the contract's 404 → 400 → 403 order holds.
 */
export function registerValidation(app: FastifyInstance): void {
  const make = (coerce: boolean, allErrors: boolean) => {
    const ajv = new Ajv({ allErrors, removeAdditional: false, useDefaults: true, coerceTypes: coerce ? 'array' : false, strict: false });
    addFormats(ajv);
    addHardeningKeywords(ajv);
    return ajv;
  };
  const bodies = [make(false, false), make(false, true)] as const;
  const texts = [make(true, false), make(true, true)] as const;
  app.setValidatorCompiler(({ schema, httpPart }) => {
    const [first, all] = httpPart === 'body' ? bodies : texts;
    return compileBounded(first, all, hardenSchema(schema) as object);
  });
  // Fastify's default joins every error into the message (megabytes for a large invalid array); the reply is built from `validation`
  // anyway.
  app.setSchemaErrorFormatter((errors, part) => new Error(`${part}${errors[0]?.instancePath ?? ''} ${errors[0]?.message ?? 'is invalid'}`));
  app.addHook('preHandler', async (req) => checkUndescribed(req));
}

/** Request parts no route schema describes: any value in them obeys the same rules as a hardened schema. */
function checkUndescribed(req: FastifyRequest): void {
  const schema = req.routeOptions.schema ?? {};
  const parts: Array<[string, unknown]> = [];
  if (!schema.body && !Buffer.isBuffer(req.body)) parts.push(['body', req.body]);
  if (!schema.querystring) parts.push(['querystring', req.query]);
  if (!schema.params) parts.push(['params', req.params]);
  for (const [part, value] of parts) {
    const problem = anyValueProblem(value);
    if (problem) {
      const field = fieldName(part, problem.path);
      throw new DomainError('VALIDATION_FAILED', `${field} ${problem.message}`, [{ field, message: problem.message }]);
    }
  }
  if (req.headers['idempotency-key'] !== undefined) idempotencyHeader(req);
}
