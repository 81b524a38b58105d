/** 简体中文: 案件批注. */
const annotations = {
  annotations: {
    title: '批注',
    empty: '暂无批注',
    kindLabel: '类型',
    textLabel: '内容',
    textPlaceholder: '填写批注内容',
    submit: '提交',
    added: '已添加批注',
    kind: { 'hotline-note': '热线备注', 'supervision-note': '督办意见', reminder: '催办', 'hot-flag': '热点标记' },
  },
};

export default annotations;
