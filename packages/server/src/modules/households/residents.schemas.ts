import { Type, type Static, type TSchema } from '@sinclair/typebox';
import { Code, DateText, Id, Sex } from './households.schemas';

const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);
const Text = (max: number) => Type.Optional(Nullable(Type.String({ maxLength: max })));
const Tags = Type.Array(Code, { maxItems: 20, uniqueItems: true });

/** Personal fields of a resident (A11.1); ID number and phone are sealed at rest (C3, D10). */
const residentFields = {
  name: Type.String({ minLength: 1, maxLength: 50 }),
  sex: Sex,
  birthDate: DateText,
  idNumber: Type.Optional(Nullable(Type.String({ minLength: 1, maxLength: 30 }))),
  phone: Type.Optional(Nullable(Type.String({ minLength: 1, maxLength: 30 }))),
  tags: Type.Optional(Tags),
  relation: Type.Optional(Nullable(Code)),
  economicSituation: Text(500),
  skills: Text(500),
  views: Text(2000),
  socialRelations: Text(2000),
  notes: Text(2000),
};

export const CreateResidentBody = Type.Object({ ...residentFields, joinedOn: Type.Optional(DateText) }, { additionalProperties: false });
export type CreateResidentBody = Static<typeof CreateResidentBody>;

export const UpdateResidentBody = Type.Object(
  {
    expectedVersion: Type.Integer({ minimum: 1 }),
    name: Type.Optional(residentFields.name),
    sex: Type.Optional(Sex),
    birthDate: Type.Optional(DateText),
    idNumber: residentFields.idNumber,
    phone: residentFields.phone,
    tags: Type.Optional(Tags),
    relation: residentFields.relation,
    economicSituation: Text(500),
    skills: Text(500),
    views: Text(2000),
    socialRelations: Text(2000),
    notes: Text(2000),
  },
  { additionalProperties: false },
);
export type UpdateResidentBody = Static<typeof UpdateResidentBody>;

export const MEMBERSHIP_END_REASONS = ['moved', 'moved-out', 'deceased'] as const;
export const EndMembershipBody = Type.Object(
  {
    expectedVersion: Type.Integer({ minimum: 1 }),
    reason: Type.Union(MEMBERSHIP_END_REASONS.map((r) => Type.Literal(r))),
    on: DateText,
    toHouseholdId: Type.Optional(Id),
    relation: Type.Optional(Nullable(Code)),
    note: Text(500),
  },
  { additionalProperties: false },
);
export type EndMembershipBody = Static<typeof EndMembershipBody>;

export const RevealBody = Type.Object(
  { field: Type.Union([Type.Literal('idNumber'), Type.Literal('phone')]) },
  { additionalProperties: false },
);
export type RevealBody = Static<typeof RevealBody>;

export const RevealResponse = Type.Object({
  residentId: Type.Integer(),
  field: Type.String(),
  value: Nullable(Type.String()),
});

export const TagView = Type.Object({
  code: Type.String(),
  labelZh: Type.String(),
  labelEn: Type.String(),
  rule: Nullable(Type.String()),
  active: Type.Boolean(),
  sort: Type.Integer(),
});

export const TagBody = Type.Object(
  {
    labelZh: Type.String({ minLength: 1, maxLength: 40 }),
    labelEn: Type.String({ minLength: 1, maxLength: 60 }),
    rule: Type.Optional(Nullable(Type.String({ maxLength: 20 }))),
    active: Type.Boolean(),
    sort: Type.Integer({ minimum: 0, maximum: 10_000 }),
  },
  { additionalProperties: false },
);
export type TagBody = Static<typeof TagBody>;
