import { ROLES } from '@gridwork/core';
import { Type, type Static } from '@sinclair/typebox';
import { NewPassword } from '../auth/auth.schemas';

const Id = Type.Integer({ minimum: 1, maximum: 2_147_483_647 });
/** Account names: 2-40 of lowercase letters, digits, . _ - (the CLI checks the same). */
export const USERNAME_PATTERN = '^[a-z0-9][a-z0-9._-]{1,39}$';
const Username = Type.String({ pattern: USERNAME_PATTERN, description: 'lowercase letters, digits, . _ -' });
const Password = NewPassword;

const RoleCode = Type.Union(ROLES.map((r) => Type.Literal(r)));

export const UserRecord = Type.Object({
  id: Type.Integer(),
  username: Type.String(),
  displayName: Type.String(),
  active: Type.Boolean(),
  version: Type.Integer(),
  roles: Type.Array(
    Type.Object({
      id: Type.Integer(),
      role: RoleCode,
      regionId: Type.Integer(),
      regionName: Type.String(),
      removable: Type.Boolean({ description: 'the caller may take this role back' }),
    }),
  ),
  abilities: Type.Object({
    update: Type.Boolean(),
    assignRoles: Type.Boolean(),
    grantableRoles: Type.Array(RoleCode, { description: 'roles the caller may give this user (empty for oneself)' }),
  }),
});
export type UserRecord = Static<typeof UserRecord>;

export const CreateUserBody = Type.Object(
  { username: Username, displayName: Type.String({ minLength: 1, maxLength: 60 }), password: Password },
  { additionalProperties: false },
);
export type CreateUserBody = Static<typeof CreateUserBody>;

export const UpdateUserBody = Type.Object(
  {
    expectedVersion: Type.Integer({ minimum: 1 }),
    displayName: Type.Optional(Type.String({ minLength: 1, maxLength: 60 })),
    active: Type.Optional(Type.Boolean()),
    password: Type.Optional(Password),
  },
  { additionalProperties: false },
);
export type UpdateUserBody = Static<typeof UpdateUserBody>;

export const AssignRoleBody = Type.Object(
  { role: Type.Union(ROLES.map((r) => Type.Literal(r))), regionId: Id },
  { additionalProperties: false },
);
export type AssignRoleBody = Static<typeof AssignRoleBody>;

export const UserIdParams = Type.Object({ id: Id });
export const RoleParams = Type.Object({ id: Id, roleId: Id });
