/** 简体中文: 公开答复 (Open311 公开接口的 status_notes，须经审核). */
const publicNote = {
  publicNote: {
    title: '公开答复',
    notPublished: '本诉求未在开放接口（Open311）公开：政策只公开经 Open311 提交的诉求和标明公开的类别。',
    published: '本诉求在开放接口（Open311）公开，不含反映人信息；办理情况只公开下面经审核的答复。',
    none: '尚无公开答复：办理记录不会自动公开。',
    approvedBy: '{{name}} 于 {{at}} 审核发布（第 {{version}} 版）',
    textLabel: '公开答复内容',
    hint: '建议文字取自最近的答复或反馈，发布前请删去居民姓名、电话、住址和个人情况。',
    placeholder: '填写可以公开的办理结果',
    submit: '审核并发布',
    saved: '已发布公开答复',
  },
  errors: { CASE_NOT_PUBLISHED: '本诉求不在公开范围内，不能发布公开答复' },
  audit: { actions: { 'case_public-note': '发布公开答复' } },
  policyKeys: {
    publication: '公开范围',
    open311: '开放接口（Open311）',
    filedRequests: '经 Open311 提交的诉求公开',
    categories: '公开的案件类别',
  },
};

export default publicNote;
