/**
 * The Chinese name of each notice kind: the heading of an outbound message (SMS, 企业微信, 钉钉) and,
 * through the web's i18n (a test keeps them equal), the notification centre's tag.
 */
export const NOTICE_KIND_LABELS_ZH: Readonly<Record<string, string>> = {
  'case-warning': '临期提醒',
  'case-overdue': '超期提醒',
  'case-assigned': '新分派',
  'feedback-due': '待反馈居民',
  'case-reminder': '督办催办',
  'round-report-submitted': '走访报告已报送',
  'round-report-acknowledged': '走访报告已确认',
  'round-report-due': '走访报告待报送',
  'verification-task-assigned': '年度核查任务',
  'meeting-announce': '请提前告知居民',
  'reveal-burst': '敏感信息查看超限',
};
