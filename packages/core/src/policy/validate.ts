/** Validation of a policy document: the schema (unknown properties rejected) plus semantic checks. */
import type { TSchema } from '@sinclair/typebox';
import { Value, ValueErrorType, type ValueError } from '@sinclair/typebox/value';
import { PolicyValuesSchema, type PolicyValues } from './schema';
import { CODE_PATTERN, RULE_ID_PATTERN } from './schema-parts';
import { semanticProblems, type PolicyProblem } from './semantic';

export type { PolicyProblem } from './semantic';

export type PolicyValidation = { ok: true; values: PolicyValues } | { ok: false; problems: PolicyProblem[] };

const PATTERN_MESSAGES: Record<string, string> = {
  [CODE_PATTERN]: 'Expected a lowercase kebab-case code',
  [RULE_ID_PATTERN]: 'Expected a rule ID of RULES.md, e.g. A3.4',
};

/** Clearer messages than TypeBox's for literal unions ("Expected union value") and our patterns. */
function messageOf(error: ValueError): string {
  const schema = error.schema as TSchema & { anyOf?: Array<{ const?: unknown }>; pattern?: string };
  if (error.type === ValueErrorType.StringPattern && schema.pattern && PATTERN_MESSAGES[schema.pattern]) {
    return PATTERN_MESSAGES[schema.pattern];
  }
  const options = schema.anyOf;
  if (error.type === ValueErrorType.Union && options?.every((o) => typeof o.const === 'string')) {
    return `Expected one of: ${options.map((o) => o.const).join(', ')}`;
  }
  return error.message;
}

function schemaProblems(values: unknown): PolicyProblem[] {
  return [...Value.Errors(PolicyValuesSchema, values)].map((error) => ({ path: error.path, message: messageOf(error) }));
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
