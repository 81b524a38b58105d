/** Phrase banks of the demo team records (diaries, meetings, training): plausible, never real people. */
export const DIARY_ENTRIES: ReadonlyArray<{
  place: string;
  people: string;
  content: string;
  cause: string;
  solution: string;
  outcome: string;
  reflection: string;
}> = [
  {
    place: '3号楼2单元',
    people: '独居老人王大爷',
    content: '入户走访独居老人，了解冬季取暖和用药情况。',
    cause: '暖气片不热，老人担心夜间受凉。',
    solution: '联系物业上门排气，登记老人常用药，约定每周电话问候。',
    outcome: '物业当天处理，室温恢复正常。',
    reflection: '独居老人冬季要提前排查取暖，不能等报修。',
  },
  {
    place: '小区东门',
    people: '两户居民、物业经理',
    content: '调解停车位纠纷，双方因占用消防通道停车发生争执。',
    cause: '小区车位不足，夜间乱停现象多。',
    solution: '现场讲解消防通道规定，协调物业划定临时停车区。',
    outcome: '双方达成一致，车辆已挪离通道。',
    reflection: '纠纷要当场化解，同时推动物业长效管理。',
  },
  {
    place: '社区活动室',
    people: '低保户家属',
    content: '协助低保户办理年度复核材料，讲解新政策。',
    cause: '家属对复核所需材料不清楚。',
    solution: '逐项核对材料清单，帮助预约街道窗口。',
    outcome: '材料齐全，已按时提交。',
    reflection: '政策变化时要主动上门讲解，减少群众跑腿。',
  },
  {
    place: '5号楼楼道',
    people: '楼长、保洁员',
    content: '巡查楼道堆物，发现电动车在楼道充电。',
    cause: '住户图方便，楼下充电桩不足。',
    solution: '劝导住户将车辆移出，上报社区协调增设充电桩。',
    outcome: '隐患当日消除，充电桩增设已列入计划。',
    reflection: '安全隐患要盯住不放，直到整改到位。',
  },
  {
    place: '网格工作站',
    people: '网格员、志愿者',
    content: '整理本周走访台账，核对重点人员信息变动。',
    cause: '两户居民搬迁，一户新迁入。',
    solution: '更新户籍花名册，标注新迁入户待走访。',
    outcome: '台账已更新，新迁入户约定下周走访。',
    reflection: '信息要天天更新，才能做到底数清、情况明。',
  },
  {
    place: '7号楼',
    people: '空巢老人李奶奶',
    content: '为空巢老人代办燃气缴费，检查燃气灶具安全。',
    cause: '老人不会使用手机缴费。',
    solution: '现场代办缴费，教会子女远程缴费。',
    outcome: '燃气正常，灶具无隐患。',
    reflection: '帮老人解决小事，也是在建立信任。',
  },
];

export const REVIEW_COMMENTS = [
  '记录详实，处理及时，值得推广。',
  '请补充后续回访情况。',
  '反思到位，建议在例会上交流。',
  '问题已掌握，注意跟踪整改结果。',
];

export const MEETING_MINUTES = [
  '一、通报本月走访完成情况，独居老人走访全部到位。\n二、研究解决楼道堆物和电动车充电问题。\n三、部署下月重点：冬季安全排查。',
  '一、分析本月群众反映的热点问题：停车难、取暖。\n二、明确各网格责任人和完成时限。\n三、下月开展政策宣传一次。',
  '一、总结上月任务完成情况，两项已办结。\n二、研究超期未办结问题原因。\n三、安排本月培训和核查。',
];

export const MEETING_TASKS = ['排查辖区独居老人取暖情况', '协调物业清理楼道堆物', '开展消防安全宣传一次', '跟进电动车充电桩增设'];

export const TRAINING_TOPICS = [
  '《信访工作条例》解读',
  '民法典与邻里纠纷调解',
  '网格员文明礼仪规范',
  '个人信息保护法要点',
  '应急处置与安全隐患排查',
];
