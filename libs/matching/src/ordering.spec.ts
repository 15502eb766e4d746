import {
  compareCandidates,
  compareProgrammeMatches,
  comparePathways,
  compareVacancyMatches,
  RankedCandidate,
  RankedPathway,
  RankedProgramme,
  RankedVacancy,
} from './ordering';
import { reportedScore } from './vacancy-score';

/** `first` sorts before `second`, whichever way round they are compared. */
function expectBefore<T>(compare: (a: T, b: T) => number, first: T, second: T): void {
  expect(compare(first, second)).toBeLessThan(0);
  expect(compare(second, first)).toBeGreaterThan(0);
}

const shuffle = <T>(items: T[]): T[] => [...items.slice(3), ...items.slice(0, 3)].reverse();

describe('compareVacancyMatches: score desc, distanceKm asc (nulls last), closesOn asc, id asc', () => {
  const base: RankedVacancy = { score: 0.5, distanceKm: 3, closesOn: '2026-05-01', id: 'v-5' };

  it('ranks the higher score first, whatever the later keys', () => {
    expectBefore(
      compareVacancyMatches,
      { score: 0.6, distanceKm: 40, closesOn: '2026-12-31', id: 'v-9' },
      { score: 0.5, distanceKm: 1, closesOn: '2026-01-01', id: 'v-1' },
    );
  });

  it('ranks on the unrounded score even when both report the same', () => {
    expect(reportedScore(0.83334)).toBe(reportedScore(0.83333));
    expectBefore(compareVacancyMatches, { ...base, score: 0.83334, id: 'v-9' }, { ...base, score: 0.83333, id: 'v-1' });
  });

  it('on equal score, ranks the nearer first', () => {
    expectBefore(
      compareVacancyMatches,
      { ...base, distanceKm: 1.2, closesOn: '2026-12-31', id: 'v-9' },
      { ...base, distanceKm: 1.3, closesOn: '2026-01-01', id: 'v-1' },
    );
  });

  it('on equal score, puts an unknown distance after any known one', () => {
    expectBefore(
      compareVacancyMatches,
      { ...base, distanceKm: 250, closesOn: '2026-12-31', id: 'v-9' },
      { ...base, distanceKm: null, closesOn: '2026-01-01', id: 'v-1' },
    );
    expectBefore(
      compareVacancyMatches,
      { ...base, distanceKm: 0, id: 'v-9' },
      { ...base, distanceKm: null, id: 'v-1' },
    );
  });

  it('on equal score and distance, ranks the earlier closesOn first', () => {
    expectBefore(
      compareVacancyMatches,
      { ...base, closesOn: '2026-04-30', id: 'v-9' },
      { ...base, closesOn: '2026-05-01', id: 'v-1' },
    );
  });

  it('two unknown distances tie and fall through to closesOn', () => {
    expectBefore(
      compareVacancyMatches,
      { ...base, distanceKm: null, closesOn: '2026-04-30', id: 'v-9' },
      { ...base, distanceKm: null, closesOn: '2026-05-01', id: 'v-1' },
    );
  });

  it('breaks a tie on every other key by id asc', () => {
    expectBefore(compareVacancyMatches, { ...base, id: 'v-1' }, { ...base, id: 'v-2' });
  });

  it('is 0 only for the same keys and id', () => {
    expect(compareVacancyMatches(base, { ...base })).toBe(0);
  });

  it('sorts an array into the documented order', () => {
    const ordered: RankedVacancy[] = [
      { score: 0.9, distanceKm: 8, closesOn: '2026-06-01', id: 'v-6' },
      { score: 0.7, distanceKm: 1.5, closesOn: '2026-06-01', id: 'v-5' },
      { score: 0.7, distanceKm: 2, closesOn: '2026-05-01', id: 'v-4' },
      { score: 0.7, distanceKm: 2, closesOn: '2026-06-01', id: 'v-2' },
      { score: 0.7, distanceKm: 2, closesOn: '2026-06-01', id: 'v-3' },
      { score: 0.7, distanceKm: null, closesOn: '2026-01-01', id: 'v-1' },
      { score: 0.2, distanceKm: 0.5, closesOn: '2026-01-01', id: 'v-0' },
    ];
    expect(shuffle(ordered).sort(compareVacancyMatches)).toEqual(ordered);
  });
});

describe('compareCandidates: score desc, distanceKm asc (nulls last), candidateRef asc', () => {
  const base: RankedCandidate = { score: 0.5, distanceKm: 3, candidateRef: 'C-5' };

  it('ranks the higher score first', () => {
    expectBefore(
      compareCandidates,
      { score: 0.75, distanceKm: 20, candidateRef: 'C-9' },
      { score: 0.5, distanceKm: 1, candidateRef: 'C-1' },
    );
  });

  it('on equal score, ranks the nearer first and an unknown distance last', () => {
    expectBefore(
      compareCandidates,
      { ...base, distanceKm: 2, candidateRef: 'C-9' },
      { ...base, distanceKm: 3, candidateRef: 'C-1' },
    );
    expectBefore(
      compareCandidates,
      { ...base, distanceKm: 99, candidateRef: 'C-9' },
      { ...base, distanceKm: null, candidateRef: 'C-1' },
    );
  });

  it('breaks a tie on candidateRef asc', () => {
    expectBefore(compareCandidates, { ...base, candidateRef: 'C-1' }, { ...base, candidateRef: 'C-2' });
    expectBefore(
      compareCandidates,
      { ...base, distanceKm: null, candidateRef: 'C-1' },
      { ...base, distanceKm: null, candidateRef: 'C-2' },
    );
  });

  it('sorts an array into the documented order', () => {
    const ordered: RankedCandidate[] = [
      { score: 1, distanceKm: null, candidateRef: 'C-4' },
      { score: 0.5, distanceKm: 1, candidateRef: 'C-3' },
      { score: 0.5, distanceKm: 2, candidateRef: 'C-1' },
      { score: 0.5, distanceKm: 2, candidateRef: 'C-2' },
      { score: 0.5, distanceKm: null, candidateRef: 'C-0' },
      { score: 0.25, distanceKm: 0, candidateRef: 'C-5' },
    ];
    expect(shuffle(ordered).sort(compareCandidates)).toEqual(ordered);
  });
});

describe('compareProgrammeMatches: opened desc, improved desc, skills gained desc, next start asc, distance asc (nulls last), id asc', () => {
  const base: RankedProgramme = {
    vacanciesOpened: 2,
    vacanciesImproved: 5,
    skillsGained: 3,
    nextCohortStart: '2026-09-01',
    distanceKm: 4,
    id: 'p-5',
  };

  it('ranks more vacancies opened first, whatever the later keys', () => {
    expectBefore(
      compareProgrammeMatches,
      {
        vacanciesOpened: 3,
        vacanciesImproved: 3,
        skillsGained: 1,
        nextCohortStart: '2027-01-01',
        distanceKm: null,
        id: 'p-9',
      },
      {
        vacanciesOpened: 2,
        vacanciesImproved: 9,
        skillsGained: 6,
        nextCohortStart: '2026-01-01',
        distanceKm: 0,
        id: 'p-1',
      },
    );
  });

  it('on equal opened, ranks more vacancies improved first', () => {
    expectBefore(
      compareProgrammeMatches,
      { ...base, vacanciesImproved: 6, skillsGained: 1, nextCohortStart: '2027-01-01', distanceKm: null, id: 'p-9' },
      { ...base, vacanciesImproved: 5, skillsGained: 6, nextCohortStart: '2026-01-01', distanceKm: 0, id: 'p-1' },
    );
  });

  it('on equal opened and improved, ranks more skills gained first', () => {
    expectBefore(
      compareProgrammeMatches,
      { ...base, skillsGained: 4, nextCohortStart: '2027-01-01', distanceKm: null, id: 'p-9' },
      { ...base, skillsGained: 3, nextCohortStart: '2026-01-01', distanceKm: 0, id: 'p-1' },
    );
  });

  it('then ranks the earlier next cohort start first', () => {
    expectBefore(
      compareProgrammeMatches,
      { ...base, nextCohortStart: '2026-08-31', distanceKm: null, id: 'p-9' },
      { ...base, nextCohortStart: '2026-09-01', distanceKm: 0, id: 'p-1' },
    );
  });

  it('then ranks the nearer first, an unknown distance last', () => {
    expectBefore(
      compareProgrammeMatches,
      { ...base, distanceKm: 3.9, id: 'p-9' },
      { ...base, distanceKm: 4, id: 'p-1' },
    );
    expectBefore(
      compareProgrammeMatches,
      { ...base, distanceKm: 300, id: 'p-9' },
      { ...base, distanceKm: null, id: 'p-1' },
    );
  });

  it('breaks a tie on every other key by id asc', () => {
    expectBefore(compareProgrammeMatches, { ...base, id: 'p-1' }, { ...base, id: 'p-2' });
    expectBefore(
      compareProgrammeMatches,
      { ...base, distanceKm: null, id: 'p-1' },
      { ...base, distanceKm: null, id: 'p-2' },
    );
  });

  it('sorts an array into the documented order', () => {
    const ordered: RankedProgramme[] = [
      { ...base, vacanciesOpened: 3, id: 'p-7' },
      { ...base, vacanciesImproved: 6, id: 'p-6' },
      { ...base, skillsGained: 4, id: 'p-5' },
      { ...base, nextCohortStart: '2026-08-01', id: 'p-4' },
      { ...base, distanceKm: 1, id: 'p-3' },
      { ...base, id: 'p-1' },
      { ...base, id: 'p-2' },
      { ...base, distanceKm: null, id: 'p-0' },
    ];
    expect(shuffle(ordered).sort(compareProgrammeMatches)).toEqual(ordered);
  });
});

describe('comparePathways: scoreAfter desc, (scoreAfter − scoreBefore) desc, weeks asc, cohort start asc, vacancy id asc', () => {
  const base: RankedPathway = {
    scoreBefore: 0.5,
    scoreAfter: 0.9,
    weeks: 12,
    cohortStart: '2026-09-01',
    vacancyId: 'v-5',
    programmeId: 'p-1',
  };

  it('ranks the higher scoreAfter first, whatever the later keys', () => {
    // gain 0.8 − 0.7 = 0.1 against 0.75 − 0.25 = 0.5: scoreAfter decides first
    expectBefore(
      comparePathways,
      { scoreBefore: 0.7, scoreAfter: 0.8, weeks: 52, cohortStart: '2027-01-01', vacancyId: 'v-9', programmeId: 'p-9' },
      {
        scoreBefore: 0.25,
        scoreAfter: 0.75,
        weeks: 4,
        cohortStart: '2026-01-01',
        vacancyId: 'v-1',
        programmeId: 'p-1',
      },
    );
  });

  it('on equal scoreAfter, ranks the bigger gain first', () => {
    // gains 1 − 0.25 = 0.75 and 1 − 0.5 = 0.5
    expectBefore(
      comparePathways,
      { ...base, scoreAfter: 1, scoreBefore: 0.25, weeks: 52, cohortStart: '2027-01-01', vacancyId: 'v-9' },
      { ...base, scoreAfter: 1, scoreBefore: 0.5, weeks: 4, cohortStart: '2026-01-01', vacancyId: 'v-1' },
    );
  });

  it('on equal scores, ranks the shorter programme first', () => {
    expectBefore(
      comparePathways,
      { ...base, weeks: 8, cohortStart: '2027-01-01', vacancyId: 'v-9' },
      { ...base, weeks: 12, cohortStart: '2026-01-01', vacancyId: 'v-1' },
    );
  });

  it('on equal weeks, ranks the earlier cohort start first', () => {
    expectBefore(
      comparePathways,
      { ...base, cohortStart: '2026-08-31', vacancyId: 'v-9' },
      { ...base, cohortStart: '2026-09-01', vacancyId: 'v-1' },
    );
  });

  it('breaks a tie on every other key by vacancy id asc', () => {
    expectBefore(
      comparePathways,
      { ...base, vacancyId: 'v-1', programmeId: 'p-9' },
      { ...base, vacancyId: 'v-2', programmeId: 'p-1' },
    );
  });

  it('breaks a tie between two programmes to the same vacancy by programme id asc', () => {
    expectBefore(comparePathways, { ...base, programmeId: 'p-1' }, { ...base, programmeId: 'p-2' });
  });

  it('sorts an array into the documented order', () => {
    const ordered: RankedPathway[] = [
      { ...base, scoreAfter: 1, scoreBefore: 0.9, vacancyId: 'v-6' },
      { ...base, scoreBefore: 0.25, vacancyId: 'v-5' },
      { ...base, weeks: 6, vacancyId: 'v-4' },
      { ...base, cohortStart: '2026-01-05', vacancyId: 'v-3' },
      { ...base, vacancyId: 'v-1' },
      { ...base, vacancyId: 'v-2' },
      { ...base, scoreAfter: 0.6, scoreBefore: 0, vacancyId: 'v-0' },
    ];
    expect(shuffle(ordered).sort(comparePathways)).toEqual(ordered);
  });
});
