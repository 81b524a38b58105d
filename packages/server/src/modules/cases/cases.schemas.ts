import { ACTION_NAMES, CASE_SOURCES, CASE_STATUSES, SATISFACTIONS } from '@gridwork/core/cases';
import { ANNOTATION_KINDS } from './case-access';
import { Type, type Static, type TSchema } from '@sinclair/typebox';

const Id = Type.Integer({ minimum: 1, maximum: 2_147_483_647 });
const Code = Type.String({ pattern: '^[a-z0-9]+(-[a-z0-9]+)*$', maxLength: 40 });
const DATE = '^\\d{4}-\\d{2}-\\d{2}$';
const Text = (max: number) => Type.String({ minLength: 1, maxLength: max });
export const SOURCES = CASE_SOURCES;

export const CreateCaseBody = Type.Object(
  {
    title: Text(200),
    description: Text(5000),
    category: Code,
    caseClass: Code,
    source: Type.Union(SOURCES.map((s) => Type.Literal(s))),
    gridId: Type.Optional(Id),
    location: Type.Optional(
      Type.Object(
        { lat: Type.Number({ minimum: -90, maximum: 90 }), lng: Type.Number({ minimum: -180, maximum: 180 }) },
        { additionalProperties: false },
      ),
    ),
    reporter: Type.Optional(
      Type.Object(
        {
          name: Type.Optional(Type.String({ maxLength: 60 })),
          phone: Type.Optional(Type.String({ pattern: '^[0-9+\\- ]{5,20}$' })),
          anonymous: Type.Optional(Type.Boolean()),
          confidential: Type.Optional(Type.Boolean()),
        },
        { additionalProperties: false },
      ),
    ),
    receivedAt: Type.Optional(Type.String({ format: 'date-time' })),
    visitId: Type.Optional(Type.Integer({ minimum: 1 })),
    address: Type.Optional(Type.String({ maxLength: 500, description: 'the address the reporter gave (searchable at the desk)' })),
  },
  { additionalProperties: false },
);
export type CreateCaseBody = Static<typeof CreateCaseBody>;

/** Every action's fields (the core checks which ones each action needs, naming missing fields). */
export const ActionBody = Type.Object(
  {
    expectedVersion: Type.Integer({ minimum: 1 }),
    caseClass: Type.Optional(Code),
    reason: Type.Optional(Type.String({ maxLength: 2000 })),
    intoCaseId: Type.Optional(Type.Integer({ minimum: 1 })),
    details: Type.Optional(Type.String({ maxLength: 5000 })),
    handlingUnit: Type.Optional(Type.String({ maxLength: 200 })),
    handlerId: Type.Optional(Id),
    toUserId: Type.Optional(Id),
    toUnit: Type.Optional(Type.String({ maxLength: 200 })),
    explanation: Type.Optional(Type.String({ maxLength: 2000 })),
    proposedDeadline: Type.Optional(Type.String({ format: 'date-time' })),
    approve: Type.Optional(Type.Boolean()),
    deadline: Type.Optional(Type.String({ format: 'date-time' })),
    satisfaction: Type.Optional(Type.Union([Type.Literal('satisfied'), Type.Literal('basically-satisfied'), Type.Literal('unsatisfied')])),
    note: Type.Optional(Type.String({ maxLength: 2000 })),
    handler: Type.Optional(Type.String({ maxLength: 200 })),
    completedAt: Type.Optional(Type.String({ format: 'date-time' })),
  },
  { additionalProperties: false },
);
export type ActionBody = Static<typeof ActionBody>;

export const ActionParams = Type.Object({ id: Id, action: Type.Union(ACTION_NAMES.map((a) => Type.Literal(a))) });
export type ActionParams = Static<typeof ActionParams>;
export const CaseIdParams = Type.Object({ id: Id });

export const CaseListQuery = Type.Object(
  {
    status: Type.Optional(Type.String({ maxLength: 20 })),
    gridId: Type.Optional(Id),
    householdId: Type.Optional(
      Type.Integer({ minimum: 1, maximum: 2_147_483_647, description: "cases reported from this household's visits" }),
    ),
    mine: Type.Optional(Type.Boolean()),
    source: Type.Optional(Type.Union(SOURCES.map((s) => Type.Literal(s)))),
    category: Type.Optional(Code),
    regionId: Type.Optional(Type.Integer({ minimum: 1, maximum: 2_147_483_647, description: 'the cases of every grid under this region' })),
    q: Type.Optional(
      Type.String({ maxLength: 100, description: 'keyword in title, description, address, or the case number (never the reporter)' }),
    ),
    from: Type.Optional(Type.String({ pattern: DATE, description: 'received on or after this day (YYYY-MM-DD, Asia/Shanghai)' })),
    to: Type.Optional(Type.String({ pattern: DATE, description: 'received on or before this day (YYYY-MM-DD, Asia/Shanghai)' })),
    withTotal: Type.Optional(Type.Boolean({ description: 'also count every matching case: the X-Total-Count header' })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 100 })),
    offset: Type.Optional(Type.Integer({ minimum: 0, default: 0 })),
  },
  { additionalProperties: false },
);
export type CaseListQuery = Static<typeof CaseListQuery>;

const Instant = Type.String({ description: 'ISO 8601 with +08:00' });
const Nullable = <T extends TSchema>(t: T) => Type.Union([t, Type.Null()]);
const OneOf = <T extends string>(values: readonly T[]) => Type.Union(values.map((v) => Type.Literal(v)));
const Status = OneOf(CASE_STATUSES);
const Reporter = Type.Object(
  {
    name: Nullable(Type.String()),
    phone: Nullable(Type.String({ description: 'masked; the full number only through POST /cases/:id/reporter/reveal' })),
    anonymous: Type.Boolean(),
    confidential: Type.Boolean(),
    masked: Type.Boolean(),
  },
  { description: 'A9.4 C3 D10: confidential reporters fully masked' },
);
const TimelineEntry = Type.Object({
  seq: Type.Integer(),
  at: Type.String(),
  actor: Nullable(Type.Object({ id: Type.Integer(), name: Nullable(Type.String()) })),
  action: Type.String(),
  fromStatus: Nullable(Status),
  toStatus: Nullable(Status),
  details: Nullable(
    Type.Record(Type.String(), Type.Unknown(), { description: "the action's fields (reason, handler, deadline moves, …)" }),
  ),
});
/** A case as the API shows it (case-presenter.ts); `reporter`, `timeline` and `photos` with GET /cases/:id. */
export const CaseRecord = Type.Object({
  id: Type.Integer(),
  version: Type.Integer(),
  status: Status,
  title: Type.String(),
  description: Type.String(),
  category: Type.String(),
  source: OneOf(SOURCES),
  caseClass: Type.String(),
  classConfirmed: Type.Boolean(),
  tier: Type.String(),
  gridId: Type.Integer(),
  location: Nullable(Type.Object({ lat: Type.Number(), lng: Type.Number() })),
  receivedAt: Instant,
  deadline: Instant,
  deadlineProvisional: Type.Boolean(),
  policyVersion: Type.Integer(),
  light: Type.Union([Type.Literal('green'), Type.Literal('yellow'), Type.Literal('red')]),
  onTime: Nullable(Type.Boolean()),
  metAt: Nullable(Instant),
  ownerId: Type.Integer({ description: 'the first-inquiry owner (A1.7)' }),
  handlerId: Nullable(Type.Integer()),
  handlingUnit: Nullable(Type.String()),
  escalations: Type.Integer(),
  reopenCount: Type.Integer(),
  extension: Nullable(Type.Object({ requestedBy: Type.Integer(), reason: Type.String(), proposedDeadline: Instant, requestedAt: Instant })),
  feedback: Nullable(Type.Object({ satisfaction: OneOf(SATISFACTIONS), note: Nullable(Type.String()) })),
  closure: Nullable(Type.Object({ handlingUnit: Type.String(), handler: Type.String(), completedAt: Instant, details: Type.String() })),
  mergedInto: Nullable(Type.Integer()),
  visitId: Nullable(Type.Integer()),
  address: Nullable(Type.String()),
  reporter: Type.Optional(Nullable(Reporter)),
  timeline: Type.Optional(Type.Array(TimelineEntry)),
  people: Type.Optional(
    Type.Array(Type.Object({ id: Type.Integer(), name: Nullable(Type.String()) }), {
      description: 'the people the timeline names by id in its details (handler, transfer target, owners, requester), with their names',
    }),
  ),
  photos: Type.Optional(Type.Array(Type.Object({ id: Type.Integer(), contentType: Type.String(), size: Type.Integer() }))),
  abilities: Type.Object({
    actions: Type.Array(OneOf(ACTION_NAMES)),
    revealReporter: Type.Boolean(),
    addPhoto: Type.Boolean(),
    annotate: Type.Array(OneOf(ANNOTATION_KINDS), { description: 'the kinds of annotation the caller may add here (批注)' }),
  }),
});
