/** What a notification is about (the in-app centre groups and labels them by kind). */
export enum NotificationKind {
  APPLICATION_SHORTLISTED = 'APPLICATION_SHORTLISTED',
  APPLICATION_OFFERED = 'APPLICATION_OFFERED',
  APPLICATION_UNSUCCESSFUL = 'APPLICATION_UNSUCCESSFUL',
  PLACE_OFFERED = 'PLACE_OFFERED',
  PLACE_CONFIRMED = 'PLACE_CONFIRMED',
  PLACE_UNSUCCESSFUL = 'PLACE_UNSUCCESSFUL',
  COHORT_CANCELLED = 'COHORT_CANCELLED',
  NEW_MATCHING_JOB = 'NEW_MATCHING_JOB',
  NEW_MATCHING_COURSE = 'NEW_MATCHING_COURSE',
  PATHWAY_OPENED = 'PATHWAY_OPENED',
  CLOSING_SOON = 'CLOSING_SOON',
}

/** Status changes are emailed under the "status emails" preference; everything else is an alert. */
export const STATUS_KINDS: readonly NotificationKind[] = [
  NotificationKind.APPLICATION_SHORTLISTED,
  NotificationKind.APPLICATION_OFFERED,
  NotificationKind.APPLICATION_UNSUCCESSFUL,
  NotificationKind.PLACE_OFFERED,
  NotificationKind.PLACE_CONFIRMED,
  NotificationKind.PLACE_UNSUCCESSFUL,
  NotificationKind.COHORT_CANCELLED,
];

export enum SavedSearchKind {
  COURSES = 'COURSES',
  JOBS = 'JOBS',
}

/** How often a saved search's alerts are emailed: each at once, or gathered in a daily or weekly digest. */
export enum AlertFrequency {
  INSTANT = 'INSTANT',
  DAILY = 'DAILY',
  WEEKLY = 'WEEKLY',
}

/** A notice for one resident, before it is stored. `key` makes it once-only per resident (event + resident). */
export interface NewNotification {
  residentId: string;
  key: string;
  kind: NotificationKind;
  title: string;
  body: string;
  link: string | null;
  /** When its email goes: at once, in a digest, or (status changes) always at once. */
  frequency: AlertFrequency;
}

export interface NotificationRecord {
  id: string;
  kind: NotificationKind;
  title: string;
  body: string;
  link: string | null;
  createdAt: Date;
  readAt: Date | null;
}

/** The jobs of the `notifications` queue; payloads carry ids, the processor re-reads the rest. */
export const NotificationJob = {
  /** A relayed domain event to turn into notifications (job id `notify_<event id>`). */
  EVENT: 'event',
  /** One email of email_outbox to send (job id `email_<id>`). */
  SEND_EMAIL: 'send-email',
  /** The digest of a frequency (repeatable, Europe/London). */
  DIGEST: 'digest',
  /** Applications closing within 3 days on something saved or enquired about (repeatable, daily). */
  CLOSING_SOON: 'closing-soon',
  /** Queues PENDING emails whose job was lost (repeatable). */
  EMAIL_SWEEP: 'email-sweep',
} as const;

export interface SendEmailJobData {
  emailId: string;
}

export interface DigestJobData {
  frequency: AlertFrequency.DAILY | AlertFrequency.WEEKLY;
}
