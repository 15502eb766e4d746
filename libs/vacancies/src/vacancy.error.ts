import { DomainError, ErrorCode } from '@app/errors';

export enum VacancyErrorReason {
  VACANCY_NOT_FOUND = 'VACANCY_NOT_FOUND',
  ORGANISATION_NOT_VERIFIED = 'ORGANISATION_NOT_VERIFIED',
  ILLEGAL_TRANSITION = 'ILLEGAL_TRANSITION',
}

export class VacancyError extends DomainError {
  constructor(code: ErrorCode, reason: VacancyErrorReason, message: string) {
    super(code, reason, message);
  }

  static notFound(): VacancyError {
    return new VacancyError('NOT_FOUND', VacancyErrorReason.VACANCY_NOT_FOUND, 'No such vacancy');
  }
}
