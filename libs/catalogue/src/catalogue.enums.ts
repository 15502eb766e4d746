export enum ProgrammeKind {
  BOOTCAMP = 'BOOTCAMP',
  T_LEVEL = 'T_LEVEL',
  APPRENTICESHIP = 'APPRENTICESHIP',
  SHORT_COURSE = 'SHORT_COURSE',
}

export enum DeliveryMode {
  IN_PERSON = 'IN_PERSON',
  ONLINE = 'ONLINE',
  HYBRID = 'HYBRID',
}

export enum EmploymentStatus {
  UNEMPLOYED = 'UNEMPLOYED',
  EMPLOYED_LOW_PAID = 'EMPLOYED_LOW_PAID',
  EMPLOYED = 'EMPLOYED',
  SELF_EMPLOYED = 'SELF_EMPLOYED',
  IN_EDUCATION = 'IN_EDUCATION',
  ECONOMICALLY_INACTIVE = 'ECONOMICALLY_INACTIVE',
}

export enum Residency {
  MANCHESTER = 'MANCHESTER',
  GREATER_MANCHESTER = 'GREATER_MANCHESTER',
  ANY = 'ANY',
}

export enum TargetGroup {
  WOMEN = 'WOMEN',
  TRANS_AND_NON_BINARY = 'TRANS_AND_NON_BINARY',
  ETHNIC_MINORITY = 'ETHNIC_MINORITY',
  DISABLED = 'DISABLED',
  AGED_50_PLUS = 'AGED_50_PLUS',
}

export enum CohortStatus {
  PLANNED = 'PLANNED',
  OPEN = 'OPEN',
  FULL = 'FULL',
  RUNNING = 'RUNNING',
  FINISHED = 'FINISHED',
  CANCELLED = 'CANCELLED',
}

/**
 * When in the week something happens (a cohort's sessions) or a resident is free (docs/matching.md "Time"):
 * DAYTIME weekdays 9 to 5, SCHOOL_HOURS weekdays about 9.30 to 2.30 (inside the school run), EVENINGS weekdays
 * after 6, WEEKENDS Saturday and Sunday.
 */
export enum TimeSlot {
  DAYTIME = 'DAYTIME',
  SCHOOL_HOURS = 'SCHOOL_HOURS',
  EVENINGS = 'EVENINGS',
  WEEKENDS = 'WEEKENDS',
}
