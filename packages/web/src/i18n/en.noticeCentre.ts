/** English: the notification centre (every notice, read and unread) and its menu entry. Typed against the Chinese file. */
import type zhNoticeCentre from './zh-CN.noticeCentre';

const noticeCentre: typeof zhNoticeCentre = {
  nav: { notifications: 'Notices' },
  noticeCentre: {
    title: 'Notices',
    unread: '{{count}} unread',
    allRead: 'No unread notices',
    readAll: 'Mark all read',
    readAllDone: '{{count}} marked read',
    viewAll: 'View all',
    filterAll: 'All',
    filterUnread: 'Unread',
    empty: 'No notices yet',
    emptyUnread: 'No unread notices',
    more: 'Load more',
    end: 'No more notices',
    unreadMark: 'Unread',
  },
};

export default noticeCentre;
