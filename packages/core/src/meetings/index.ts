/** Meetings (A4, C2.4, C4, C5.1, C6, D7): schedules from the policy. */
export { COMBINED_MEETING, meetingSchedule, type ScheduledMeeting } from './schedule';
