export enum EnrolmentStatus {
  ENQUIRED = 'ENQUIRED',
  APPLIED = 'APPLIED',
  OFFERED = 'OFFERED',
  ENROLLED = 'ENROLLED',
  COMPLETED = 'COMPLETED',
  WITHDRAWN = 'WITHDRAWN',
  REJECTED = 'REJECTED',
}

export enum ApplicationStatus {
  APPLIED = 'APPLIED',
  SHORTLISTED = 'SHORTLISTED',
  INTERVIEWING = 'INTERVIEWING',
  OFFERED = 'OFFERED',
  HIRED = 'HIRED',
  REJECTED = 'REJECTED',
  WITHDRAWN = 'WITHDRAWN',
  /** Closed by the platform when the vacancy was FILLED before the application was decided (its reason says so). */
  UNSUCCESSFUL = 'UNSUCCESSFUL',
}

export enum OutcomeType {
  NEW_JOB = 'NEW_JOB',
  NEW_ROLE_WITH_EMPLOYER = 'NEW_ROLE_WITH_EMPLOYER',
  INCREASED_RESPONSIBILITIES = 'INCREASED_RESPONSIBILITIES',
  SELF_EMPLOYMENT = 'SELF_EMPLOYMENT',
  APPRENTICESHIP = 'APPRENTICESHIP',
  FURTHER_LEARNING = 'FURTHER_LEARNING',
}

/** The programme-side funnel stages a learner-level return may report as furthest reached (API.md "Outcomes"). */
export enum ReportedStage {
  ENQUIRED = 'ENQUIRED',
  APPLIED = 'APPLIED',
  OFFERED = 'OFFERED',
  ENROLLED = 'ENROLLED',
  COMPLETED = 'COMPLETED',
}

/** Statuses that end a record: no move leaves them. */
export const FINAL_ENROLMENT_STATUSES: readonly EnrolmentStatus[] = [
  EnrolmentStatus.COMPLETED,
  EnrolmentStatus.WITHDRAWN,
  EnrolmentStatus.REJECTED,
];
export const FINAL_APPLICATION_STATUSES: readonly ApplicationStatus[] = [
  ApplicationStatus.HIRED,
  ApplicationStatus.REJECTED,
  ApplicationStatus.WITHDRAWN,
  ApplicationStatus.UNSUCCESSFUL,
];

/** Why an employer turned an application down (ApplicationFeedbackInput.reason). */
export enum RejectionReason {
  SKILLS = 'SKILLS',
  EXPERIENCE = 'EXPERIENCE',
  RIGHT_TO_WORK = 'RIGHT_TO_WORK',
  AVAILABILITY = 'AVAILABILITY',
  OTHER = 'OTHER',
}
