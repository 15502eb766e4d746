import { DomainError, ErrorCode } from '@app/errors';

export enum BrokerageErrorReason {
  COHORT_NOT_FOUND = 'COHORT_NOT_FOUND',
  ENROLMENT_NOT_FOUND = 'ENROLMENT_NOT_FOUND',
  VACANCY_NOT_FOUND = 'VACANCY_NOT_FOUND',
  APPLICATION_NOT_FOUND = 'APPLICATION_NOT_FOUND',
  COHORT_FULL = 'COHORT_FULL',
  VACANCY_FILLED = 'VACANCY_FILLED',
  ILLEGAL_TRANSITION = 'ILLEGAL_TRANSITION',
  ALREADY_APPLIED = 'ALREADY_APPLIED',
  NOT_ELIGIBLE = 'NOT_ELIGIBLE',
  APPLICATIONS_CLOSED = 'APPLICATIONS_CLOSED',
  GUARANTEED_INTERVIEW = 'GUARANTEED_INTERVIEW',
}

const R = BrokerageErrorReason;

export class BrokerageError extends DomainError {
  constructor(code: ErrorCode, reason: BrokerageErrorReason, message: string) {
    super(code, reason, message);
  }

  static notFound(what: 'cohort' | 'enrolment' | 'vacancy' | 'application'): BrokerageError {
    const reason = {
      cohort: R.COHORT_NOT_FOUND,
      enrolment: R.ENROLMENT_NOT_FOUND,
      vacancy: R.VACANCY_NOT_FOUND,
      application: R.APPLICATION_NOT_FOUND,
    }[what];
    return new BrokerageError('NOT_FOUND', reason, `No such ${what}`);
  }

  static illegal(from: string, to: string): BrokerageError {
    return new BrokerageError('CONFLICT', R.ILLEGAL_TRANSITION, `A record that is ${from} cannot move to ${to}`);
  }

  static conflict(reason: BrokerageErrorReason, message: string): BrokerageError {
    return new BrokerageError('CONFLICT', reason, message);
  }
}
