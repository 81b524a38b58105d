/** 简体中文: case timeline details not labelled elsewhere, and tier names for tiers no longer in the policy. Merged deeply. */
const timeline = {
  detailKeys: { referral: '已转报上级', respondedBy: '答复人' },
  /** The presets' tier codes (core policy presets), for a tier the policy in force no longer has. */
  caseTierCodes: {
    'grid-worker': '网格人员',
    'grid-leader': '网格长',
    community: '社区',
    'street-office': '街道党工委、办事处',
    'district-department': '区、市属职能部门',
    'higher-department': '上级部门',
    'town-leadership': '镇领导',
    'grid-manager': '网格经理',
    'sales-rep': '营销员、安装运维人员',
    company: '公司',
  },
};

export default timeline;
