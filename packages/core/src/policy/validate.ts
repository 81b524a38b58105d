/** Validation of a policy document: the schema (unknown properties rejected) plus semantic checks. */
import type { TSchema } from '@sinclair/typebox';
import { Value, ValueErrorType, type ValueError } from '@sinclair/typebox/value';
import { PolicyValuesSchema, type PolicyValues } from './schema';
import { CODE_PATTERN, RULE_ID_PATTERN } from './schema-parts';
import { semanticProblems, type PolicyProblem, type PolicyProblemCode } from './semantic';

export type { PolicyProblem, PolicyProblemCode } from './semantic';

export type PolicyValidation = { ok: true; values: PolicyValues } | { ok: false; problems: PolicyProblem[] };

const PATTERNS: Record<string, [PolicyProblemCode, string]> = {
  [CODE_PATTERN]: ['CODE_FORMAT', 'Expected a lowercase kebab-case code'],
  [RULE_ID_PATTERN]: ['RULE_ID_FORMAT', 'Expected a rule ID of RULES.md, e.g. A3.4'],
};

const E = ValueErrorType;
const TYPES: Partial<Record<ValueErrorType, string>> = {
  [E.Number]: 'number',
  [E.Integer]: 'integer',
  [E.String]: 'string',
  [E.Boolean]: 'boolean',
  [E.Object]: 'object',
  [E.Array]: 'array',
};
const BOUNDS: Partial<
  Record<
    ValueErrorType,
    [
      PolicyProblemCode,
      'minimum' | 'exclusiveMinimum' | 'maximum' | 'exclusiveMaximum' | 'minLength' | 'maxLength' | 'minItems' | 'maxItems',
    ]
  >
> = {
  [E.NumberMinimum]: ['MINIMUM', 'minimum'],
  [E.IntegerMinimum]: ['MINIMUM', 'minimum'],
  [E.NumberExclusiveMinimum]: ['MINIMUM', 'exclusiveMinimum'],
  [E.IntegerExclusiveMinimum]: ['MINIMUM', 'exclusiveMinimum'],
  [E.NumberMaximum]: ['MAXIMUM', 'maximum'],
  [E.IntegerMaximum]: ['MAXIMUM', 'maximum'],
  [E.NumberExclusiveMaximum]: ['MAXIMUM', 'exclusiveMaximum'],
  [E.IntegerExclusiveMaximum]: ['MAXIMUM', 'exclusiveMaximum'],
  [E.StringMinLength]: ['TOO_SHORT', 'minLength'],
  [E.StringMaxLength]: ['TOO_LONG', 'maxLength'],
  [E.ArrayMinItems]: ['TOO_FEW', 'minItems'],
  [E.ArrayMaxItems]: ['TOO_MANY', 'maxItems'],
};

/** A schema error as a coded problem, with clearer messages than TypeBox's for literal unions and our patterns. */
function problemOf(error: ValueError): PolicyProblem {
  type Schema = TSchema & { anyOf?: Array<{ const?: unknown }>; pattern?: string } & Record<string, unknown>;
  const schema = error.schema as Schema;
  const { path } = error;
  if (error.type === E.StringPattern && schema.pattern && PATTERNS[schema.pattern]) {
    const [code, message] = PATTERNS[schema.pattern];
    return { path, code, message };
  }
  const options = schema.anyOf;
  if (error.type === E.Union && options?.every((o) => typeof o.const === 'string')) {
    const list = options.map((o) => o.const).join(', ');
    return { path, code: 'ONE_OF', message: `Expected one of: ${list}`, params: { options: list } };
  }
  if (error.type === E.ObjectRequiredProperty) return { path, code: 'REQUIRED', message: error.message };
  if (error.type === E.ObjectAdditionalProperties) return { path, code: 'UNKNOWN_PROPERTY', message: error.message };
  const type = TYPES[error.type];
  if (type) return { path, code: 'TYPE', message: error.message, params: { type } };
  const bound = BOUNDS[error.type];
  if (bound && typeof schema[bound[1]] === 'number') {
    return { path, code: bound[0], message: error.message, params: { limit: schema[bound[1]] as number } };
  }
  return { path, code: 'INVALID', message: error.message };
}

function schemaProblems(values: unknown): PolicyProblem[] {
  return [...Value.Errors(PolicyValuesSchema, values)].map(problemOf);
}

/** One problem per path: the first (a missing property also fails its type; the first says why). */
function firstPerPath(problems: PolicyProblem[]): PolicyProblem[] {
  const byPath = new Map<string, PolicyProblem>();
  for (const problem of problems) if (!byPath.has(problem.path)) byPath.set(problem.path, problem);
  return [...byPath.values()];
}

/**
 * Validates a policy document. Reports every problem, each with its JSON Pointer path
 * (e.g. `/caseClasses/general/limit/value`), schema problems and semantic ones together,
 * one problem per path.
 */
export function validatePolicy(values: unknown): PolicyValidation {
  const problems = firstPerPath([...schemaProblems(values), ...semanticProblems(values)]);
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, values: values as PolicyValues };
}
