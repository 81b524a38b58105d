/** 简体中文: 我的账户 — 个人资料（姓名）、修改密码、登录设备，以及这些操作的审计名称。 */
const account2 = {
  account2: {
    profile: {
      title: '个人资料',
      displayName: '姓名',
      displayNameHint: '其他人在案件、走访和名单中看到的名字',
      save: '保存姓名',
      saved: '姓名已更新',
      blank: '请填写姓名',
      tooLong: '姓名不能超过 {{max}} 个字',
      stale: '资料已在别处修改，已载入最新内容，请确认后再保存',
    },
    password: {
      title: '修改密码',
      current: '当前密码',
      next: '新密码',
      repeat: '再次输入新密码',
      hint: '至少 {{min}} 个字符；不能使用演示密码',
      save: '修改密码',
      saved: '密码已修改，其他设备上的登录已全部退出',
      required: '请填写',
      tooShort: '新密码至少 {{min}} 个字符',
      tooLong: '密码不能超过 {{max}} 个字符',
      mismatch: '两次输入的新密码不一致',
      wrong: '当前密码不正确',
      demo: '不能使用演示密码（或与它相似的密码）',
      demoInUse: '您还在使用演示密码，请尽快修改。',
    },
    sessions: {
      title: '登录设备',
      intro: '以下是您的账号正在登录的设备。发现不认识的设备，请立即退出它并修改密码。',
      unknownDevice: '未知设备',
      current: '本机',
      signedIn: '登录于 {{time}}',
      lastSeen: '最近使用 {{time}}',
      end: '退出此设备',
      endConfirm: '让这台设备退出登录？',
      ended: '已退出该设备',
      endOthers: '退出其他所有设备',
      endOthersConfirm: '除本机外，所有设备都将立即退出登录，确定吗？',
      endedOthers: '已退出 {{count}} 台其他设备',
      none: '没有其他设备登录',
    },
  },
  audit: {
    actions: {
      'user_profile-update': '修改本人姓名',
      'user_password-change': '修改本人密码',
      session_end: '退出登录设备',
      'session_end-others': '退出其他所有设备',
    },
    entities: { session: '登录会话' },
  },
  errors: { WRONG_PASSWORD: '当前密码不正确' },
};

export default account2;
