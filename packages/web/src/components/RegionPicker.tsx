import { TreeSelect } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Id, RegionNode, RegionType } from '../api/types';
import type { RegionIndex } from '../lib/regionTree';
import { useRegions } from '../state/regions';

interface PickerNode {
  value: Id;
  title: string;
  disabled: boolean;
  children: PickerNode[];
}

function build(index: RegionIndex, nodes: RegionNode[], label: (r: RegionNode) => string, types?: readonly RegionType[]): PickerNode[] {
  return nodes.map((n) => ({
    value: n.id,
    title: label(n),
    disabled: !n.inScope || (types !== undefined && !types.includes(n.type)),
    children: build(index, index.children.get(n.id) ?? [], label, types),
  }));
}

/** Choose one region of the user's scope (a TreeSelect with search); `types` limits what can be chosen. */
export function RegionPicker({
  value,
  onChange,
  types,
  placeholder,
  onClear,
}: {
  value?: Id | null;
  onChange?: (id: Id) => void;
  /** Given: the choice can be cleared (a filter). */
  onClear?: () => void;
  types?: readonly RegionType[];
  placeholder?: string;
}) {
  const { t } = useTranslation();
  const { index } = useRegions();
  const treeData = useMemo(() => build(index, index.roots, (r) => `${r.name} · ${t(`regionTypes.${r.type}`)}`, types), [index, t, types]);
  return (
    <TreeSelect<Id>
      showSearch
      treeNodeFilterProp="title"
      value={value ?? undefined}
      onChange={(v) => (v === undefined || v === null ? onClear?.() : onChange?.(v))}
      allowClear={onClear !== undefined}
      treeData={treeData}
      treeDefaultExpandAll={index.byId.size < 200}
      placeholder={placeholder ?? t('regionTree.pick')}
      style={{ width: '100%' }}
      data-testid="region-picker"
    />
  );
}
