import { TimeSlot } from '@app/catalogue';
import { MatchNote, MatchNoteKind } from './match-note';

const SAID: Readonly<Record<TimeSlot, string>> = {
  [TimeSlot.DAYTIME]: 'in the daytime',
  [TimeSlot.SCHOOL_HOURS]: 'in school hours',
  [TimeSlot.EVENINGS]: 'in the evenings',
  [TimeSlot.WEEKENDS]: 'at weekends',
};

/** School hours lie inside the working day, so someone free all day can come to a school-hours session. */
function isFreeFor(session: TimeSlot, free: readonly TimeSlot[]): boolean {
  return free.includes(session) || (session === TimeSlot.SCHOOL_HOURS && free.includes(TimeSlot.DAYTIME));
}

/**
 * Times: a cohort's sessions run at every time it lists, so the resident must be free at all of them. No note when the
 * provider or the resident has not said.
 */
export function timesNote(sessions: readonly TimeSlot[], free: readonly TimeSlot[]): MatchNote | null {
  if (sessions.length === 0 || free.length === 0) return null;
  const clashes = sessions.filter((session) => !isFreeFor(session, free));
  if (clashes.length === 0) {
    return { kind: MatchNoteKind.TIMES, met: true, text: `Runs ${said(sessions)}, when you said you are free` };
  }
  return {
    kind: MatchNoteKind.TIMES,
    met: false,
    text: `Runs ${said(clashes)}: you said you are free ${said(free)}`,
  };
}

function said(slots: readonly TimeSlot[]): string {
  const words = slots.map((slot) => SAID[slot]);
  return words.length === 1 ? words[0] : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}
