/** English: case timeline details not labelled elsewhere, and tier names. Typed against the Chinese file. */
import type zhTimeline from './zh-CN.timeline';

const timeline: typeof zhTimeline = {
  detailKeys: { referral: 'Referred upward', respondedBy: 'Responded by' },
  caseTierCodes: {
    'grid-worker': 'grid worker',
    'grid-leader': 'grid leader',
    community: 'community',
    'street-office': 'street office',
    'district-department': 'district or city department',
    'higher-department': 'higher department',
    'town-leadership': 'town leadership',
    'grid-manager': 'grid manager',
    'sales-rep': 'sales rep or installer',
    company: 'company',
  },
};

export default timeline;
