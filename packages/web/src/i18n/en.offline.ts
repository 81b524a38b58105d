/** English: offline and the outbox, the device's copies, the app update; the phone's tab bar and to-dos. */
import type zhOffline from './zh-CN.offline';

const offline: typeof zhOffline = {
  due: { queued: 'Visited · to send' },
  nav: { outbox: 'Outbox', todo: 'To-do' },
  tabs: { label: 'Shortcuts', todo: 'To-do', visits: 'Visits', report: 'Report', messages: 'Messages', me: 'Me' },
  todo: {
    title: 'To-do',
    visitsToday: 'Households to visit today',
    casesWaiting: 'Cases waiting for me',
    feedbackDue: 'Residents to ask for feedback',
    diariesToWrite: 'Diary entries still due this week',
    outbox: 'Records waiting to be sent',
    report: 'Report a problem',
    writeDiary: 'Write a field diary entry',
  },
  offline: {
    offlineTag: 'Offline',
    fromDevice: 'Offline: showing data saved on this device at {{time}}',
    waiting: '{{count}} to send',
    failed: '{{count}} failed',
    queued: {
      visit: 'No connection: the visit is saved on this device and is sent when the connection returns',
      case: 'No connection: the report is saved on this device and is sent when the connection returns',
      diary: 'No connection: the entry is saved on this device and is sent when the connection returns',
    },
    photosQueued: 'Saved; the photos go up when the connection returns',
    photosRefused: 'Saved, but {{count}} photo(s) were not accepted (type or size)',
    replayed: '{{count}} record(s) saved offline were sent',
    lostResponse:
      'Poor signal: the save could not be confirmed. The record is kept on this device and is sent by itself when ' +
      'the connection returns (never twice); you can also retry now.',
    signedOut: 'Your session has ended. The record is kept on this device and is sent after you sign in again.',
    kinds: { visit: 'Visit', case: 'Problem report', diary: 'Field diary' },
    page: {
      title: 'Outbox',
      intro: 'Records saved without a connection stay on this device and are sent by themselves, each exactly once.',
      empty: 'Nothing waits to be sent',
      sendNow: 'Send now',
      sending: 'Sending…',
      stateWaiting: 'Waiting',
      stateFailed: 'Failed',
      savedAt: 'Saved {{time}}',
      attempts: '{{count}} attempt(s)',
      photos: '{{count}} photo(s)',
      recordSaved: 'The record is on the server; its photos wait',
      remove: 'Delete',
      removeConfirm: 'A deleted record is never sent and cannot be recovered. Delete it?',
      retry: 'Send again',
      sendAsNew: 'Send as a new record',
      keyReused: 'The server already has this record with other content. Check first; send it as a new record only if it is missing.',
      view: 'Show content',
      otherUser: '{{count}} record(s) of another account wait on this device; they are sent when that account signs in.',
      offlineNow: 'No connection now; records are sent when it returns.',
    },
    signOut: {
      title: '{{count}} record(s) have not been sent',
      content: 'Signing out deletes the data kept on this device, and these records could no longer be sent. Send them first if you can.',
      ok: 'Sign out anyway',
      cancel: 'Stay signed in',
    },
    update: {
      ready: 'A new version of Gridwork is ready',
      reload: 'Reload',
    },
  },
};

export default offline;
