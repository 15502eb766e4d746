// The orders of MATCHING.md, as comparators for Array.prototype.sort. Ties fall through to the next key; ids last,
// so every order is total and stable across requests.

const byNumberDesc = (a: number, b: number) => b - a;
const byNumberAsc = (a: number, b: number) => a - b;
const byNullableAsc = (a: number | null, b: number | null) =>
  a === null ? (b === null ? 0 : 1) : b === null ? -1 : a - b;
const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const byTrueFirst = (a: boolean | undefined, b: boolean | undefined) => Number(b ?? false) - Number(a ?? false);

export interface RankedVacancy {
  score: number; // unrounded
  inInterests?: boolean; // docs/matching.md "Interests": first among equal scores
  distanceKm: number | null;
  closesOn: string;
  id: string;
}

/** Vacancy matches: score desc, in the resident's interests first, distanceKm asc (nulls last), closesOn asc, id asc. */
export function compareVacancyMatches(a: RankedVacancy, b: RankedVacancy): number {
  return (
    byNumberDesc(a.score, b.score) ||
    byTrueFirst(a.inInterests, b.inInterests) ||
    byNullableAsc(a.distanceKm, b.distanceKm) ||
    byString(a.closesOn, b.closesOn) ||
    byString(a.id, b.id)
  );
}

export interface RankedCandidate {
  score: number;
  distanceKm: number | null;
  candidateRef: string;
}

/** Candidates: as vacancy matches, with the tie broken on candidateRef. */
export function compareCandidates(a: RankedCandidate, b: RankedCandidate): number {
  return (
    byNumberDesc(a.score, b.score) ||
    byNullableAsc(a.distanceKm, b.distanceKm) ||
    byString(a.candidateRef, b.candidateRef)
  );
}

export interface RankedProgramme {
  vacanciesOpened: number;
  vacanciesImproved: number;
  skillsGained: number;
  inInterests?: boolean; // docs/matching.md "Interests": first among programmes equal on the three counts
  nextCohortStart: string;
  distanceKm: number | null;
  id: string;
}

/**
 * Programme matches: opened desc, improved desc, skills gained desc, in the resident's interests first, next cohort
 * start asc, distance asc, id asc.
 */
export function compareProgrammeMatches(a: RankedProgramme, b: RankedProgramme): number {
  return (
    byNumberDesc(a.vacanciesOpened, b.vacanciesOpened) ||
    byNumberDesc(a.vacanciesImproved, b.vacanciesImproved) ||
    byNumberDesc(a.skillsGained, b.skillsGained) ||
    byTrueFirst(a.inInterests, b.inInterests) ||
    byString(a.nextCohortStart, b.nextCohortStart) ||
    byNullableAsc(a.distanceKm, b.distanceKm) ||
    byString(a.id, b.id)
  );
}

export interface RankedPathway {
  scoreBefore: number;
  scoreAfter: number;
  weeks: number;
  cohortStart: string;
  vacancyId: string;
  programmeId: string;
}

/**
 * Pathways: scoreAfter desc, gain desc, weeks asc, cohort start asc, vacancy id asc; then programme id, which
 * MATCHING.md leaves open but pathwaysToVacancy needs (there every pathway has the same vacancy).
 */
export function comparePathways(a: RankedPathway, b: RankedPathway): number {
  return (
    byNumberDesc(a.scoreAfter, b.scoreAfter) ||
    byNumberDesc(a.scoreAfter - a.scoreBefore, b.scoreAfter - b.scoreBefore) ||
    byNumberAsc(a.weeks, b.weeks) ||
    byString(a.cohortStart, b.cohortStart) ||
    byString(a.vacancyId, b.vacancyId) ||
    byString(a.programmeId, b.programmeId)
  );
}
