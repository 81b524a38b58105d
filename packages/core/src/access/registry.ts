/**
 * The permission registry (issue "One access model"): every resource of the product with its actions.
 * `can`, `assertCan`, `abilitiesOf` and the menu abilities (menu.ts) are derived from this one table;
 * roles (roles.ts) are capability sets. A reviewer finds every permission of the product here.
 */
import { AREA_RESOURCES } from './registry-area';
import { CASE_RESOURCES } from './registry-cases';
import type { ActionRule } from './registry-kit';
import { RECORD_RESOURCES } from './registry-records';
import { TEAM_RESOURCES } from './registry-team';

export const REGISTRY = { ...AREA_RESOURCES, ...CASE_RESOURCES, ...RECORD_RESOURCES, ...TEAM_RESOURCES };

type Registry = typeof REGISTRY;
export type ResourceName = keyof Registry;
export type ActionOf<R extends ResourceName> = Extract<keyof Registry[R], string>;
/** 'resource.action', e.g. 'case.accept', 'household.read'. */
export type Action = { [R in ResourceName]: `${R}.${ActionOf<R>}` }[ResourceName];

export const RESOURCE_NAMES = Object.keys(REGISTRY) as ResourceName[];

export function actionsOfResource<R extends ResourceName>(resource: R): Array<ActionOf<R>> {
  return Object.keys(REGISTRY[resource]) as Array<ActionOf<R>>;
}

export const ALL_ACTIONS: Action[] = RESOURCE_NAMES.flatMap((r) => actionsOfResource(r).map((a) => `${r}.${a}` as Action));

export function ruleOf(action: Action): ActionRule {
  const dot = action.indexOf('.');
  const table = REGISTRY[action.slice(0, dot) as ResourceName] as Record<string, ActionRule>;
  return table[action.slice(dot + 1)];
}
