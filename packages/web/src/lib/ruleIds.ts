/**
 * Rule IDs (A3.4, C5.1, D2…) are for the office (issue 11 item 5): admins and desk users (leads,
 * supervisors, staff) see them; field users (those who work a due list and do not edit a policy) and
 * every printed sheet get the text without them.
 */
import { useSession } from '../state/session';

const ID = String.raw`[A-D]\d+[a-z]?(?:\.\d+)?`;
const LIST = String.raw`${ID}(?:\s*(?:[、,，]|-|–|至)\s*(?:${ID}|\d+(?:\.\d+)?))*`;
/** "依据 A5.5：", "（A3.2）", "（A3.4、D2）", "(C5.1)", and a list left bare before a colon ("C5.1：…"). */
const PATTERNS: Array<[RegExp, string]> = [
  [new RegExp(String.raw`依据\s*${LIST}\s*[：:]\s*`, 'g'), ''],
  [new RegExp(String.raw`([（(])\s*${LIST}\s*[：:]\s*`, 'g'), '$1'],
  [new RegExp(String.raw`\s*[（(]\s*${LIST}\s*[）)]`, 'g'), ''],
];

export function stripRuleIds(text: string): string {
  return PATTERNS.reduce((s, [re, by]) => s.replace(re, by), text).trim();
}

/** True for readers who see rule IDs: anyone but a field user (one who works a due list and edits no policy). */
export function useShowRuleIds(): boolean {
  const a = useSession().user?.abilities;
  return a !== undefined && (a.editPolicy === true || !a.dueVisits);
}

/** The text as this reader sees it: with rule IDs for the office, without for field users. */
export function useRuleText(): (text: string) => string {
  const show = useShowRuleIds();
  return (text) => (show ? text : stripRuleIds(text));
}
