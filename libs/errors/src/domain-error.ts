/** The API's error codes (API.md): every domain error maps to exactly one of them. */
export type ErrorCode = 'BAD_USER_INPUT' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT' | 'RATE_LIMITED';

export interface FieldError {
  path: string;
  message: string;
}

/**
 * Base of each domain's own error class. A domain throws e.g. `new IdentityError('CONFLICT', 'EMAIL_TAKEN', ...)`;
 * the API's one error formatter turns `code` into `extensions.code` and `reason` into `extensions.reason`.
 * The message is written for the person using the service and must never carry personal or equality data.
 */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly reason: string | undefined,
    message: string,
    readonly fieldErrors: readonly FieldError[] = [],
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** Validation failed: lists every bad field, so a client can show them all at once. */
export class InvalidInputError extends DomainError {
  constructor(fieldErrors: readonly FieldError[], message = 'Some of the information given is not valid') {
    super('BAD_USER_INPUT', undefined, message, fieldErrors);
  }
}
