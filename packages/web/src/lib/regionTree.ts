/** Helpers over the flat region list returned by GET /regions. */
import type { Id, RegionNode } from '../api/types';

export interface RegionIndex {
  byId: Map<Id, RegionNode>;
  children: Map<Id | null, RegionNode[]>;
  roots: RegionNode[];
}

const byCodeThenName = (a: RegionNode, b: RegionNode) => a.code.localeCompare(b.code) || a.name.localeCompare(b.name, 'zh-CN');

export function indexRegions(regions: readonly RegionNode[]): RegionIndex {
  const byId = new Map<Id, RegionNode>();
  for (const r of regions) byId.set(r.id, r);
  const children = new Map<Id | null, RegionNode[]>();
  const roots: RegionNode[] = [];
  for (const r of regions) {
    const parentKnown = r.parentId !== null && byId.has(r.parentId);
    if (!parentKnown) roots.push(r);
    const key = parentKnown ? r.parentId : null;
    const list = children.get(key) ?? [];
    list.push(r);
    children.set(key, list);
  }
  for (const list of children.values()) list.sort(byCodeThenName);
  roots.sort(byCodeThenName);
  return { byId, children, roots };
}

export function childrenOf(index: RegionIndex, id: Id | null): RegionNode[] {
  return id === null ? index.roots : (index.children.get(id) ?? []);
}

/** The node and every node below it. */
export function descendantIds(index: RegionIndex, id: Id): Set<Id> {
  const out = new Set<Id>([id]);
  const stack = [id];
  while (stack.length) {
    const current = stack.pop() as Id;
    for (const child of index.children.get(current) ?? []) {
      if (!out.has(child.id)) {
        out.add(child.id);
        stack.push(child.id);
      }
    }
  }
  return out;
}

/** From the root down to and including the node. */
export function pathTo(index: RegionIndex, id: Id): RegionNode[] {
  const path: RegionNode[] = [];
  let node = index.byId.get(id);
  while (node && path.length < 32) {
    path.unshift(node);
    node = node.parentId === null ? undefined : index.byId.get(node.parentId);
  }
  return path;
}

/** The top-most nodes the user may act on (what "no region selected" means). */
export function scopeRoots(index: RegionIndex): RegionNode[] {
  const out: RegionNode[] = [];
  const walk = (nodes: RegionNode[]) => {
    for (const n of nodes) {
      if (n.inScope) out.push(n);
      else walk(index.children.get(n.id) ?? []);
    }
  };
  walk(index.roots);
  return out;
}
