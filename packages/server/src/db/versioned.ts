import { DomainError } from '@gridwork/core';

/** The 409 of an optimistic update whose `WHERE version = expected` matched nothing. */
export function versionConflict(entity: string, id: number): DomainError {
  return new DomainError('VERSION_CONFLICT', `${entity} ${id} was changed by someone else`, { id });
}
