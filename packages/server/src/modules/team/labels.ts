/** Chinese labels of team-operation codes, for exports and printed pages (the web has its own i18n). */
export const MEETING_TYPE_ZH: Record<string, string> = {
  'monthly-work': '月度工作例会',
  'team-16th': '网格团队例会（16日）',
  'weekly-team': '网格团队周例会',
  'problem-analysis': '问题分析会',
  'combined-monthly': '月度例会（合并）',
  urgent: '紧急会议',
  'public-consultation': '民情恳谈会',
  'expert-qa': '专家答疑会',
};
export const MEETING_STATUS_ZH: Record<string, string> = { scheduled: '待召开', held: '已召开', cancelled: '已取消' };
export const REWARD_KIND_ZH: Record<string, string> = {
  commendation: '表彰',
  'material-reward': '物质奖励',
  warning: '警告',
  demerit: '记过',
  dismissal: '辞退',
  'benefit-withdrawal': '建议取消待遇',
};
export const GROUND_ZH: Record<string, string> = {
  dedication: '爱岗敬业',
  integrity: '廉洁奉公',
  'special-task': '完成专项任务',
  'public-property': '保护公共财产',
  'other-merit': '其他功绩',
  'breach-of-policy-or-law': '违反政策法规',
  'neglect-of-duty': '失职渎职',
  falsification: '弄虚作假',
  'sowing-discord': '挑拨离间',
  'other-breach': '其他违纪',
};
export const REWARD_STATUS_ZH: Record<string, string> = { proposed: '待批准', approved: '已批准', refused: '未批准' };
export const ITEM_ZH: Record<string, string> = {
  'visit-compliance': '走访达标率',
  'case-timeliness': '按时办结率',
  satisfaction: '群众满意率',
  'diary-compliance': '民情日记达标率',
  'excellent-diary': '优秀民情日记',
  attendance: '例会及培训出勤率',
  verification: '核查无差错率',
  'rewards-penalties': '奖惩',
  supervision: '月度督查评分',
};
