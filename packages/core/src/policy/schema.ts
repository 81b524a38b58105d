/**
 * The policy document (DESIGN §1): every number of the rulebook a deployment may edit, each value
 * group tagged with the rule ID it comes from. The TypeBox schema is the single source of the type.
 */
import { Type, type Static } from '@sinclair/typebox';
import { ASSESSMENT_ITEMS, ASSESSMENT_LEVELS } from '../assessment/items';
import { Code, CodeMap, DayLimit, Flag, Label, ObligationGroup, OneOf, Period, Strict, SubjectCode, Tagged } from './schema-parts';

export const PRESET_IDS = ['community', 'township', 'marketing'] as const;
export type PresetId = (typeof PRESET_IDS)[number];

/** A case time class (A3.4, C5.2, B4.2). `extendable`: the deadline may move by an approved extension (D4). */
export const CaseClassSchema = Tagged({
  label: Label,
  limit: DayLimit,
  extendable: Type.Boolean(),
  /** C5.2 D3: within the limit the matter may instead be referred to this tier. */
  referral: Type.Optional(Tagged({ to: Code, within: DayLimit })),
});

/** One step of the escalation ladder (A2, C5.3, B6.5). */
export const TierSchema = Tagged({ code: Code, label: Label });

export const TiersSchema = Tagged(
  {
    ladder: Type.Array(TierSchema, { minItems: 1 }),
    /** C5.3: the tier a case of these categories starts at (over the category table's shared default). */
    startByCategory: Type.Optional(CodeMap(Code, 'starting tier by category code')),
  },
  'lowest tier first',
);

/** The light turns yellow once this share of receipt → deadline has passed (API contract, D2). */
export const WarnShareSchema = Tagged({ value: Type.Number({ exclusiveMinimum: 0, exclusiveMaximum: 1 }) });

/** D4: approved extensions need a reason; the policy may cap their length. Which classes: `extendable`. */
export const ExtensionSchema = Tagged({ reasonRequired: Type.Boolean(), maxLength: Type.Optional(DayLimit) });

export const VisitsSchema = Strict({
  /** D5: only in-person visits count; calls are contacts. */
  inPersonOnly: Flag,
  obligations: ObligationGroup,
});

export const MeetingsSchema = Strict({
  obligations: ObligationGroup,
  /** D7: these meetings (codes of `obligations`) may be held as one combined meeting. */
  combined: Type.Optional(Tagged({ value: Type.Boolean(), meetings: Type.Array(Code, { minItems: 2, uniqueItems: true }) })),
  /** D7: a meeting whose set day is a rest day moves to the next working day, or keeps its day. */
  restDayShift: Tagged({ value: OneOf(['next-working-day', 'keep'] as const) }),
  /**
   * The set day of each meeting (keys: codes of `obligations`): a day of the month for monthly
   * meetings, a weekday (1 = Monday) for weekly ones. Without one: the window's first day, else the 1st / Monday.
   */
  schedule: Type.Optional(
    CodeMap(
      Tagged({
        day: Type.Optional(Type.Integer({ minimum: 1, maximum: 31 })),
        weekday: Type.Optional(Type.Integer({ minimum: 1, maximum: 7 })),
      }),
      'set days by meeting code',
    ),
  ),
});

export const SamplingRateSchema = Tagged({
  value: Type.Number({ exclusiveMinimum: 0, maximum: 1 }),
  /** The visit classes (keys of `visits.obligations`) this rate covers. */
  visitClasses: Type.Array(Code, { minItems: 1, uniqueItems: true }),
});

export const VerificationSchema = Strict({
  /** A8.2 D8: per period, each (grid × class) stratum draws ceil(rate × size) households. */
  sampling: Tagged({ period: Period, rounding: OneOf(['up'] as const), rates: CodeMap(SamplingRateSchema) }),
  /** A8.3 D8: the share of each subject's household records checked per period. */
  recordCheck: Tagged({ subject: SubjectCode, period: Period, share: Type.Number({ exclusiveMinimum: 0, maximum: 1 }) }),
});

export const DailyLogSchema = Strict({
  obligations: ObligationGroup,
  /** B4.3 D9: who reviews each log and by when (counted from the log's day). */
  review: Tagged({ by: Code, within: DayLimit }),
});

export const MarketingSchema = Strict({
  /** B5.1 D12: commission at most this share of the sale amount, per sale line, inclusive. */
  commissionCap: Tagged({
    value: Type.Number({ exclusiveMinimum: 0, maximum: 1 }),
    per: OneOf(['sale-line'] as const),
    inclusive: Type.Boolean(),
  }),
  /** B5.3 D12: achievement ratio that makes a person eligible for the growth star. */
  growthStarThreshold: Tagged({
    value: Type.Number({ exclusiveMinimum: 0 }),
    periods: Type.Array(OneOf(['month', 'quarter'] as const), { minItems: 1, uniqueItems: true }),
    inclusive: Type.Boolean(),
  }),
  /** B3.4: customer classes (editable: the source list ends in 等). */
  customerClasses: Tagged({ classes: Type.Array(Strict({ code: Code, label: Label }), { minItems: 1 }) }),
});

/**
 * C3, D10: personal data stays sealed. `revealLimit`: how many sealed values (ID numbers, phones,
 * confidential reporters) one account may reveal within a sliding window; a refusal is audited and
 * the first one in a window is raised to the supervisors of the account's area.
 */
export const PrivacySchema = Strict({
  revealLimit: Tagged({
    count: Type.Integer({ minimum: 1, maximum: 10_000 }),
    minutes: Type.Integer({ minimum: 1, maximum: 1440 }),
  }),
});

/**
 * C3, D10, D11 (PIPL): what the public Open311 feed (GeoReport v2 reads, no sign-in) publishes.
 * `filedRequests`: the cases that came in through Open311 (source `open311`); `categories`: category
 * codes whose cases are public whatever their source (their title and timeline never are).
 */
export const PublicationSchema = Strict({
  open311: Tagged({
    filedRequests: Type.Boolean(),
    categories: Type.Array(Code, { uniqueItems: true, maxItems: 100 }),
  }),
});

/**
 * The scoring model (API contract: `values.assessment.items[]`, each `{ item, rule, weight }`): the
 * points of an item are weight × its value (a rate 0..1, or a count or sum as recorded). `periods`
 * limits an item to monthly or yearly scores (A5.5: excellent entries count in the annual score).
 */
export const AssessmentSchema = Strict({
  items: Type.Array(
    Tagged({
      item: OneOf(ASSESSMENT_ITEMS),
      label: Type.Optional(Label),
      weight: Type.Number({ minimum: -1000, maximum: 1000 }),
      periods: Type.Optional(Type.Array(OneOf(['month', 'year'] as const), { minItems: 1, uniqueItems: true })),
      /** The levels the item scores (C8: the supervision rating is the community's); default all. */
      levels: Type.Optional(Type.Array(OneOf(ASSESSMENT_LEVELS), { minItems: 1, uniqueItems: true })),
    }),
    { minItems: 1, maxItems: 50 },
  ),
});

export const PolicyValuesSchema = Strict(
  {
    caseClasses: CodeMap(CaseClassSchema, 'case time classes by code'),
    tiers: TiersSchema,
    warnShare: WarnShareSchema,
    extension: ExtensionSchema,
    visits: Type.Optional(VisitsSchema),
    verification: Type.Optional(VerificationSchema),
    diary: Type.Optional(Strict({ obligations: ObligationGroup })),
    meetings: Type.Optional(MeetingsSchema),
    training: Type.Optional(Strict({ obligations: ObligationGroup, rollCall: Flag })),
    dailyLog: Type.Optional(DailyLogSchema),
    supervision: Type.Optional(Strict({ obligations: ObligationGroup })),
    marketing: Type.Optional(MarketingSchema),
    privacy: Type.Optional(PrivacySchema),
    publication: Type.Optional(PublicationSchema),
    assessment: Type.Optional(AssessmentSchema),
  },
  'policy values; every value group carries the rule ID it comes from',
);

export type PolicyValues = Static<typeof PolicyValuesSchema>;

/** The sections that hold an `obligations` group (D9: one mechanism for all periodic duties). */
export const OBLIGATION_SECTIONS = ['visits', 'diary', 'meetings', 'training', 'dailyLog', 'supervision'] as const;
export type ObligationSection = (typeof OBLIGATION_SECTIONS)[number];
export type CaseClass = Static<typeof CaseClassSchema>;
export type Tier = Static<typeof TierSchema>;
export type Obligation = Static<typeof ObligationGroup>[string];
export type DayLimitValue = CaseClass['limit'];

const PresetIdSchema = OneOf(PRESET_IDS);
const VersionSchema = Type.Integer({ minimum: 1 });

/** A policy attached to a region node (inherited by its subtree). */
export const AttachedPolicySchema = Strict({ preset: PresetIdSchema, version: VersionSchema, values: PolicyValuesSchema });
export type AttachedPolicy = Static<typeof AttachedPolicySchema>;

/** `GET /api/v1/policy` body: the policy in force and the region it is attached to. */
export const ResolvedPolicySchema = Strict({
  preset: PresetIdSchema,
  version: VersionSchema,
  regionId: Type.Integer({ minimum: 1 }),
  values: PolicyValuesSchema,
});
export type ResolvedPolicy = Static<typeof ResolvedPolicySchema>;
