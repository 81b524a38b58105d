import { VISIT_CLASSES } from '@gridwork/core/households';
import { Type, type Static, type TSchema } from '@sinclair/typebox';

export const Id = Type.Integer({ minimum: 1, maximum: 2_147_483_647 });
export const DateText = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'YYYY-MM-DD (Asia/Shanghai)' });
export const Code = Type.String({ pattern: '^[a-z0-9]+(-[a-z0-9]+)*$', maxLength: 40 });
export const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);
const Text = (max: number) => Type.Optional(Nullable(Type.String({ maxLength: max })));

export const VisitClassSchema = Type.Union(VISIT_CLASSES.map((c) => Type.Literal(c)));
const Housing = Type.Union([Type.Literal('owned'), Type.Literal('rented')]);
export const Sex = Type.Union([Type.Literal('M'), Type.Literal('F')]);

export const IdParams = Type.Object({ id: Id });
export type IdParams = Static<typeof IdParams>;

export const CreateHouseholdBody = Type.Object(
  {
    gridId: Id,
    address: Type.String({ minLength: 1, maxLength: 200 }),
    compoundId: Type.Optional(Nullable(Id)),
    buildingId: Type.Optional(Nullable(Id)),
    housing: Type.Optional(Housing),
    landlord: Text(200),
  },
  { additionalProperties: false },
);
export type CreateHouseholdBody = Static<typeof CreateHouseholdBody>;

export const OverrideSchema = Type.Object(
  { visitClass: VisitClassSchema, reason: Type.String({ minLength: 1, maxLength: 500 }) },
  { additionalProperties: false },
);

export const UpdateHouseholdBody = Type.Object(
  {
    expectedVersion: Type.Integer({ minimum: 1 }),
    address: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
    compoundId: Type.Optional(Nullable(Id)),
    buildingId: Type.Optional(Nullable(Id)),
    housing: Type.Optional(Housing),
    landlord: Text(200),
    visitClassOverride: Type.Optional(Nullable(OverrideSchema)),
  },
  { additionalProperties: false },
);
export type UpdateHouseholdBody = Static<typeof UpdateHouseholdBody>;

export const HouseholdsQuery = Type.Object(
  {
    gridId: Type.Optional(Id),
    q: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
    sort: Type.Optional(Type.Union([Type.Literal('id'), Type.Literal('address')], { default: 'id' })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
    offset: Type.Optional(Type.Integer({ minimum: 0, maximum: 1_000_000, default: 0 })),
  },
  { additionalProperties: false },
);
export type HouseholdsQuery = Static<typeof HouseholdsQuery>;

/** A member as everyone sees it: ID number and phone masked (C3, D10). */
export const MemberView = Type.Object({
  /** The resident's id (the same as residentId). */
  id: Type.Integer(),
  residentId: Type.Integer(),
  name: Type.String(),
  sex: Sex,
  birthDate: Type.String(),
  idNumber: Nullable(Type.String({ description: 'masked, e.g. 110***********1234' })),
  phone: Nullable(Type.String({ description: 'masked, e.g. 138****5678' })),
  relation: Nullable(Type.String()),
  tags: Type.Array(Type.String()),
  economicSituation: Nullable(Type.String()),
  skills: Nullable(Type.String()),
  views: Nullable(Type.String()),
  socialRelations: Nullable(Type.String()),
  notes: Nullable(Type.String()),
  status: Type.String(),
  joinedOn: Type.String(),
  leftOn: Nullable(Type.String()),
  leftReason: Nullable(Type.String()),
  version: Type.Integer(),
});

export const ReasonView = Type.Object({
  rule: Type.String(),
  reason: Type.String(),
  visitClass: Type.String(),
  residentId: Type.Integer(),
});
const OverrideView = Nullable(Type.Object({ visitClass: Type.String(), reason: Type.String() }));

export const VisitClassView = Type.Object({
  asOf: Type.String(),
  visitClass: Type.String(),
  source: Type.String(),
  derivedClass: Type.String(),
  reasons: Type.Array(ReasonView),
  override: OverrideView,
});

export const VisitView = Type.Object({
  id: Type.Integer(),
  householdId: Type.Integer(),
  startedAt: Type.String(),
  endedAt: Type.String(),
  type: Type.String(),
  inPerson: Type.Boolean(),
  visitors: Type.Array(Type.Integer()),
  location: Nullable(Type.Object({ lat: Type.Number(), lng: Type.Number() })),
  outsideGrid: Nullable(Type.Boolean()),
  findings: Nullable(Type.String()),
  needs: Nullable(Type.String()),
  policyVersion: Nullable(Type.Integer()),
  createdBy: Type.Integer(),
  createdAt: Type.String(),
});

export const HouseholdDetail = Type.Object({
  id: Type.Integer(),
  gridId: Type.Integer(),
  grid: Type.Object({ id: Type.Integer(), code: Type.String(), name: Type.String() }),
  address: Type.String(),
  compoundId: Nullable(Type.Integer()),
  buildingId: Nullable(Type.Integer()),
  housing: Housing,
  landlord: Nullable(Type.String()),
  version: Type.Integer(),
  createdAt: Type.String(),
  updatedAt: Type.String(),
  visitClass: VisitClassView,
  members: Type.Array(MemberView),
  formerMembers: Type.Array(MemberView),
  recentVisits: Type.Array(VisitView),
  abilities: Type.Object({
    update: Type.Boolean(),
    addResident: Type.Boolean(),
    recordVisit: Type.Boolean(),
    revealIdNumber: Type.Boolean(),
    revealPhone: Type.Boolean(),
  }),
});

export const HouseholdSummary = Type.Object({
  id: Type.Integer(),
  gridId: Type.Integer(),
  address: Type.String(),
  housing: Housing,
  version: Type.Integer(),
  members: Type.Array(
    Type.Object({
      residentId: Type.Integer(),
      name: Type.String(),
      sex: Sex,
      idNumber: Nullable(Type.String()),
      phone: Nullable(Type.String()),
      tags: Type.Array(Type.String()),
    }),
  ),
});
export const HouseholdList = Type.Object({ items: Type.Array(HouseholdSummary), total: Type.Integer() });
