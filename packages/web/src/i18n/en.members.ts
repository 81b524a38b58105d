/** English: member profile (roles, the year's diary weeks, attendance, rewards and penalties). Typed against the Chinese file. */
import type zhMembers from './zh-CN.members';

const members: typeof zhMembers = {
  members: {
    title: 'Member profile',
    mine: 'My profile',
    link: 'Profile',
    linkOf: "{{name}}'s profile",
    back: 'Back',
    inactive: 'Deactivated',
    roles: 'Roles and areas',
    noRoles: 'No role assigned',
    notTeamMember: 'Not on a grid team: no field diary or meeting attendance is asked',
    asOf: '{{year}} · as of {{date}}',
    thisWeek: "This week's diary",
    noDiaryDuty: 'None asked',
    diaryWeeks: 'Diary weeks met this year',
    weeks: '{{met}}/{{weeks}} weeks',
    meetings: 'Meeting attendance',
    trainings: 'Training attendance',
    attended: '{{done}}/{{of}}',
    tally: { present: 'present {{count}}', late: 'late {{count}}', absent: 'absent {{count}}', onLeave: 'on leave {{count}}' },
    points: 'Rewards and penalties',
    pointsHint: 'approved records only',
    rewards: 'Rewards and penalties ({{count}})',
    noRewards: 'No rewards or penalties this year',
  },
};

export default members;
