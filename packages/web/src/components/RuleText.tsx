/** Texts and tags carrying rule IDs, shown with the IDs to the office, without them to field users (lib/ruleIds.ts). */
import { Tag } from 'antd';
import { useRuleText, useShowRuleIds } from '../lib/ruleIds';

export function RuleText({ text }: { text: string }) {
  const ruleText = useRuleText();
  return <>{ruleText(text)}</>;
}

/** A rule ID as a tag, for admins; nothing for everyone else. */
export function RuleIdTag({ rule }: { rule: string | null | undefined }) {
  const show = useShowRuleIds();
  return show && rule ? <Tag className="gw-rule-tag">{rule}</Tag> : null;
}
