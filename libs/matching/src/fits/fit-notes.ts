import { TimeSlot } from '@app/catalogue';
import { ResidentContext } from '../resident-context';
import { digitalNotes, DigitalNeeds } from './digital-rule';
import { hoursNote } from './hours-rule';
import { interestsNote } from './interests-rule';
import { MatchNote } from './match-note';
import { timesNote } from './times-rule';

type FitFacts = Pick<
  ResidentContext,
  'interests' | 'availableTimes' | 'hoursAvailablePerWeek' | 'hasDevice' | 'hasHomeInternet'
>;

const present = (note: MatchNote | null): note is MatchNote => note !== null;

/** VacancyMatch.fits: interests, then hours. `categories`: the skill categories the vacancy asks for. */
export function vacancyFits(
  resident: FitFacts,
  vacancy: { hoursPerWeek: number },
  categories: readonly string[],
): MatchNote[] {
  return [
    interestsNote(categories, resident.interests ?? []),
    hoursNote(vacancy.hoursPerWeek, resident.hoursAvailablePerWeek ?? null, 'job'),
  ].filter(present);
}

/** ProgrammeMatch.fits: interests, hours, the cohort's times, then digital access. `categories`: those taught. */
export function programmeFits(
  resident: FitFacts,
  programme: DigitalNeeds & { hoursPerWeek: number },
  cohort: { deliveryTimes: readonly TimeSlot[] },
  categories: readonly string[],
): MatchNote[] {
  return [
    interestsNote(categories, resident.interests ?? []),
    hoursNote(programme.hoursPerWeek, resident.hoursAvailablePerWeek ?? null, 'course'),
    timesNote(cohort.deliveryTimes, (resident.availableTimes ?? []) as TimeSlot[]),
    ...digitalNotes(programme, {
      hasDevice: resident.hasDevice ?? false,
      hasHomeInternet: resident.hasHomeInternet ?? false,
    }),
  ].filter(present);
}
