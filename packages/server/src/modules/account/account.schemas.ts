import { Type, type Static } from '@sinclair/typebox';
import { NewPassword } from '../auth/auth.schemas';
import { MAX_PASSWORD_LENGTH } from '../auth/password';

/**
 * 我的账户: one's own name and masked mobile (version for optimistic concurrency, as the users module)
 * and whether the password is still the demo one.
 */
export const Profile = Type.Object({
  id: Type.Integer(),
  username: Type.String(),
  displayName: Type.String(),
  version: Type.Integer(),
  passwordIsDemo: Type.Boolean(),
  mobileMasked: Type.Union([Type.String(), Type.Null()], {
    description: "one's own mobile for SMS notices, only masked (138****5678); null: none on file",
  }),
});
export type Profile = Static<typeof Profile>;

export const UpdateProfileBody = Type.Object(
  {
    expectedVersion: Type.Integer({ minimum: 1 }),
    displayName: Type.String({ minLength: 1, maxLength: 60, description: 'trimmed; not blank' }),
    mobile: Type.Optional(
      Type.Union([Type.String({ maxLength: 20 }), Type.Null()], {
        description: 'mainland China mobile (11 digits, 1[3-9]…); empty or null clears it; absent: unchanged',
      }),
    ),
  },
  { additionalProperties: false },
);
export type UpdateProfileBody = Static<typeof UpdateProfileBody>;

export const ChangePasswordBody = Type.Object(
  {
    currentPassword: Type.String({ minLength: 1, maxLength: MAX_PASSWORD_LENGTH }),
    newPassword: NewPassword,
  },
  { additionalProperties: false },
);
export type ChangePasswordBody = Static<typeof ChangePasswordBody>;

/** Session ids are bigint identities: any safe integer. */
export const SessionIdParams = Type.Object({ id: Type.Integer({ minimum: 1, maximum: Number.MAX_SAFE_INTEGER }) });

export const SessionRecord = Type.Object({
  id: Type.Integer({ description: 'the public handle of the session (never its token)' }),
  createdAt: Type.String(),
  lastSeenAt: Type.String({ description: 'moved at most once per 5 minutes of use' }),
  expiresAt: Type.String(),
  device: Type.Union([Type.String(), Type.Null()], { description: 'browser and system from the User-Agent at sign-in; null: unknown' }),
  current: Type.Boolean({ description: 'the session of this request' }),
});
export type SessionRecord = Static<typeof SessionRecord>;

export const EndedSessions = Type.Object({ ended: Type.Integer({ description: 'how many other sessions were ended' }) });
