import { Tag, Tree, type TreeDataNode } from 'antd';
import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatValue, groupName, isLabel, isLimit, isObj, ruleOf, seeOf } from '../../lib/policyFormat';
import { noteText } from '../../lib/policyNotes';

/** The rule ID a value comes from (blue), and the rules it refers to (`see`, grey). */
function RuleTag({ rule, see = [] }: { rule?: string; see?: string[] }) {
  const { t } = useTranslation();
  return (
    <>
      {rule && (
        <Tag color="geekblue" className="gw-rule-tag" data-testid="rule-tag">
          {rule}
        </Tag>
      )}
      {see.map((s) => (
        <Tag key={s} className="gw-rule-tag" title={t('policy.see')}>
          → {s}
        </Tag>
      ))}
    </>
  );
}

function isBranch(v: unknown): boolean {
  return (isObj(v) && !isLabel(v) && !isLimit(v)) || (Array.isArray(v) && v.some((x) => isObj(x) || Array.isArray(x)));
}

function toNodes(t: TFunction, lang: string, value: unknown, path: string): TreeDataNode[] {
  const entries: [string, unknown][] = Array.isArray(value)
    ? value.map((x, i) => [String(i), x])
    : isObj(value)
      ? Object.entries(value)
      : [];
  return entries
    .filter(([k]) => k !== 'rule' && k !== 'see')
    .map(([k, v]) => {
      const key = `${path}/${k}`;
      if (!isBranch(v)) {
        return {
          key,
          isLeaf: true,
          title: (
            <span>
              <span className="gw-policy-key">{groupName(t, lang, k, null)}</span>:{' '}
              {k === 'note' && typeof v === 'string' ? noteText(lang, v) : formatValue(t, lang, v)}
            </span>
          ),
        };
      }
      return {
        key,
        title: (
          <span>
            <b>{groupName(t, lang, k, v)}</b> <RuleTag rule={ruleOf(v)} see={seeOf(v)} />
          </span>
        ),
        children: toNodes(t, lang, v, key),
      };
    });
}

/** The whole policy document as a tree; each value group shows its rule ID as a tag. */
export function PolicyTree({ values }: { values: Record<string, unknown> }) {
  const { t, i18n } = useTranslation();
  const treeData = useMemo(() => toNodes(t, i18n.language, values, ''), [t, i18n.language, values]);
  return (
    <Tree className="gw-policy-tree" treeData={treeData} defaultExpandAll selectable={false} showLine blockNode data-testid="policy-tree" />
  );
}

export { RuleTag };
