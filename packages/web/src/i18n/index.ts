/** i18next set-up: Chinese first (zh-CN), English by the header switch; the choice is remembered. */
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './en';
import enHouseholds from './en.households';
import zhCN from './zh-CN';
import zhHouseholds from './zh-CN.households';
import enVerification from './en.verification';
import zhVerification from './zh-CN.verification';
import enRounds from './en.rounds';
import zhRounds from './zh-CN.rounds';
import enRoster from './en.roster';
import zhRoster from './zh-CN.roster';
import enPublicNote from './en.publicNote';
import zhPublicNote from './zh-CN.publicNote';
import enDiaries from './en.diaries';
import zhDiaries from './zh-CN.diaries';
import enMeetings from './en.meetings';
import zhMeetings from './zh-CN.meetings';
import enTrainings from './en.trainings';
import zhTrainings from './zh-CN.trainings';
import enAssessment from './en.assessment';
import zhAssessment from './zh-CN.assessment';
import enTeamReports from './en.teamReports';
import zhTeamReports from './zh-CN.teamReports';
import enFieldwork from './en.fieldwork';
import zhFieldwork from './zh-CN.fieldwork';
import enMembers from './en.members';
import zhMembers from './zh-CN.members';
import enNoticeCentre from './en.noticeCentre';
import zhNoticeCentre from './zh-CN.noticeCentre';
import enDeliveries from './en.deliveries';
import zhDeliveries from './zh-CN.deliveries';
import enOffline from './en.offline';
import zhOffline from './zh-CN.offline';
import enGeojson from './en.geojson';
import zhGeojson from './zh-CN.geojson';
import enAudit from './en.audit';
import zhAudit from './zh-CN.audit';
import enTimeline from './en.timeline';
import zhTimeline from './zh-CN.timeline';
import enPolicyProblems from './en.policyProblems';
import zhPolicyProblems from './zh-CN.policyProblems';
import enDesk from './en.desk';
import zhDesk from './zh-CN.desk';
import enAccount2 from './en.account2';
import zhAccount2 from './zh-CN.account2';

export const LANGUAGES = ['zh-CN', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
const STORAGE_KEY = 'gw.lang';

function initialLanguage(): Language {
  const saved = localStorage.getItem(STORAGE_KEY);
  return saved === 'en' || saved === 'zh-CN' ? saved : 'zh-CN';
}

void i18n.use(initReactI18next).init({
  resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } },
  lng: initialLanguage(),
  fallbackLng: 'zh-CN',
  interpolation: { escapeValue: false },
  returnNull: false,
});
// Namespace files merged deeply into the one translation namespace (they add to nav, errors, audit).
i18n.addResourceBundle('zh-CN', 'translation', zhHouseholds, true, false);
i18n.addResourceBundle('en', 'translation', enHouseholds, true, false);
i18n.addResourceBundle('zh-CN', 'translation', zhVerification, true, false);
i18n.addResourceBundle('en', 'translation', enVerification, true, false);
i18n.addResourceBundle('zh-CN', 'translation', zhRounds, true, false);
i18n.addResourceBundle('en', 'translation', enRounds, true, false);
i18n.addResourceBundle('zh-CN', 'translation', zhRoster, true, false);
i18n.addResourceBundle('en', 'translation', enRoster, true, false);
i18n.addResourceBundle('zh-CN', 'translation', zhPublicNote, true, false);
i18n.addResourceBundle('en', 'translation', enPublicNote, true, false);
// team operations (A4-A6, A10, C4-C6): diaries and roll-call marks, meetings, training with rewards, assessment
for (const [zh, en] of [
  [zhDiaries, enDiaries],
  [zhMeetings, enMeetings],
  [zhTrainings, enTrainings],
  [zhAssessment, enAssessment],
  // supervision reports and work records (C8, A8.3); the phone survey, 三访四清 and the account page (A8.1, A7.1)
  [zhTeamReports, enTeamReports],
  [zhFieldwork, enFieldwork],
  // 成员档案: one member's roles, diary weeks, attendance, rewards and penalties
  [zhMembers, enMembers],
  // 消息: the notification centre and its menu entry
  [zhNoticeCentre, enNoticeCentre],
  [zhDeliveries, enDeliveries],
  // offline field work: the outbox, the device's copies, the phone's tab bar
  [zhOffline, enOffline],
  // GeoJSON import problems: a title and an explanation per stable code
  [zhGeojson, enGeojson],
  // 审计: a label for every action and entity the server writes (core/audit/actions.ts)
  [zhAudit, enAudit],
  // the case timeline: detail labels and tier names (people come named from the API)
  [zhTimeline, enTimeline],
  // policy validation: a text per stable problem code
  [zhPolicyProblems, enPolicyProblems],
  // desk work at speed: case search, assignment choices, grid from an address, list exports
  [zhDesk, enDesk],
  // 我的账户: name, password, signed-in devices
  [zhAccount2, enAccount2],
] as const) {
  i18n.addResourceBundle('zh-CN', 'translation', zh, true, false);
  i18n.addResourceBundle('en', 'translation', en, true, false);
}

function applyLanguage(lng: string): void {
  document.documentElement.lang = lng;
  document.title = i18n.t('app.title');
}

applyLanguage(i18n.language);
i18n.on('languageChanged', applyLanguage);

export function setLanguage(lng: Language): void {
  localStorage.setItem(STORAGE_KEY, lng);
  void i18n.changeLanguage(lng);
}

export default i18n;
