import { buildProgrammeSnapshot, CohortRow, ProgrammeRow } from './programme-index';
import { listedProgramme, listProgrammes } from './programme-listing';
import { ResidentContext } from './resident-context';
import { SkillRegistry } from './skill-registry';

const TODAY = '2026-03-10';

const rules = {
  minAge: null,
  maxAge: null,
  employmentStatuses: [],
  residency: 'ANY' as const,
  targetGroups: [],
  minQualificationLevel: null,
  essentialPrerequisites: [],
};
const programme = (id: string, facts: Partial<ProgrammeRow> = {}): ProgrammeRow => ({
  id,
  kind: 'BOOTCAMP',
  delivery: 'ONLINE',
  weeks: 10,
  latitude: null,
  longitude: null,
  rules,
  taught: [{ skillId: 'python', level: 3 }],
  ...facts,
});
const cohort = (id: string, programmeId: string, facts: Partial<CohortRow> = {}): CohortRow => ({
  id,
  programmeId,
  startDate: '2026-04-01',
  applicationsCloseOn: '2026-03-20',
  hasPlaces: true,
  ...facts,
});
// Born 2000-04-01: 25 until the day before a cohort starting 2026-04-01, 26 on it.
const resident = {
  dateOfBirth: '2000-04-01',
  employmentStatus: 'UNEMPLOYED',
  wardCode: 'W',
  livesInGreaterManchester: true,
  highestQualificationLevel: 2,
  gender: null,
  trans: null,
  ethnicity: null,
  disability: null,
  latitude: 53.48,
  longitude: -2.24,
  maxTravelKm: 5,
  skills: new Map([['python', 2]]),
} as unknown as ResidentContext;

function list(programmes: ProgrammeRow[], cohorts: CohortRow[], kinds?: string[]) {
  const skills = new SkillRegistry();
  const snapshot = buildProgrammeSnapshot('1', programmes, cohorts, skills);
  const listing = listProgrammes(snapshot, resident, skills.heldLevels(resident.skills), TODAY, kinds);
  return Array.from({ length: listing.count }, (_, i) => listedProgramme(snapshot, listing, i, skills));
}

describe('listProgrammes', () => {
  it('chooses the earliest OPEN cohort: not started, applications open, places left (ties on id)', () => {
    const listed = list(
      [programme('P')],
      [
        cohort('a-started', 'P', { startDate: TODAY, applicationsCloseOn: '2026-03-01' }),
        cohort('b-closed', 'P', { startDate: '2026-03-20', applicationsCloseOn: '2026-03-09' }),
        cohort('c-full', 'P', { startDate: '2026-03-21', hasPlaces: false }),
        cohort('e-open', 'P', { startDate: '2026-03-25' }),
        cohort('d-open', 'P', { startDate: '2026-03-25', applicationsCloseOn: TODAY }),
        cohort('f-later', 'P', { startDate: '2026-05-01' }),
      ],
    );
    expect(listed.map((p) => [p.programmeId, p.cohortId, p.cohortStart])).toEqual([['P', 'd-open', '2026-03-25']]);
  });

  it('leaves out a programme without an OPEN cohort, or gaining the resident nothing', () => {
    const listed = list(
      [programme('none'), programme('nothing', { taught: [{ skillId: 'python', level: 2 }] }), programme('ok')],
      [cohort('x', 'none', { hasPlaces: false }), cohort('y', 'nothing'), cohort('z', 'ok')],
    );
    expect(listed.map((p) => p.programmeId)).toEqual(['ok']);
    expect(listed[0].skillsGained).toEqual([{ skillId: 'python', level: 3 }]);
  });

  it("checks eligibility on the next cohort's start date", () => {
    const over26 = { ...rules, minAge: 26 };
    const listed = list(
      [programme('early', { rules: over26 }), programme('on-birthday', { rules: over26 })],
      [cohort('e', 'early', { startDate: '2026-03-31' }), cohort('b', 'on-birthday', { startDate: '2026-04-01' })],
    );
    expect(listed.map((p) => p.programmeId)).toEqual(['on-birthday']);
  });

  it('applies the location rule unless ONLINE, and the kinds filter', () => {
    const at = (latitude: number) => ({ delivery: 'IN_PERSON', latitude, longitude: -2.24 });
    const listed = list(
      [
        programme('near', at(53.49)), // 1.1 km
        programme('far', at(53.6)), // 13.3 km
        programme('online', { kind: 'SHORT_COURSE' }),
        programme('unknown ward', { delivery: 'HYBRID' }),
      ],
      ['near', 'far', 'online', 'unknown ward'].map((id) => cohort(`c-${id}`, id)),
    );
    expect(listed.map((p) => [p.programmeId, p.distanceKm])).toEqual([
      ['near', 1.1],
      ['online', null],
      ['unknown ward', null],
    ]);
    expect(
      list([programme('online', { kind: 'SHORT_COURSE' })], [cohort('c', 'online')], ['BOOTCAMP']).map(
        (p) => p.programmeId,
      ),
    ).toEqual([]);
  });
});
