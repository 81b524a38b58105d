/** 简体中文: 外发记录 (the outbound channels' delivery records: SMS, 企业微信 and 钉钉 robots), a tab of 审计日志. Merged deeply. */
const deliveries = {
  deliveries: {
    tabAudit: '操作记录',
    tab: '外发记录',
    hint: '通知经短信、企业微信群机器人、钉钉群机器人外发的记录。失败的发送按间隔自动重试，超过次数后记为失败。',
    allStatuses: '全部状态',
    allChannels: '全部渠道',
    noticeKind: '通知',
    channel: '渠道',
    target: '发送对象',
    group: '群机器人',
    status: '状态',
    attempts: '次数',
    lastError: '最近错误',
    nextAttempt: '下次重试',
    updatedAt: '更新时间',
    empty: '暂无外发记录（未配置外发渠道时，通知只记入日志）',
    loadMore: '加载更多',
    channels: { sms: '短信', wecom: '企业微信', dingtalk: '钉钉' },
    statuses: { queued: '待发送', sending: '发送中', sent: '已发送', failed: '失败', skipped: '已跳过' },
  },
};

export default deliveries;
