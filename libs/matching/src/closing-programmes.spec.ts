import { programmesClosing } from './closing-programmes';
import { buildProgrammeSnapshot, CohortRow, ProgrammeRow } from './programme-index';
import { MatchingSnapshots } from './programme-ranking';
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
const programme = (id: string, taught: { skillId: string; level: number }[], extra: Partial<ProgrammeRow> = {}) =>
  ({
    id,
    kind: 'BOOTCAMP',
    delivery: 'ONLINE',
    weeks: 10,
    latitude: null,
    longitude: null,
    rules,
    taught,
    ...extra,
  }) as ProgrammeRow;
const cohort = (programmeId: string, startDate: string): CohortRow => ({
  id: `${programmeId}-cohort`,
  programmeId,
  startDate,
  applicationsCloseOn: '2026-03-20',
  hasPlaces: true,
});
const resident = {
  skills: new Map([['crypto', 1]]),
  latitude: null,
  longitude: null,
  maxTravelKm: null,
} as unknown as ResidentContext;

function closing(programmes: ProgrammeRow[], cohorts: CohortRow[], gaps: [string, number][]) {
  const skills = new SkillRegistry();
  const snapshot = buildProgrammeSnapshot('1', programmes, cohorts, skills);
  const snapshots = { programmes: snapshot, skills } as unknown as MatchingSnapshots;
  return programmesClosing(snapshots, resident, new Map(gaps), TODAY, 5);
}

// Hand-worked: the vacancy's unmet skills are crypto at PRACTITIONER (3) and soc at WORKING (2).
describe('programmesClosing (feedback that leads to a course)', () => {
  it('keeps the courses teaching a gap to the level required, most gaps closed first, then the earliest start', () => {
    const ids = closing(
      [
        programme('both', [
          { skillId: 'crypto', level: 3 },
          { skillId: 'soc', level: 2 },
        ]),
        programme('crypto-late', [{ skillId: 'crypto', level: 4 }]),
        programme('crypto-early', [{ skillId: 'crypto', level: 3 }]),
        programme('too-low', [{ skillId: 'crypto', level: 2 }]), // WORKING is below the PRACTITIONER asked for
        programme('unrelated', [{ skillId: 'python', level: 3 }]),
      ],
      [
        cohort('both', '2026-06-01'),
        cohort('crypto-late', '2026-05-01'),
        cohort('crypto-early', '2026-04-01'),
        cohort('too-low', '2026-04-01'),
        cohort('unrelated', '2026-04-01'),
      ],
      [
        ['crypto', 3],
        ['soc', 2],
      ],
    );
    expect(ids).toEqual(['both', 'crypto-early', 'crypto-late']);
  });

  it('suggests nothing for skills no course teaches, or a course with no open cohort', () => {
    expect(closing([programme('p', [{ skillId: 'crypto', level: 3 }])], [], [['crypto', 3]])).toEqual([]);
    expect(
      closing([programme('p', [{ skillId: 'crypto', level: 3 }])], [cohort('p', '2026-04-01')], [['x', 2]]),
    ).toEqual([]);
  });
});
