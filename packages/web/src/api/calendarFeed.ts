/** The signed-in user's private calendar feed (iCal of their meetings, training and visit rounds): status, new address, revoke. */
import { api } from './client';
import type { Reply } from './openapi';

export type FeedStatus = Reply<'/api/v1/me/calendar-feed', 'get'>;
export type NewFeed = Reply<'/api/v1/me/calendar-feed', 'post'>;

export const calendarFeedApi = {
  status: (signal?: AbortSignal) => api.get<FeedStatus>('/me/calendar-feed', { signal }),
  /** A new secret address; the old one stops working. The address is shown once. */
  create: () => api.post<NewFeed>('/me/calendar-feed'),
  revoke: () => api.delete<void>('/me/calendar-feed'),
};
