import { EligibilityRules } from './eligibility';
import { missingAnswerHints, ProfileAnswer } from './missing-answers';
import { buildProgrammeSnapshot, ProgrammeRow } from './programme-index';
import { ResidentContext } from './resident-context';
import { SkillRegistry } from './skill-registry';

const TODAY = '2026-03-10';
const ANY: EligibilityRules = {
  minAge: null,
  maxAge: null,
  employmentStatuses: [],
  residency: 'ANY',
  targetGroups: [],
  minQualificationLevel: null,
  essentialPrerequisites: [],
};
const ANCOATS = { latitude: 53.480621, longitude: -2.20943 };
const LONDON = { latitude: 51.5072, longitude: -0.1276 };

/** An online course teaching Python at level 3 (above the resident's 2), with `rules`. */
const course = (id: string, rules: Partial<EligibilityRules>, facts: Partial<ProgrammeRow> = {}): ProgrammeRow => ({
  id,
  kind: 'BOOTCAMP',
  delivery: 'ONLINE',
  weeks: 10,
  latitude: null,
  longitude: null,
  rules: { ...ANY, ...rules },
  taught: [{ skillId: 'python', level: 3 }],
  ...facts,
});

/** Has answered nothing but skills and how far they would travel. */
const newcomer = {
  userId: 'u',
  dateOfBirth: null,
  employmentStatus: null,
  wardCode: null,
  livesInGreaterManchester: false,
  highestQualificationLevel: null,
  gender: null,
  trans: null,
  ethnicity: null,
  disability: null,
  latitude: null,
  longitude: null,
  maxTravelKm: 20,
  skills: new Map([['python', 2]]),
} satisfies ResidentContext;

function hints(programmes: ProgrammeRow[], resident: ResidentContext = newcomer, kinds?: string[]) {
  const skills = new SkillRegistry();
  const cohorts = programmes.map((p) => ({
    id: `${p.id}-1`,
    programmeId: p.id,
    startDate: '2026-04-01',
    applicationsCloseOn: '2026-03-20',
    hasPlaces: true,
  }));
  return missingAnswerHints(buildProgrammeSnapshot('1', programmes, cohorts, skills), skills, resident, TODAY, kinds);
}

const CATALOGUE = [
  course('open-to-all', {}),
  course('aged-19-24', { minAge: 19, maxAge: 24 }),
  course('aged-50-up', { minAge: 50 }),
  course('over-50s-group', { targetGroups: ['AGED_50_PLUS'] }),
  course('women-only', { targetGroups: ['WOMEN'] }),
  course('unemployed', { employmentStatuses: ['UNEMPLOYED'] }),
  course('manchester', { residency: 'MANCHESTER' }),
  course('greater-manchester', { residency: 'GREATER_MANCHESTER' }),
  course('in-ancoats', { residency: 'MANCHESTER' }, { delivery: 'IN_PERSON', ...ANCOATS }),
  course('in-london', { residency: 'MANCHESTER' }, { delivery: 'IN_PERSON', ...LONDON }),
  course('level-3', { minQualificationLevel: 3 }),
  course('young-and-unemployed', { minAge: 19, employmentStatuses: ['UNEMPLOYED'] }),
  course('teaches-nothing-new', { minAge: 19 }, { taught: [{ skillId: 'python', level: 2 }] }),
];

describe('missingAnswerHints', () => {
  it('counts, per missing answer, the courses some answer to it would list', () => {
    // Date of birth: aged-19-24, aged-50-up, over-50s-group (never women-only: equality answers are not asked for).
    // Ward: manchester, greater-manchester, in-ancoats (in-london is beyond 20 km of every Manchester ward).
    // young-and-unemployed needs two answers, so neither alone shows it; teaches-nothing-new is never listed.
    expect(hints(CATALOGUE)).toEqual([
      { answer: ProfileAnswer.DATE_OF_BIRTH, additionalCount: 3 },
      { answer: ProfileAnswer.WARD, additionalCount: 3 },
      { answer: ProfileAnswer.EMPLOYMENT_STATUS, additionalCount: 1 },
      { answer: ProfileAnswer.HIGHEST_QUALIFICATION_LEVEL, additionalCount: 1 },
    ]);
  });

  it('asks nothing of a resident who has answered everything', () => {
    const answered = {
      ...newcomer,
      dateOfBirth: '1990-01-01',
      employmentStatus: 'EMPLOYED',
      wardCode: 'E05011350',
      livesInGreaterManchester: true,
      highestQualificationLevel: 2,
      ...ANCOATS,
    };
    expect(hints(CATALOGUE, answered)).toEqual([]);
  });

  it('treats "elsewhere in Greater Manchester" as an answer to where you live', () => {
    const inGreaterManchester = { ...newcomer, livesInGreaterManchester: true };
    expect(hints(CATALOGUE, inGreaterManchester).map((hint) => hint.answer)).not.toContain(ProfileAnswer.WARD);
  });

  it('finds the age limits on the start date of a cohort more than a year away', () => {
    const later = course('aged-exactly-30', { minAge: 30, maxAge: 30 });
    const skills = new SkillRegistry();
    const snapshot = buildProgrammeSnapshot(
      '1',
      [later],
      [{ id: 'c', programmeId: later.id, startDate: '2027-06-01', applicationsCloseOn: '2027-05-01', hasPlaces: true }],
      skills,
    );
    expect(missingAnswerHints(snapshot, skills, newcomer, TODAY)).toEqual([
      { answer: ProfileAnswer.DATE_OF_BIRTH, additionalCount: 1 },
    ]);
  });

  it('counts only courses of the kinds asked for', () => {
    const apprenticeship = course('apprenticeship-19-24', { minAge: 19, maxAge: 24 }, { kind: 'APPRENTICESHIP' });
    expect(hints([...CATALOGUE, apprenticeship], newcomer, ['APPRENTICESHIP'])).toEqual([
      { answer: ProfileAnswer.DATE_OF_BIRTH, additionalCount: 1 },
    ]);
  });
});
