import { DomainError, ErrorCode } from '@app/errors';

export enum CatalogueErrorReason {
  PROGRAMME_NOT_FOUND = 'PROGRAMME_NOT_FOUND',
  COHORT_NOT_FOUND = 'COHORT_NOT_FOUND',
  ORGANISATION_NOT_VERIFIED = 'ORGANISATION_NOT_VERIFIED',
  ILLEGAL_TRANSITION = 'ILLEGAL_TRANSITION',
}

export class CatalogueError extends DomainError {
  constructor(code: ErrorCode, reason: CatalogueErrorReason, message: string) {
    super(code, reason, message);
  }

  static programmeNotFound(): CatalogueError {
    return new CatalogueError('NOT_FOUND', CatalogueErrorReason.PROGRAMME_NOT_FOUND, 'No such programme');
  }

  static cohortNotFound(): CatalogueError {
    return new CatalogueError('NOT_FOUND', CatalogueErrorReason.COHORT_NOT_FOUND, 'No such cohort');
  }

  static notVerified(action: string): CatalogueError {
    return new CatalogueError(
      'FORBIDDEN',
      CatalogueErrorReason.ORGANISATION_NOT_VERIFIED,
      `Your organisation must be verified by the city's brokerage team before you can ${action}`,
    );
  }
}
