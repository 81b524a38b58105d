import { Type } from '@sinclair/typebox';
import { describe, expect, it } from 'vitest';
import {
  ANY_KEYWORD,
  FINITE_KEYWORD,
  INSTANT_KEYWORD,
  INT32_MAX,
  INT32_MIN,
  KEYS_KEYWORD,
  TEXT_KEYWORD,
  anyValueProblem,
  hardenSchema,
  textProblem,
} from './schema-hardening';

describe('security: request schemas are hardened once, for every route', () => {
  it('integers get int32 bounds unless the schema sets its own', () => {
    expect(hardenSchema(Type.Integer())).toMatchObject({ minimum: INT32_MIN, maximum: INT32_MAX });
    expect(hardenSchema(Type.Integer({ minimum: 1 }))).toMatchObject({ minimum: 1, maximum: INT32_MAX });
    expect(hardenSchema(Type.Integer({ minimum: -(2 ** 53), maximum: 2 ** 53 }))).toMatchObject({ minimum: -(2 ** 53), maximum: 2 ** 53 });
    expect(hardenSchema(Type.Integer({ exclusiveMaximum: 10 }))).not.toHaveProperty('maximum');
  });

  it('numbers must be finite; strings carry the text rule, content when minLength ≥ 1; date-times must be instants', () => {
    // … objects check their keys
    expect(hardenSchema(Type.Number())).toMatchObject({ [FINITE_KEYWORD]: true });
    expect(hardenSchema(Type.String())).toMatchObject({ [TEXT_KEYWORD]: 'any' });
    expect(hardenSchema(Type.String({ minLength: 1 }))).toMatchObject({ [TEXT_KEYWORD]: 'content' });
    expect(hardenSchema(Type.Object({}))).toMatchObject({ [KEYS_KEYWORD]: true });
    expect(hardenSchema(Type.String({ format: 'date-time' }))).toMatchObject({ [INSTANT_KEYWORD]: true });
  });

  it('reaches every nested schema (properties, items, unions, records) and leaves the original as written', () => {
    const schema = Type.Object({
      list: Type.Array(Type.Object({ n: Type.Integer() })),
      either: Type.Union([Type.String({ minLength: 1 }), Type.Null()]),
      map: Type.Record(Type.String(), Type.Number()),
      tuple: Type.Tuple([Type.Number(), Type.Number()]),
      anything: Type.Unknown(),
    });
    const hard = hardenSchema(schema) as unknown as Record<string, Record<string, Record<string, unknown>>>;
    const props = hard.properties;
    expect((props.list.items as { properties: { n: unknown } }).properties.n).toMatchObject({ maximum: INT32_MAX });
    expect((props.either.anyOf as unknown[])[0]).toMatchObject({ [TEXT_KEYWORD]: 'content' });
    expect(Object.values(props.map.patternProperties as object)[0]).toMatchObject({ [FINITE_KEYWORD]: true });
    expect((props.tuple.items as unknown[])[1]).toMatchObject({ [FINITE_KEYWORD]: true });
    expect(props.anything).toMatchObject({ [ANY_KEYWORD]: true });
    expect(JSON.stringify(schema)).not.toContain('x-gw');
  });

  it('text: NUL, unpaired surrogates and, when content is required, blanks are refused; pairs and CJK are fine', () => {
    expect(textProblem('a\u0000b', false)).toMatch(/NUL/);
    expect(textProblem('\ud800', false)).toMatch(/surrogate/);
    expect(textProblem('x\udfff', false)).toMatch(/surrogate/);
    expect(textProblem('\u3000 \t\u200b', true)).toMatch(/blank/);
    expect(textProblem(' ', false)).toBeNull();
    expect(textProblem('和平社区 😀', true)).toBeNull();
  });

  it('values of any shape are checked through, without recursion (a 100,000-deep array cannot overflow the stack)', () => {
    expect(anyValueProblem({ a: [1, { b: 'ok' }] })).toBeNull();
    expect(anyValueProblem({ a: [1, { 'b/c': 'x\u0000' }] })).toEqual({ path: '/a/1/b~1c', message: expect.stringMatching(/NUL/) });
    expect(anyValueProblem({ a: { '\ud800': 1 } })).toEqual({ path: '/a', message: expect.stringMatching(/property names/) });
    expect(anyValueProblem([Infinity])).toEqual({ path: '/0', message: 'must be a finite number' });
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(anyValueProblem(deep)?.message).toMatch(/nested more than 32/);
  });
});
