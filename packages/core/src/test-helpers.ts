import { DomainError } from './errors';

/** For tests: the DomainError `fn` throws (anything else is rethrown; no throw fails). */
export function errorOf(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a DomainError');
}
