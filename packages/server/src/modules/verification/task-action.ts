import type { Action } from '@gridwork/core';

/** Who fills a task's form (core/access registry): the draw action for a quarterly task, the yearly one for a yearly task. */
export function formAction(kind: 'quarterly' | 'yearly'): Action {
  return kind === 'yearly' ? 'verification.yearly' : 'verification.draw';
}
