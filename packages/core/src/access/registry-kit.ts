/**
 * The shape of the permission registry (issue "One access model"): per resource, a table of actions;
 * each action lists the grants that allow it, and may carry a guard on the record.
 */
import type { Capability } from './capabilities';

/** What the record says about the actor, for grants by relation and guards (only what rules read). */
export interface AccessRecord {
  /** The case's assigned handler. */
  handlerId?: number | null;
  /** The case's first-inquiry owner (A1.7). */
  ownerId?: number | null;
  /** Who wrote the record (a diary entry, a sale). */
  authorId?: number | null;
  /** The case's reporter, as far as the rules need it. */
  reporter?: { anonymous: boolean; confidential: boolean } | null;
}

/**
 * One way to be allowed:
 * - `cap`: an assignment whose role brings the capability, bound at or above the target ('within'),
 *   strictly above it ('below': editors do not edit the node they are bound to), or at the tree's
 *   root ('root': deployment-wide things);
 * - `anyRole`: any assignment, scoped the same way;
 * - `relation`: the record names the actor (its handler, owner or author), whatever their roles.
 * `when` narrows a grant to records it holds for.
 */
export type Grant =
  | { cap: Capability; scope?: 'within' | 'below' | 'root'; when?: (r: AccessRecord) => boolean }
  | { anyRole: true; scope?: 'within'; when?: (r: AccessRecord) => boolean }
  | { relation: 'handler' | 'owner' | 'author'; when?: (r: AccessRecord) => boolean };

export interface ActionRule {
  grants: readonly Grant[];
  /** Must hold on the record whoever acts (e.g. a reporter who is not anonymous). */
  guard?: (r: AccessRecord) => boolean;
  /** Why a refusal happened (403 FORBIDDEN), in English; the web shows its own text by code. */
  message: string;
}

export type ResourceTable = Readonly<Record<string, ActionRule>>;

export const cap = (c: Capability, scope?: 'within' | 'below' | 'root'): Grant => (scope ? { cap: c, scope } : { cap: c });
export const ANY_ROLE: Grant = { anyRole: true };
