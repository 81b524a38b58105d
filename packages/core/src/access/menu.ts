/**
 * The signed-in user's menu abilities, derived from the registry (issue "One access model"): the web
 * shows a page when the user may take its action somewhere in their scope, and never reads a role.
 */
import { REGION_TYPES } from '../regions/types';
import type { Capability } from './capabilities';
import { grantableRoles } from './grants';
import { can, type Action, type Actor } from './policy';
import { roleHas, type Role } from './roles';

/** An actor whose assignments also say the type of the bound region (the menu depends on the level). */
export interface MenuActor extends Actor {
  roles: ReadonlyArray<{ role: Role; regionId: number; path: readonly number[]; regionType: string }>;
}

/** Region levels above the grid: a binding there covers several grids (compounds and buildings lie inside one). */
const ABOVE_GRID: readonly string[] = REGION_TYPES.slice(0, REGION_TYPES.indexOf('grid'));

type Binding = MenuActor['roles'][number];

/** "somewhere in my scope": at a bound node, or (for actions allowed only below it) a child of it. */
function somewhereOf(u: MenuActor) {
  return (action: Action, where: (r: Binding) => boolean = () => true) =>
    u.roles.some((r) => where(r) && (can(u, action, { path: r.path }) || can(u, action, { path: [...r.path, 0] })));
}

const holdsOf = (u: MenuActor) => (c: Capability) => u.roles.some((r) => roleHas(r.role, c));

export function menuAbilitiesOf(u: MenuActor) {
  const somewhere = somewhereOf(u);
  const holds = holdsOf(u);
  const aboveGrid = (r: Binding) => ABOVE_GRID.includes(r.regionType);
  return {
    manageRegions: somewhere('region.create-child'),
    manageUsers: can(u, 'user.manage', null) || grantableRoles(u).length > 0,
    // 成员档案 of others (issue "Team operations" item 4): reads the people of an area; everyone reads their own
    memberProfiles: somewhere('user.read'),
    editPolicy: somewhere('policy.edit'),
    editCalendar: can(u, 'calendar.edit', null),
    viewAudit: can(u, 'audit.read', null),
    viewDeliveries: can(u, 'notification.read-deliveries', null),
    fileCases: somewhere('case.intake'),
    backEnterCases: somewhere('case.back-enter'),
    hotlineRegister: somewhere('case.annotate-hotline-note'),
    verification: somewhere('verification.read'),
    households: somewhere('household.read'),
    householdEdit: somewhere('household.edit'),
    // compliance compares grids, workers and classes: household readers bound above the grid level,
    // and a grid's leader for their grid's team (A11.1)
    visitCompliance: somewhere('household.read', (r) => aboveGrid(r) || roleHas(r.role, 'grid.lead')),
    // bound to a grid, they register and visit its households
    dueVisits: somewhere('household.edit', (r) => r.regionType === 'grid'),
    // C5.1: every grid level holds the monthly analysis meeting (the grid leader for a grid)
    monthlyAnalysis: u.roles.some((r) => aboveGrid(r) || roleHas(r.role, 'grid.lead')),
    manageOpen311: somewhere('open311.manage'),
    intakeSource: holds('intake.field') ? ('field' as const) : holds('intake.hotline') ? ('hotline' as const) : ('walk-in' as const),
    confidentialIntake: holds('intake.hotline'),
    ...teamMenuAbilitiesOf(u),
  };
}

/** The team pages (A4-A6, A10, C4-C6; issue "Team operations"): 民情日记, 会议, 培训, 奖惩, 考核. */
export function teamMenuAbilitiesOf(u: MenuActor) {
  const somewhere = somewhereOf(u);
  // A5.2 D9: a role that keeps a diary makes its holder a team member (self-study, their own records)
  const member = holdsOf(u)('diary.write');
  return {
    diaries: member || somewhere('diary.read') || somewhere('diary.back-enter'),
    diaryReview: somewhere('diary.read'),
    diaryBackEnter: somewhere('diary.back-enter'),
    teamMember: member,
    meetings: somewhere('meeting.read'),
    conveneMeetings: somewhere('meeting.convene'),
    trainings: somewhere('training.read'),
    runTraining: somewhere('training.run'),
    // a member reads their own rewards and penalties (A10), readers of scores those of their area
    rewards: member || somewhere('assessment.read'),
    proposeRewards: somewhere('assessment.score'),
    assessment: somewhere('assessment.read'),
    supervisionReports: somewhere('supervision-report.write'),
  };
}
