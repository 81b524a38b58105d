/** English: the outbound delivery records (a tab of the audit log). Typed against the Chinese file. */
import type zhDeliveries from './zh-CN.deliveries';

const deliveries: typeof zhDeliveries = {
  deliveries: {
    tabAudit: 'Changes',
    tab: 'Outbound',
    hint: 'Notices sent by SMS and to the WeCom and DingTalk group robots. A failed send is retried after a growing wait, then fails.',
    allStatuses: 'All statuses',
    allChannels: 'All channels',
    noticeKind: 'Notice',
    channel: 'Channel',
    target: 'To',
    group: 'Group robot',
    status: 'Status',
    attempts: 'Attempts',
    lastError: 'Last error',
    nextAttempt: 'Next retry',
    updatedAt: 'Updated',
    empty: 'No outbound records (without a configured channel, notices are only logged)',
    loadMore: 'Load more',
    channels: { sms: 'SMS', wecom: 'WeCom', dingtalk: 'DingTalk' },
    statuses: { queued: 'Queued', sending: 'Sending', sent: 'Sent', failed: 'Failed', skipped: 'Skipped' },
  },
};

export default deliveries;
