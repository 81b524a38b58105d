/** English: supervision board, hotline register, notice bell. Typed against the Chinese. */
import type zhSupervision from './zh-CN.supervision';

const supervision: typeof zhSupervision = {
  supervision: {
    title: 'Supervision board',
    region: 'Sub-region',
    open: 'Open',
    yellow: 'Yellow',
    red: 'Red',
    light: 'Light',
    grid: 'Grid',
    unit: 'Handling unit',
    urgent: 'Due soon and overdue cases ({{count}})',
  },
  hotline: { title: 'Hotline register', register: 'Register a call', allStatuses: 'All statuses' },
  notices: {
    title: 'Notices',
    empty: 'No unread notices',
    kind: {
      'case-warning': 'Due soon',
      'case-overdue': 'Overdue',
      'case-assigned': 'Newly assigned',
      'feedback-due': 'Resident feedback due',
      'case-reminder': 'Supervision reminder',
      'round-report-submitted': 'Round report submitted',
      'round-report-acknowledged': 'Round report acknowledged',
      'round-report-due': 'Round report due',
      'verification-task-assigned': 'Yearly check tasks',
      'meeting-announce': 'Tell residents in advance',
      'reveal-burst': 'Reveal limit reached',
    },
    detail: {
      round: '{{grid}} · round report {{month}}',
      roundDue: '{{grid}} · round report {{month}}, submit by {{due}}',
      roundOverdue: '{{grid}} · round report {{month}}, overdue',
      verification: '{{region}} · {{year}} yearly record check, {{tasks}} households',
      meetingAnnounce: '{{title}} · {{region}} · {{at}}',
      revealBurst: '{{name}} ({{username}}) revealed {{count}} sealed values within {{minutes}} minutes; further reveals are paused',
    },
  },
};

export default supervision;
