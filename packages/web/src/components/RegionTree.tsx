/**
 * The region tree of the sider: every node in the user's scope, with its ancestors shown greyed
 * (context only, not selectable). A search box filters by name or code.
 */
import { Alert, Button, Input, Tree, type TreeDataNode } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Id, RegionNode } from '../api/types';
import { errorMessage } from '../lib/errors';
import { pathTo, type RegionIndex } from '../lib/regionTree';
import { useRegions } from '../state/regions';

const VIRTUAL_FROM = 400; // nodes; above this the tree renders only what is visible

function matchingIds(index: RegionIndex, query: string): Set<Id> | null {
  const q = query.trim().toLowerCase();
  if (!q) return null;
  const keep = new Set<Id>();
  for (const node of index.byId.values()) {
    if (node.name.toLowerCase().includes(q) || node.code.includes(q)) {
      for (const p of pathTo(index, node.id)) keep.add(p.id);
    }
  }
  return keep;
}

function useTreeData(index: RegionIndex, keep: Set<Id> | null, typeLabel: (r: RegionNode) => string) {
  return useMemo(() => {
    const build = (nodes: RegionNode[]): TreeDataNode[] =>
      nodes
        .filter((n) => !keep || keep.has(n.id))
        .map((n) => ({
          key: n.id,
          selectable: n.inScope,
          className: n.inScope ? undefined : 'gw-tree-out-of-scope',
          title: (
            <span data-testid={`region-node-${n.code}`}>
              {n.name} <span className="gw-tree-type">{typeLabel(n)}</span>
            </span>
          ),
          children: build(index.children.get(n.id) ?? []),
        }));
    return build(index.roots);
  }, [index, keep, typeLabel]);
}

function defaultExpanded(index: RegionIndex): Id[] {
  const out: Id[] = [];
  for (const n of index.byId.values()) {
    const parent = n.parentId === null ? undefined : index.byId.get(n.parentId);
    if (!n.inScope || !parent?.inScope) out.push(n.id);
  }
  return out;
}

export function RegionTree({ onSelect }: { onSelect: (id: Id | null) => void }) {
  const { t } = useTranslation();
  const { index, loading, error, selectedId, reload } = useRegions();
  const [query, setQuery] = useState('');
  const [expanded, setExpanded] = useState<Id[]>([]);
  const keep = useMemo(() => matchingIds(index, query), [index, query]);
  const typeLabel = useMemo(() => (r: RegionNode) => t(`regionTypes.${r.type}`), [t]);
  const treeData = useTreeData(index, keep, typeLabel);

  useEffect(() => setExpanded(defaultExpanded(index)), [index]);
  useEffect(() => {
    if (selectedId === null) return;
    const ancestors = pathTo(index, selectedId)
      .slice(0, -1)
      .map((n) => n.id);
    setExpanded((prev) => Array.from(new Set([...prev, ...ancestors])));
  }, [index, selectedId]);

  if (error) {
    return (
      <Alert
        type="error"
        showIcon
        title={errorMessage(t, error)}
        action={
          <Button size="small" onClick={reload}>
            {t('common.retry')}
          </Button>
        }
      />
    );
  }
  const big = index.byId.size > VIRTUAL_FROM;
  return (
    <div className="gw-region-tree" data-testid="region-tree">
      <Input.Search allowClear size="small" placeholder={t('regionTree.search')} onChange={(e) => setQuery(e.target.value)} />
      {selectedId !== null && (
        <Button size="small" type="link" onClick={() => onSelect(null)} className="gw-tree-clear">
          {t('regionTree.clear')}
        </Button>
      )}
      <Tree
        blockNode
        treeData={treeData}
        selectedKeys={selectedId === null ? [] : [selectedId]}
        expandedKeys={keep ? Array.from(keep) : expanded}
        onExpand={(keys) => setExpanded(keys as Id[])}
        onSelect={(keys) => onSelect(keys.length ? (keys[0] as Id) : null)}
        height={big ? Math.max(300, window.innerHeight - 320) : undefined}
        virtual={big}
      />
      {loading && index.byId.size === 0 && <div className="gw-muted">{t('common.loading')}</div>}
    </div>
  );
}
