import { WARD_SEED } from '@app/reference';
import { AGED_50_PLUS_FROM, EligibilityRules } from './eligibility';
import { ProgrammeSnapshot } from './programme-index';
import { listProgrammes } from './programme-listing';
import { ResidentContext } from './resident-context';
import { SkillRegistry } from './skill-registry';

/**
 * Profile answers whose absence can hide courses: the eligibility rules of MATCHING.md read them, and an unknown one
 * fails any rule about it. Equality answers are left out on purpose: they are optional and used silently, and the
 * service never asks for them in exchange for more courses. No answer hides job matches (an unknown ward passes the
 * location rule), so there are hints for courses only.
 */
export enum ProfileAnswer {
  DATE_OF_BIRTH = 'DATE_OF_BIRTH',
  EMPLOYMENT_STATUS = 'EMPLOYMENT_STATUS',
  WARD = 'WARD',
  HIGHEST_QUALIFICATION_LEVEL = 'HIGHEST_QUALIFICATION_LEVEL',
}

export interface MissingAnswerHint {
  answer: ProfileAnswer;
  /** Programmes listed for at least one possible answer that are not listed now. */
  additionalCount: number;
}

/**
 * For each answer the resident has not given, how many more programmes would be listed with it: the programme listing
 * (listProgrammes, the one place its rules live) is run again for the resident with each possible answer in turn, and
 * a programme counts when some answer lists it. Every count is therefore one a real answer can reach; "up to" is how
 * a page should put it. Answers that would show nothing more are left out; the largest count comes first.
 */
export function missingAnswerHints(
  snapshot: ProgrammeSnapshot,
  skills: SkillRegistry,
  resident: ResidentContext,
  today: string,
  kinds?: readonly string[] | null,
): MissingAnswerHint[] {
  const held = skills.heldLevels(resident.skills);
  const listedNow = listProgrammes(snapshot, resident, held, today, kinds).listedOf;
  const hints: MissingAnswerHint[] = [];
  for (const [answer, variants] of possibleAnswers(snapshot.rules, resident, today)) {
    const shown = new Uint8Array(listedNow.length);
    for (const variant of variants) {
      const listed = listProgrammes(snapshot, variant, held, today, kinds).listedOf;
      for (let p = 0; p < listed.length; p += 1) if (listed[p] >= 0 && listedNow[p] < 0) shown[p] = 1;
    }
    const additionalCount = shown.reduce((sum, value) => sum + value, 0);
    if (additionalCount > 0) hints.push({ answer, additionalCount });
  }
  return hints.sort((a, b) => b.additionalCount - a.additionalCount || a.answer.localeCompare(b.answer));
}

/**
 * The resident as they would be with each answer they have not given. Only values that some programme's rules tell
 * apart are tried (its age limits, the statuses and levels it names); any other value lists the same programmes as one
 * of these. A ward is tried for each of Manchester's 32 (distance to a course depends on which) and for "elsewhere in
 * Greater Manchester".
 */
function possibleAnswers(
  rules: readonly EligibilityRules[],
  resident: ResidentContext,
  today: string,
): Map<ProfileAnswer, ResidentContext[]> {
  const answers = new Map<ProfileAnswer, ResidentContext[]>();
  if (resident.dateOfBirth === null) {
    // Born on this day N years ago: N on every start date in the coming year, N + 1 in the year after (so N - 1 too).
    // Of the target groups only AGED_50_PLUS reads an answer hints ask for (the others are equality answers).
    const ages = new Set(rules.flatMap((r) => [r.minAge, r.maxAge, r.maxAge === null ? null : r.maxAge - 1]));
    if (rules.some((r) => r.targetGroups.length > 0)) ages.add(AGED_50_PLUS_FROM);
    answers.set(
      ProfileAnswer.DATE_OF_BIRTH,
      [...ages].flatMap((age) => (age === null ? [] : [{ ...resident, dateOfBirth: bornYearsAgo(today, age) }])),
    );
  }
  if (resident.employmentStatus === null) {
    const statuses = new Set(rules.flatMap((r) => r.employmentStatuses));
    answers.set(
      ProfileAnswer.EMPLOYMENT_STATUS,
      [...statuses].map((employmentStatus) => ({ ...resident, employmentStatus })),
    );
  }
  if (resident.wardCode === null && !resident.livesInGreaterManchester) {
    answers.set(ProfileAnswer.WARD, [
      { ...resident, livesInGreaterManchester: true },
      ...WARD_SEED.map((ward) => ({
        ...resident,
        wardCode: ward.code,
        livesInGreaterManchester: true,
        latitude: ward.latitude,
        longitude: ward.longitude,
      })),
    ]);
  }
  if (resident.highestQualificationLevel === null) {
    const levels = new Set(rules.map((r) => r.minQualificationLevel));
    answers.set(
      ProfileAnswer.HIGHEST_QUALIFICATION_LEVEL,
      [...levels].flatMap((level) => (level === null ? [] : [{ ...resident, highestQualificationLevel: level }])),
    );
  }
  return answers;
}

/** YYYY-MM-DD of someone who is `years` old today (29 February becomes 28 February in other years). */
function bornYearsAgo(today: string, years: number): string {
  const year = Number(today.slice(0, 4)) - years;
  const monthDay = today.slice(5) === '02-29' ? '02-28' : today.slice(5);
  return `${String(year).padStart(4, '0')}-${monthDay}`;
}
