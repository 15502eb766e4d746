import { DomainError, ErrorCode } from '@app/errors';

export enum IdentityErrorReason {
  EMAIL_TAKEN = 'EMAIL_TAKEN',
  INVALID_CREDENTIALS = 'INVALID_CREDENTIALS',
  NOT_AN_ORGANISATION_MEMBER = 'NOT_AN_ORGANISATION_MEMBER',
  ORGANISATION_NOT_FOUND = 'ORGANISATION_NOT_FOUND',
  TOO_MANY_SIGN_IN_ATTEMPTS = 'TOO_MANY_SIGN_IN_ATTEMPTS',
  USER_NOT_FOUND = 'USER_NOT_FOUND',
}

export class IdentityError extends DomainError {
  constructor(code: ErrorCode, reason: IdentityErrorReason, message: string) {
    super(code, reason, message);
  }
}
