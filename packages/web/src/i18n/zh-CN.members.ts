/** 简体中文: 成员档案 (one team member: roles, the year's diary weeks, attendance, rewards and penalties). Merged deeply. */
const members = {
  members: {
    title: '成员档案',
    mine: '我的档案',
    link: '档案',
    linkOf: '{{name}}的档案',
    back: '返回',
    inactive: '已停用',
    roles: '角色与区域',
    noRoles: '未分配角色',
    notTeamMember: '不属于网格团队，没有民情日记和例会出勤要求',
    asOf: '{{year}} 年 · 统计截至 {{date}}',
    thisWeek: '本周民情日记',
    noDiaryDuty: '无要求',
    diaryWeeks: '全年民情日记达标',
    weeks: '{{met}}/{{weeks}} 周',
    meetings: '例会出勤',
    trainings: '培训出勤',
    attended: '{{done}}/{{of}} 次',
    tally: { present: '出席 {{count}}', late: '迟到 {{count}}', absent: '缺席 {{count}}', onLeave: '请假 {{count}}' },
    points: '奖惩合计',
    pointsHint: '只计已批准的记录',
    rewards: '奖惩记录（{{count}}）',
    noRewards: '本年度没有奖惩记录',
  },
};

export default members;
