import { TFunction } from 'i18next';
import { CourseMatchHintsFragment, ProfileAnswer } from '../graphql/generated';
import { ProfilePage } from './profile-questions';

/** The question page that asks each answer the API's hints name. */
const QUESTION_PAGE: Record<ProfileAnswer, ProfilePage> = {
  DATE_OF_BIRTH: 'about',
  HIGHEST_QUALIFICATION_LEVEL: 'about',
  WARD: 'where',
  EMPLOYMENT_STATUS: 'situation',
};

export interface MatchHintLink {
  text: string;
  href: string;
}

/**
 * "Tell us your date of birth to see up to 6 more courses": the answers the resident has not given that would show
 * more courses (the API counts them), each linking to its question page; `?change=1` returns to check your answers.
 * The hints come in the same operation as the page's list (the CourseMatchHints fragment), not a call of their own.
 */
export function courseMatchHints({ myProgrammeMatchHints }: CourseMatchHintsFragment, t: TFunction): MatchHintLink[] {
  return myProgrammeMatchHints.map(({ answer, additionalCount }) => ({
    text: t(`matchHints.${answer}`, { count: additionalCount }),
    href: `/account/profile/${QUESTION_PAGE[answer]}?change=1`,
  }));
}
