import { MatchNote, MatchNoteKind } from './match-note';

/**
 * Hours: a job or course fits when its hours a week are no more than the resident's `hoursAvailablePerWeek`. No note
 * when the resident has not said how many hours they have.
 */
export function hoursNote(
  hoursNeeded: number,
  hoursAvailable: number | null,
  what: 'job' | 'course',
): MatchNote | null {
  if (hoursAvailable === null) return null;
  const needed = hoursText(hoursNeeded);
  return hoursNeeded <= hoursAvailable
    ? {
        kind: MatchNoteKind.HOURS,
        met: true,
        text: `Fits your ${hoursText(hoursAvailable)} a week (this ${what} is ${needed} a week)`,
      }
    : {
        kind: MatchNoteKind.HOURS,
        met: false,
        text: `This ${what} is ${needed} a week: more than the ${hoursText(hoursAvailable)} you have`,
      };
}

/** 16 hours, 37.5 hours, 1 hour. */
function hoursText(hours: number): string {
  return `${hours} ${hours === 1 ? 'hour' : 'hours'}`;
}
