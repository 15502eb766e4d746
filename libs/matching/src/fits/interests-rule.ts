import { MatchNote, MatchNoteKind } from './match-note';

/**
 * Interests: a job or course is in a resident's interests when any skill it asks for or teaches is in a skill category
 * they chose. No note when they chose none. Interests only order equal scores and filter; they never change a score.
 */
export function isInInterests(categories: readonly string[], interests: readonly string[]): boolean {
  return categories.some((category) => interests.includes(category));
}

export function interestsNote(categories: readonly string[], interests: readonly string[]): MatchNote | null {
  if (interests.length === 0) return null;
  const shared = interests.filter((interest) => categories.includes(interest));
  return shared.length
    ? { kind: MatchNoteKind.INTERESTS, met: true, text: `In ${listed(shared)}, which you said interests you` }
    : { kind: MatchNoteKind.INTERESTS, met: false, text: 'Not in the areas you said interest you' };
}

/** 'Cyber security', 'cyber security and data and AI' (categories read as ordinary words mid-sentence). */
function listed(categories: readonly string[]): string {
  const words = categories.map((category) => category.charAt(0).toLowerCase() + category.slice(1));
  return words.length === 1 ? words[0] : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}
