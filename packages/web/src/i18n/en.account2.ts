/** English: My account — profile (name), change of password, signed-in devices, and their audit names. */
import type zhAccount2 from './zh-CN.account2';

const account2: typeof zhAccount2 = {
  account2: {
    profile: {
      title: 'Profile',
      displayName: 'Name',
      displayNameHint: 'The name others see on cases, visits and lists',
      save: 'Save name',
      saved: 'Name updated',
      blank: 'Enter a name',
      tooLong: 'At most {{max}} characters',
      stale: 'Your profile was changed elsewhere; the latest is loaded, check it and save again',
    },
    mobile: {
      label: 'Mobile number (for SMS reminders)',
      hint: 'Used only to send you SMS reminders; stored encrypted and shown only partly',
      none: 'Not set',
      placeholder: 'Enter a new 11-digit mobile number',
      save: 'Save number',
      clear: 'Clear',
      saved: 'Mobile number saved',
      cleared: 'Mobile number cleared',
      required: 'Enter a mobile number',
      invalid: 'Enter an 11-digit mainland China mobile number (1, then 3–9)',
    },
    password: {
      title: 'Change password',
      current: 'Current password',
      next: 'New password',
      repeat: 'Repeat the new password',
      hint: 'At least {{min}} characters; not the demo password',
      save: 'Change password',
      saved: 'Password changed; every other device was signed out',
      required: 'Required',
      tooShort: 'At least {{min}} characters',
      tooLong: 'At most {{max}} characters',
      mismatch: 'The two new passwords differ',
      wrong: 'The current password is wrong',
      demo: 'The demo password (or one like it) may not be used',
      demoInUse: 'You still use the demo password; change it soon.',
    },
    sessions: {
      title: 'Signed-in devices',
      intro: 'Devices where your account is signed in. If you do not recognise one, sign it out and change your password.',
      unknownDevice: 'Unknown device',
      current: 'This device',
      signedIn: 'Signed in {{time}}',
      lastSeen: 'Last used {{time}}',
      end: 'Sign out this device',
      endConfirm: 'Sign this device out?',
      ended: 'Device signed out',
      endOthers: 'Sign out all other devices',
      endOthersConfirm: 'Every device but this one will be signed out at once. Continue?',
      endedOthers: '{{count}} other devices signed out',
      none: 'No other device is signed in',
    },
  },
  audit: {
    actions: {
      'user_profile-update': 'Changed own name',
      'user_password-change': 'Changed own password',
      session_end: 'Signed out a device',
      'session_end-others': 'Signed out all other devices',
    },
    entities: { session: 'Session' },
  },
  errors: { WRONG_PASSWORD: 'The current password is wrong' },
};

export default account2;
