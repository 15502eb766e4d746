/** What a match note is about: one rule each, in its own module beside this one. */
export enum MatchNoteKind {
  INTERESTS = 'INTERESTS',
  HOURS = 'HOURS',
  TIMES = 'TIMES',
  DEVICE = 'DEVICE',
  INTERNET = 'INTERNET',
}

/**
 * One factor of a match said in plain English (docs/matching.md "Every factor explained"). `met` false means the
 * match nearly fits: it is still shown, with what does not fit.
 */
export interface MatchNote {
  kind: MatchNoteKind;
  met: boolean;
  text: string;
}
