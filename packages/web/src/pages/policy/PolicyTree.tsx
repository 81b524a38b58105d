import { Tag, Tree, type TreeDataNode } from 'antd';
import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatValue, groupName, isLabel, isLimit, isObj, ruleOf } from '../../lib/policyFormat';

function RuleTag({ rule }: { rule?: string }) {
  return rule ? <Tag color="geekblue" className="gw-rule-tag" data-testid="rule-tag">{rule}</Tag> : null;
}

function isBranch(v: unknown): boolean {
  return (isObj(v) && !isLabel(v) && !isLimit(v)) || (Array.isArray(v) && v.some((x) => isObj(x) || Array.isArray(x)));
}

function toNodes(t: TFunction, lang: string, value: unknown, path: string): TreeDataNode[] {
  const entries: [string, unknown][] = Array.isArray(value) ? value.map((x, i) => [String(i), x]) : isObj(value) ? Object.entries(value) : [];
  return entries
    .filter(([k]) => k !== 'rule')
    .map(([k, v]) => {
      const key = `${path}/${k}`;
      if (!isBranch(v)) {
        return { key, isLeaf: true, title: <span><span className="gw-policy-key">{groupName(t, lang, k, null)}</span>: {formatValue(t, lang, v)}</span> };
      }
      return {
        key,
        title: (
          <span>
            <b>{groupName(t, lang, k, v)}</b> <RuleTag rule={ruleOf(v)} />
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
  const topKeys = useMemo(() => treeData.map((n) => n.key), [treeData]);
  return <Tree className="gw-policy-tree" treeData={treeData} defaultExpandedKeys={topKeys} selectable={false} showLine blockNode data-testid="policy-tree" />;
}

export { RuleTag };
