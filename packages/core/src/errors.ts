/** The one error type of the domain. `code` is stable (UPPER_SNAKE_CASE); the server maps it to HTTP. */
export class DomainError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

/** Codes shared by several modules. Module-specific codes live next to their module. */
export const ErrorCodes = {
  VALIDATION_FAILED: 'VALIDATION_FAILED',
  NOT_FOUND: 'NOT_FOUND',
  FORBIDDEN: 'FORBIDDEN',
  VERSION_CONFLICT: 'VERSION_CONFLICT',
  ACTION_NOT_ALLOWED: 'ACTION_NOT_ALLOWED',
  CALENDAR_UNKNOWN: 'CALENDAR_UNKNOWN',
} as const;
