/**
 * Building blocks of the policy schema: codes, rule tags, labels, day limits and the
 * generic periodic obligation (D9) that visits, diaries, meetings, training and logs share.
 */
import { Type, type TLiteral, type TProperties, type TSchema, type TUnion } from '@sinclair/typebox';

/** Codes are lowercase kebab-case (API contract, "General"). */
export const CODE_PATTERN = '^[a-z0-9]+(-[a-z0-9]+)*$';
/** A rule ID of RULES.md, e.g. `A3.4`, `C4b`, `D12`. The list of known IDs is checked semantically. */
export const RULE_ID_PATTERN = '^[A-D][0-9]+(\\.[0-9]+)?b?$';

export const Code = Type.String({ pattern: CODE_PATTERN, description: 'lowercase kebab-case code' });
/** The set an obligation is counted for: a code, optionally qualified (`household:1-general`). */
export const SubjectCode = Type.String({
  pattern: '^[a-z0-9]+(-[a-z0-9]+)*(:[a-z0-9]+(-[a-z0-9]+)*)?$',
  description: 'subject set, e.g. team-member or household:2-key',
});
export const RuleId = Type.String({ pattern: RULE_ID_PATTERN, description: 'rule ID of RULES.md' });
const NonEmpty = Type.String({ minLength: 1 });

/** A union of string literals; its static type is the union of `values`. */
export function OneOf<const T extends readonly string[]>(values: T): TUnion<TLiteral<T[number]>[]> {
  return Type.Union(values.map((v) => Type.Literal(v))) as TUnion<TLiteral<T[number]>[]>;
}

/** An object that rejects unknown properties. */
export function Strict<T extends TProperties>(properties: T, description?: string) {
  return Type.Object(properties, { additionalProperties: false, description });
}

/** A map keyed by kebab-case codes that rejects other keys. */
export function CodeMap<T extends TSchema>(value: T, description?: string) {
  return Type.Record(Code, value, { additionalProperties: false, minProperties: 1, description });
}

/**
 * A value group tagged with the rule it comes from (`rule`), optionally further rules or product
 * decisions that shape it (`see`) and a human note (e.g. "product default: the seed gives no number").
 */
export function Tagged<T extends TProperties>(properties: T, description?: string) {
  return Type.Object(
    {
      ...properties,
      rule: RuleId,
      see: Type.Optional(Type.Array(RuleId, { minItems: 1, uniqueItems: true })),
      note: Type.Optional(NonEmpty),
    },
    { additionalProperties: false, description },
  );
}

export const Label = Strict({ zh: NonEmpty, en: NonEmpty }, 'display name in Chinese and English');

export const DAY_UNITS = ['working-days', 'calendar-days'] as const;
/** A length in working days (D1, D2) or calendar days (D3). */
export const DayLimit = Strict({
  value: Type.Integer({ minimum: 1, maximum: 366 }),
  unit: OneOf(DAY_UNITS),
});

/** Calendar periods in Asia/Shanghai (D5); `working-day` means each working day (D1). */
export const PERIODS = ['working-day', 'day', 'week', 'half-month', 'month', 'quarter', 'year'] as const;
export const Period = OneOf(PERIODS);

const DayOfMonth = Type.Integer({ minimum: 1, maximum: 31 });

/**
 * Days of the month the obligation must be met in (inclusive). With a `quarter` or `year` period,
 * `monthOfPeriod` says which month of the period (1 = first), e.g. C2.2 days 1-15 of a quarter's first month.
 */
export const Window = Strict({
  monthOfPeriod: Type.Optional(Type.Integer({ minimum: 1, maximum: 12 })),
  fromDay: DayOfMonth,
  toDay: DayOfMonth,
});

/** D9: "N times per period for each member of a subject set, maybe within a window". */
export const Obligation = Tagged(
  {
    label: Type.Optional(Label),
    subject: SubjectCode,
    count: Type.Integer({ minimum: 1 }),
    period: Period,
    window: Type.Optional(Window),
    /** Minimum duration of each occurrence, e.g. C7.1 "at least 2 hours a day". */
    minHours: Type.Optional(Type.Number({ exclusiveMinimum: 0, maximum: 24 })),
    /** Applies only this many months after the subject joins the set (B4.2 new group customers). */
    appliesFor: Type.Optional(Strict({ months: Type.Integer({ minimum: 1 }) })),
  },
  'periodic obligation (D9)',
);

/** A named set of obligations of one kind (visits, meetings...). Keys are stable codes. */
export const ObligationGroup = CodeMap(Obligation, 'obligations by code');

/** A boolean switch with its rule. */
export const Flag = Tagged({ value: Type.Boolean() });
