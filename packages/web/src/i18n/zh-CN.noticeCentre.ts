/** 简体中文: 消息 (the notification centre: every notice, read and unread) and the menu entry. Merged deeply. */
const noticeCentre = {
  nav: { notifications: '消息' },
  noticeCentre: {
    title: '消息',
    unread: '未读 {{count}} 条',
    allRead: '没有未读消息',
    readAll: '全部标为已读',
    readAllDone: '已将 {{count}} 条标为已读',
    viewAll: '查看全部',
    filterAll: '全部',
    filterUnread: '未读',
    empty: '暂无消息',
    emptyUnread: '没有未读消息',
    more: '加载更多',
    end: '没有更多了',
    unreadMark: '未读',
  },
};

export default noticeCentre;
