import { Role } from '@app/identity';
import {
  ApplicationStatus,
  EnrolmentStatus,
  FINAL_APPLICATION_STATUSES,
  FINAL_ENROLMENT_STATUSES,
} from './brokerage.enums';

const E = EnrolmentStatus;
const A = ApplicationStatus;

/** API.md "State machines", enrolment side: the one forward path, and who may take each step. */
const ENROLMENT_STEPS: readonly { from: EnrolmentStatus; to: EnrolmentStatus; by: Role }[] = [
  { from: E.ENQUIRED, to: E.APPLIED, by: Role.RESIDENT },
  { from: E.APPLIED, to: E.OFFERED, by: Role.PROVIDER },
  { from: E.OFFERED, to: E.ENROLLED, by: Role.RESIDENT },
  { from: E.ENROLLED, to: E.COMPLETED, by: Role.PROVIDER },
  { from: E.APPLIED, to: E.REJECTED, by: Role.PROVIDER },
  { from: E.OFFERED, to: E.REJECTED, by: Role.PROVIDER },
  // recordCompletion(completed: false): the learner did not complete.
  { from: E.ENROLLED, to: E.WITHDRAWN, by: Role.PROVIDER },
];

/**
 * Who may withdraw a learner from any non-final state: the resident, and, with a reason, the cohort's provider or the
 * city's brokers and admins (a learner who drops out by phone; a place held by someone who no longer comes).
 */
export const WITHDRAWING_ROLES: readonly Role[] = [Role.RESIDENT, Role.PROVIDER, Role.BROKER, Role.ADMIN];

/** True when `role` may move an enrolment from `from` to `to`. */
export function canMoveEnrolment(from: EnrolmentStatus, to: EnrolmentStatus, role: Role): boolean {
  if (to === E.WITHDRAWN && WITHDRAWING_ROLES.includes(role)) return !FINAL_ENROLMENT_STATUSES.includes(from);
  return ENROLMENT_STEPS.some((step) => step.from === from && step.to === to && step.by === role);
}

const APPLICATION_PATH: readonly ApplicationStatus[] = [A.APPLIED, A.SHORTLISTED, A.INTERVIEWING, A.OFFERED, A.HIRED];

/**
 * API.md "State machines", application side: the employer moves one step along the path or rejects at any
 * non-final stage; the resident withdraws from any non-final state.
 */
export function canMoveApplication(from: ApplicationStatus, to: ApplicationStatus, role: Role): boolean {
  if (FINAL_APPLICATION_STATUSES.includes(from)) return false;
  if (role === Role.RESIDENT) return to === A.WITHDRAWN;
  if (role !== Role.EMPLOYER) return false;
  if (to === A.REJECTED) return true;
  const index = APPLICATION_PATH.indexOf(from);
  return index >= 0 && APPLICATION_PATH[index + 1] === to;
}

/**
 * A guaranteed-interview application (earned by a course, or by the Disability Confident offer of an interview) cannot
 * be rejected before it reaches INTERVIEWING.
 */
export function breaksGuaranteedInterview(
  application: { status: ApplicationStatus; guaranteedInterview: boolean; disabilityConfidentGuaranteed?: boolean },
  to: ApplicationStatus,
): boolean {
  return (
    (application.guaranteedInterview || application.disabilityConfidentGuaranteed === true) &&
    to === A.REJECTED &&
    (application.status === A.APPLIED || application.status === A.SHORTLISTED)
  );
}
