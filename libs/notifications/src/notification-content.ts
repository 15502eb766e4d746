import { NotificationKind } from './notification.types';

/** What a notice says: plain English, about the resident's own records only (never anyone else's, never equality data). */
export interface NoticeContent {
  kind: NotificationKind;
  title: string;
  body: string;
  link: string | null;
}

const APPLICATIONS_LINK = '/account/applications';

/** The notice for an application that moved to `status`, or null when that status is not worth a notice. */
export function applicationNotice(status: string, vacancyTitle: string, feedback: string | null): NoticeContent | null {
  switch (status) {
    case 'SHORTLISTED':
      return {
        kind: NotificationKind.APPLICATION_SHORTLISTED,
        title: `You have been shortlisted for ${vacancyTitle}`,
        body: 'The employer has shortlisted your application. They will contact you about the next step.',
        link: APPLICATIONS_LINK,
      };
    case 'OFFERED':
      return {
        kind: NotificationKind.APPLICATION_OFFERED,
        title: `You have been offered the job: ${vacancyTitle}`,
        body: 'The employer has offered you the job. Check your applications to see what happens next.',
        link: APPLICATIONS_LINK,
      };
    case 'REJECTED':
    case 'UNSUCCESSFUL':
      return {
        kind: NotificationKind.APPLICATION_UNSUCCESSFUL,
        title: `Your application for ${vacancyTitle} was not successful`,
        body: withFeedback('The employer has decided not to take your application further.', feedback),
        link: APPLICATIONS_LINK,
      };
    default:
      return null;
  }
}

/** The notice for an enrolment that moved to `status`, or null when that status is not worth a notice. */
export function enrolmentNotice(status: string, programmeTitle: string, feedback: string | null): NoticeContent | null {
  switch (status) {
    case 'OFFERED':
      return {
        kind: NotificationKind.PLACE_OFFERED,
        title: `You have been offered a place on ${programmeTitle}`,
        body: 'Accept the place from your applications page to keep it.',
        link: APPLICATIONS_LINK,
      };
    case 'ENROLLED':
      return {
        kind: NotificationKind.PLACE_CONFIRMED,
        title: `Your place on ${programmeTitle} is confirmed`,
        body: 'The provider has confirmed your place. They will send you joining details.',
        link: APPLICATIONS_LINK,
      };
    case 'REJECTED':
      return {
        kind: NotificationKind.PLACE_UNSUCCESSFUL,
        title: `Your application for ${programmeTitle} was not successful`,
        body: withFeedback('The provider has decided not to offer you a place.', feedback),
        link: APPLICATIONS_LINK,
      };
    default:
      return null;
  }
}

export function cohortCancelledNotice(programmeTitle: string, startDate: string): NoticeContent {
  return {
    kind: NotificationKind.COHORT_CANCELLED,
    title: `${programmeTitle} starting ${longDate(startDate)} has been cancelled`,
    body: 'The provider has cancelled this course. You may find another course that suits you.',
    link: '/courses',
  };
}

export function matchingJobNotice(
  vacancy: { id: string; title: string; employer: string },
  score: number,
): NoticeContent {
  return {
    kind: NotificationKind.NEW_MATCHING_JOB,
    title: `A new job matches your saved search: ${vacancy.title}`,
    body: `${vacancy.employer} is hiring. Your skills match ${Math.round(score * 100)}% of what the job asks for.`,
    link: `/jobs/${vacancy.id}`,
  };
}

export function matchingCourseNotice(programme: { id: string; title: string }, startDate: string): NoticeContent {
  return {
    kind: NotificationKind.NEW_MATCHING_COURSE,
    title: `A new course matches your saved search: ${programme.title}`,
    body: `A new group starts on ${longDate(startDate)}.`,
    link: `/courses/${programme.id}`,
  };
}

export function pathwayNotice(
  programme: { id: string; title: string },
  startDate: string,
  vacancyTitle: string,
  closesSkills: readonly string[],
): NoticeContent {
  const skills = closesSkills.length ? ` It teaches ${joinList(closesSkills)}, the skills you are missing.` : '';
  return {
    kind: NotificationKind.PATHWAY_OPENED,
    title: `A course could qualify you for ${vacancyTitle}`,
    body: `${programme.title} starts on ${longDate(startDate)}.${skills}`,
    link: `/courses/${programme.id}`,
  };
}

export function closingSoonNotice(
  item: { title: string; link: string; closesOn: string },
  why: 'SAVED' | 'ENQUIRED',
): NoticeContent {
  return {
    kind: NotificationKind.CLOSING_SOON,
    title: `Applications close on ${longDate(item.closesOn)}: ${item.title}`,
    body:
      why === 'ENQUIRED'
        ? 'You asked about this course. Apply before applications close if you want a place.'
        : 'This matches one of your saved searches. Apply before applications close.',
    link: item.link,
  };
}

function withFeedback(text: string, feedback: string | null): string {
  return feedback ? `${text} Their feedback: ${feedback}` : text;
}

/** 2026-12-07 → 7 December 2026 (GOV.UK style). */
export function longDate(isoDate: string): string {
  const date = new Date(`${isoDate.slice(0, 10)}T12:00:00Z`);
  return date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

function joinList(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
