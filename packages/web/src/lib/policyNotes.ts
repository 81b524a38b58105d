/**
 * The presets' notes are written in English in core (the rule digest's language); a Chinese page
 * shows them in Chinese. A note an admin wrote differently is shown as written.
 */
const ZH: Record<string, string> = {
  'The seed gives no number: starts with 10 working days and may be extended, with a prompt explanation.':
    '范本未给出天数：按 10 个工作日起算，可延期，但须及时说明情况。',
  'The workstation aggregates; the community party general branch secretary reports upward.': '由工作站汇总，社区党总支书记向上报告。',
  'Product decision: the light turns yellow at this share of the time limit.': '产品约定：办理用时达到时限的这一比例时亮黄灯。',
  'The extension must be explained to the resident; the seed sets no maximum length.': '延期须向群众说明原因；范本未规定最长延期天数。',
  'At month end the community party general branch selects excellent entries.': '每月底由社区党总支评选优秀日记。',
  'May be held alone or together with the sentiment analysis meeting.': '可单独召开，也可与民情分析会合并召开。',
  'Product default: the seed sets no day; late in the month, to sum it up.': '产品默认：范本未规定日期，安排在月末以便总结。',
  'Product default: 2 points per entry selected excellent, in the annual score.': '产品默认：每篇评为优秀的日记在年度考核中加 2 分。',
  'Points as recorded.': '按记录的分值计。',
  "Product default: the supervisor's monthly rating (of 100) counts for the community.":
    '产品默认：督查员每月评分（满分 100）计入社区考核。',
  'Product default: at most 30 reveals of sealed personal data per account in any 60 minutes.':
    '产品默认：每个账号任意 60 分钟内最多查看 30 次加密的个人信息。',
  'Product default: the public Open311 feed shows only the requests filed through it; list category codes to publish more.':
    '产品默认：公开的 Open311 接口只列出经它提交的诉求；如需公开更多，请列出类别代码。',
  'Resolved within 30 days, or referred to the town party committee and government within them.':
    '30 日内办结，或在此期限内提交镇党委、政府研究解决。',
  'C5.2 makes no class extendable.': 'C5.2 未规定可延期的类别。',
  'Every household of the grid, on days 1-15 of the first month of each quarter.': '每季度第一个月的 1-15 日走访网格内全部住户。',
  'At least 2 hours on each working day of days 1-15 of every month.': '每月 1-15 日的每个工作日至少走访 2 小时。',
  'Due before the 16th (end of the 15th) of the first month of each quarter.': '每季度第一个月 16 日前（15 日结束时）提交。',
  'The grid (chief) responsible person supervises the team diaries; one entry a week as in A5.2.':
    '网格（总）负责人督促团队写民情日记；按 A5.2 每周一篇。',
  'In principle on the 16th; the grid responsible person may call an urgent meeting.':
    '原则上每月 16 日召开；网格负责人可临时召集紧急会议。',
  'Each grid level, at least once a month.': '各级网格每月至少一次。',
  'Product default: the seed sets no weekday; Monday reviews the week before.': '产品默认：范本未规定星期几，每周一回顾上周。',
  'Product default: held with the 16th team meeting.': '产品默认：与每月 16 日的团队例会合并召开。',
  'By the community governance office; the result counts in the community assessment.': '由社区治理办组织，结果计入社区考核。',
  'Product default: the seed asks for prompt feedback (及时反馈) without a number.': '产品默认：范本只要求及时反馈，未给出天数。',
  'No class is extendable by default.': '默认没有可延期的类别。',
  'Product default: the seed says "often" in the first month without a number.': '产品默认：范本只说首月“经常”走访，未给出次数。',
  'Daily (morning) meeting.': '每日（早）例会。',
  'Reviewed by the end of the next working day after the log day.': '日志须在次一个工作日结束前审阅。',
  'Makes a person eligible; a selection step decides.': '达到即具备资格，经评选后确定。',
  'Editable: the source list ends in 等.': '可编辑：范本的来源列表以“等”结尾。',
};

/** A preset's note in the page's language (English stays as written). */
export function noteText(lang: string, note: string): string {
  return lang === 'en' ? note : (ZH[note] ?? note);
}

/** Every note the dictionary knows (tests check each preset note has one). */
export const KNOWN_NOTES = Object.keys(ZH);
