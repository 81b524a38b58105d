/**
 * The contract's demo accounts (API-CONTRACT "Sign-in and demo accounts"): username, display name,
 * role and the demo region key it is bound to. The server seeds them in demo mode; the sign-in page
 * offers them. Demo data: the only place outside core/access that names roles, as values.
 */
import type { Role } from '../access/roles';

export const DEMO_ACCOUNTS: ReadonlyArray<{ username: string; displayName: string; role: Role; regionKey: string }> = [
  { username: 'admin', displayName: '系统管理员', role: 'admin', regionKey: 'district' },
  { username: 'street1', displayName: '街道干部 王伟', role: 'street-officer', regionKey: 'xingfu' },
  { username: 'lead1', displayName: '社区网格负责人 李娜', role: 'community-lead', regionKey: 'xingfu/heping' },
  { username: 'station1', displayName: '工作站 张敏', role: 'workstation-staff', regionKey: 'xingfu/heping/w1' },
  { username: 'leader1', displayName: '网格长 刘洋', role: 'grid-leader', regionKey: 'xingfu/heping/g01' },
  { username: 'worker1', displayName: '网格员 陈静', role: 'grid-worker', regionKey: 'xingfu/heping/g01' },
  { username: 'worker2', displayName: '网格员 杨帆', role: 'grid-worker', regionKey: 'xingfu/youyi/g01' },
  { username: 'hotline1', displayName: '热线接线员 赵丽', role: 'hotline-operator', regionKey: 'xingfu' },
  { username: 'supervisor1', displayName: '督办 黄强', role: 'supervisor', regionKey: 'xingfu' },
  { username: 'dept1', displayName: '区住建局 周涛', role: 'department-handler', regionKey: 'district' },
  { username: 'town1', displayName: '镇干部 吴刚', role: 'town-officer', regionKey: 'qingshan' },
  { username: 'townworker1', displayName: '网格员 郑芳', role: 'grid-worker', regionKey: 'qingshan/qingshan/g01' },
  // API contract "Roles and accounts added": the grid office of the street (A6) and the town's first community lead (C2.2)
  { username: 'office1', displayName: '网格办 孙丽', role: 'grid-office', regionKey: 'xingfu' },
  { username: 'townlead1', displayName: '社区网格负责人 钱进', role: 'community-lead', regionKey: 'qingshan/qingshan' },
];
