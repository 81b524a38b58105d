/** 简体中文: 坐席快办（案件检索、派单候选、按地址定网格、列表导出）. */
const desk = {
  desk: {
    address: {
      label: '地址',
      placeholder: '输入来电人所说的地址，按地址匹配网格',
      located: '已按地址定位到：{{name}}',
      kind: { household: '住户', compound: '小区', building: '楼栋', grid: '网格' },
    },
    pin: {
      button: '地图选点',
      title: '在地图上点选事发位置',
      hint: '点击网格内的事发位置，系统按该点确定所在网格。',
    },
    assign: {
      unitPlaceholder: '输入或选择承办单位',
      unitSource: { category: '类别默认承办单位', region: '案件所在区域', used: '近期用过的承办单位' },
      gridTeam: '本网格人员',
      others: '辖区内其他人员',
    },
    search: {
      keyword: '搜索标题、描述、地址或案件编号',
      keywordLabel: '关键词',
      category: '类别',
      anyCategory: '全部类别',
      region: '区域（含下级）',
      from: '受理日期起',
      to: '受理日期止',
      clear: '清除条件',
      total: '共 {{n}} 件',
    },
  },
};

export default desk;
