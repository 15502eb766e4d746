import { distanceKm, withinTravel } from './distance';
import { isEligible } from './eligibility';
import { compareProgrammeMatches, comparePathways } from './ordering';
import { buildProgrammeSnapshot, CohortRow, ProgrammeRow } from './programme-index';
import { matchingSnapshots, PathwayRow, ProgrammeMatchRow, rankPathways, rankProgrammes } from './programme-ranking';
import { ResidentContext } from './resident-context';
import { SkillRegistry } from './skill-registry';
import { buildVacancySnapshot, RequirementRow, VacancyRow } from './vacancy-index';
import { projectProfile, scoreVacancy } from './vacancy-score';

const TODAY = '2026-03-10';
const HERE = { latitude: 53.48, longitude: -2.24 };
const NEAR = { latitude: 53.49, longitude: -2.24 }; // 1.1 km away
const FAR = { latitude: 53.6, longitude: -2.24 }; // 13.3 km away

const resident = (skills: [string, number][], facts: Partial<ResidentContext> = {}): ResidentContext => ({
  userId: 'r',
  dateOfBirth: '1990-01-01',
  employmentStatus: 'UNEMPLOYED',
  wardCode: 'W',
  livesInGreaterManchester: true,
  highestQualificationLevel: 3,
  gender: null,
  trans: null,
  ethnicity: null,
  disability: null,
  latitude: HERE.latitude,
  longitude: HERE.longitude,
  maxTravelKm: null,
  skills: new Map(skills),
  ...facts,
});

const vacancy = (id: string, facts: Partial<VacancyRow> = {}): VacancyRow => ({
  id,
  closesOn: '2026-04-01',
  positionsOpen: true,
  workplace: 'HYBRID',
  latitude: NEAR.latitude,
  longitude: NEAR.longitude,
  ...facts,
});

const anyone = {
  minAge: null,
  maxAge: null,
  employmentStatuses: [],
  residency: 'ANY' as const,
  targetGroups: [],
  minQualificationLevel: null,
  essentialPrerequisites: [],
};

const programme = (id: string, taught: [string, number][], facts: Partial<ProgrammeRow> = {}): ProgrammeRow => ({
  id,
  kind: 'BOOTCAMP',
  delivery: 'ONLINE',
  weeks: 12,
  latitude: null,
  longitude: null,
  rules: anyone,
  taught: taught.map(([skillId, level]) => ({ skillId, level })),
  ...facts,
});

const cohort = (programmeId: string, facts: Partial<CohortRow> = {}): CohortRow => ({
  id: `c-${programmeId}`,
  programmeId,
  startDate: '2026-04-01',
  applicationsCloseOn: '2026-03-20',
  hasPlaces: true,
  ...facts,
});

const requirement = (vacancyId: string, skillId: string, level: number, essential: boolean): RequirementRow => ({
  vacancyId,
  skillId,
  level,
  essential,
});

function snapshots(
  vacancies: VacancyRow[],
  requirements: RequirementRow[],
  programmes: ProgrammeRow[],
  cohorts: CohortRow[],
) {
  const skills = new SkillRegistry();
  return matchingSnapshots(
    buildVacancySnapshot('1', vacancies, requirements, skills),
    buildProgrammeSnapshot('1', programmes, cohorts, skills),
    skills,
  );
}

describe('rankProgrammes and rankPathways on hand-computed data', () => {
  // The resident: python 2, sql 1.
  //  V1: python 2 essential, sql 2 desirable → credit 2·12 + 1·6 = 30 of 36: fully qualified already.
  //  V2: python 4 essential → credit 2·2·3 = 12 of 24: not qualified; P1 (python 4) opens it: 24/24.
  //  V3: python 3 essential, java 2 essential, sql 2 desirable → credit 2·2·4 + 0 + 1·6 = 22 of 60.
  //      P1 alone closes python only; P3 (python 3, java 2) opens it: 2·12 + 2·12 + 6 = 54 of 60.
  //  V4: java 1 essential, closed yesterday: matches nobody.
  const data = () =>
    snapshots(
      [vacancy('V1'), vacancy('V2'), vacancy('V3'), vacancy('V4', { closesOn: '2026-03-09' })],
      [
        requirement('V1', 'python', 2, true),
        requirement('V1', 'sql', 2, false),
        requirement('V2', 'python', 4, true),
        requirement('V3', 'python', 3, true),
        requirement('V3', 'java', 2, true),
        requirement('V3', 'sql', 2, false),
        requirement('V4', 'java', 1, true),
      ],
      [
        programme('P1', [['python', 4]]),
        programme('P2', [['sql', 3]], { delivery: 'IN_PERSON', latitude: NEAR.latitude, longitude: NEAR.longitude }),
        programme('P3', [
          ['python', 3],
          ['java', 2],
        ]),
        programme('P4', [['python', 1]]), // gains the resident nothing
        programme('P5', [['java', 4]], { delivery: 'IN_PERSON', latitude: FAR.latitude, longitude: FAR.longitude }),
      ],
      ['P1', 'P2', 'P3', 'P4', 'P5'].map((id) => cohort(id)),
    );
  const someone = resident([
    ['python', 2],
    ['sql', 1],
  ]);

  it('counts what each listed programme opens and improves, in order', () => {
    const rows = rankProgrammes(data(), { ...someone, maxTravelKm: 5 }, {}, 10, TODAY);
    expect(rows.map((r) => [r.programmeId, r.vacanciesOpened, r.vacanciesImproved, r.distanceKm])).toEqual([
      ['P3', 1, 2, null], // opens V3, improves V2 (python 3 > 2) and V3; gains 2 skills, so before P1
      ['P1', 1, 2, null], // opens V2, improves V2 and V3 (python)
      ['P2', 0, 2, 1.1], // improves V1 and V3 (sql)
    ]); // P4: gains nothing; P5: 13.3 km, beyond 5
    expect(rows[0].skillsGained).toEqual([
      { skillId: 'python', level: 3 },
      { skillId: 'java', level: 2 },
    ]);
    expect(rows[1]).toMatchObject({ cohortId: 'c-P1', cohortStart: '2026-04-01', weeks: 12 });
  });

  it('lists pathways with the score before and after', () => {
    const pathways = rankPathways(data(), someone, 10, TODAY);
    expect(pathways.map((p) => [p.programme.programmeId, p.vacancyId, p.scoreBefore, p.scoreAfter])).toEqual([
      ['P1', 'V2', 12 / 24, 1],
      ['P3', 'V3', 22 / 60, 54 / 60],
    ]);
    expect(rankPathways(data(), someone, 1, TODAY)).toHaveLength(1);
    expect(rankPathways(data(), someone, 10, TODAY, ['V3', 'V4', 'unknown']).map((p) => p.vacancyId)).toEqual(['V3']);
  });

  it('applies the kinds and workplaces filters', () => {
    const remoteOnly = rankProgrammes(data(), someone, { workplaces: ['REMOTE'] }, 10, TODAY);
    // No remote vacancy: nothing opened or improved, so most skills gained first, then nearest (online last).
    expect(remoteOnly.map((r) => [r.programmeId, r.vacanciesImproved])).toEqual([
      ['P3', 0],
      ['P2', 0],
      ['P5', 0],
      ['P1', 0],
    ]);
    expect(rankProgrammes(data(), someone, { kinds: ['APPRENTICESHIP'] }, 10, TODAY)).toEqual([]);
  });
});

// A small PRNG, so a failing case can be replayed from its seed.
function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (low: number, high: number) => low + Math.floor(next() * (high - low + 1));
  const pick = <T>(items: readonly T[]): T => items[int(0, items.length - 1)];
  return { next, int, pick, chance: (p: number) => next() < p };
}

const POINTS = [HERE, NEAR, FAR, { latitude: 53.52, longitude: -2.3 }];
const day = (offset: number) =>
  new Date(Date.parse(`${TODAY}T00:00:00Z`) + offset * 86_400_000).toISOString().slice(0, 10);

/**
 * A small catalogue with many ties and overlaps: few skills, a few levels, dates around today. A dense one, now and
 * then, has many pathways tied on everything but their last keys: a resident with no skills, programmes teaching
 * at the top level, two start dates.
 */
function generate(seed: number) {
  const r = random(seed);
  const dense = r.chance(0.3);
  const skillIds = Array.from({ length: dense ? r.int(2, 3) : r.int(3, 9) }, (_, k) => `s${k}`);
  const place = () => (r.chance(0.2) ? { latitude: null, longitude: null } : r.pick(POINTS));
  const vacancies: VacancyRow[] = [];
  const requirements: RequirementRow[] = [];
  const vacancyCount = r.int(0, 60);
  for (let v = 0; v < vacancyCount; v += 1) {
    const workplace = r.pick(['ON_SITE', 'HYBRID', 'REMOTE']);
    const at = workplace === 'REMOTE' ? { latitude: null, longitude: null } : place();
    const id = `v${String(v).padStart(3, '0')}`;
    vacancies.push({ id, closesOn: day(r.int(-2, 20)), positionsOpen: r.chance(0.9), workplace, ...at });
    const skills = [...skillIds].sort(() => r.next() - 0.5).slice(0, dense ? r.int(1, 2) : r.int(0, 5));
    for (const skillId of skills) requirements.push(requirement(id, skillId, r.int(1, 4), r.chance(0.6)));
  }
  const programmes: ProgrammeRow[] = [];
  const cohorts: CohortRow[] = [];
  const programmeCount = r.int(0, 40);
  for (let p = 0; p < programmeCount; p += 1) {
    const id = `p${String(p).padStart(3, '0')}`;
    const delivery = r.pick(['ONLINE', 'IN_PERSON', 'HYBRID']);
    const taught = [...skillIds].sort(() => r.next() - 0.5).slice(0, r.int(1, 4));
    programmes.push({
      id,
      kind: r.pick(['BOOTCAMP', 'SHORT_COURSE']),
      delivery,
      weeks: r.pick([4, 8]),
      ...(delivery === 'ONLINE' ? { latitude: null, longitude: null } : place()),
      rules: {
        ...anyone,
        minAge: r.chance(0.2) ? r.int(18, 40) : null,
        maxAge: r.chance(0.1) ? r.int(30, 60) : null,
        targetGroups: r.chance(0.15) ? [r.pick(['WOMEN', 'AGED_50_PLUS', 'DISABLED'])] : [],
        residency: r.pick(['ANY', 'ANY', 'MANCHESTER', 'GREATER_MANCHESTER'] as const),
        essentialPrerequisites: r.chance(0.2) ? [{ skillId: r.pick(skillIds), level: r.int(1, 3) }] : [],
      },
      taught: taught.map((skillId) => ({ skillId, level: dense ? 4 : r.int(1, 4) })),
    });
    const cohortCount = r.int(0, 3);
    for (let c = 0; c < cohortCount; c += 1) {
      const start = dense ? r.pick([11, 12]) : r.int(-5, 30);
      cohorts.push({
        id: `${id}-c${c}`,
        programmeId: id,
        startDate: day(start),
        applicationsCloseOn: day(start - r.int(0, 10)),
        hasPlaces: r.chance(0.85),
      });
    }
  }
  const person = resident(
    [...skillIds]
      .sort(() => r.next() - 0.5)
      .slice(0, dense ? 0 : r.int(0, 4))
      .map((skillId) => [skillId, r.int(1, 4)]),
    {
      dateOfBirth: r.chance(0.1) ? null : day(-365 * r.int(17, 60) - r.int(0, 364)),
      gender: r.pick([null, 'WOMAN', 'MAN']),
      wardCode: r.chance(0.15) ? null : 'W',
      ...(r.chance(0.15) ? { latitude: null, longitude: null } : r.pick(POINTS)),
      maxTravelKm: r.chance(0.5) ? null : r.pick([1, 5, 20]),
    },
  );
  const filter = {
    kinds: r.chance(0.2) ? ['BOOTCAMP'] : null,
    workplaces: r.chance(0.2) ? ['REMOTE', 'HYBRID'] : null,
  };
  return { vacancies, requirements, programmes, cohorts, person, filter, limit: r.int(1, 12) };
}

/** MATCHING.md read literally: every listed programme against every matchable vacancy, with scoreVacancy. */
function straightforward(
  data: ReturnType<typeof generate>,
  filter: { kinds?: string[] | null; workplaces?: string[] | null },
) {
  const { person } = data;
  const here = person.latitude === null ? null : { latitude: person.latitude, longitude: person.longitude! };
  const listed = data.programmes.flatMap((p) => {
    if (filter.kinds && !filter.kinds.includes(p.kind)) return [];
    const next = data.cohorts
      .filter((c) => c.programmeId === p.id && c.startDate > TODAY && c.applicationsCloseOn >= TODAY && c.hasPlaces)
      .sort((a, b) => (a.startDate + a.id < b.startDate + b.id ? -1 : 1))[0];
    if (!next || !isEligible(person, p.rules, next.startDate)) return [];
    const distance =
      p.delivery === 'ONLINE' || !here || p.latitude === null
        ? null
        : distanceKm(here, p as { latitude: number; longitude: number });
    if (!withinTravel(p.delivery === 'ONLINE', distance, person.maxTravelKm)) return [];
    const skillsGained = p.taught.filter((t) => t.level > (person.skills.get(t.skillId) ?? 0));
    if (skillsGained.length === 0) return [];
    return [
      {
        programmeId: p.id,
        cohortId: next.id,
        cohortStart: next.startDate,
        weeks: p.weeks,
        distanceKm: distance,
        skillsGained,
      },
    ];
  });
  const matchable = data.vacancies.filter((v) => {
    if (!v.positionsOpen || v.closesOn < TODAY) return false;
    if (filter.workplaces && !filter.workplaces.includes(v.workplace)) return false;
    const remote = v.workplace === 'REMOTE';
    const distance =
      remote || !here || v.latitude === null ? null : distanceKm(here, v as { latitude: number; longitude: number });
    return withinTravel(remote, distance, person.maxTravelKm);
  });
  const rows: ProgrammeMatchRow[] = [];
  const pathways: PathwayRow[] = [];
  for (const p of listed) {
    const after = projectProfile(person.skills, p.skillsGained);
    let opened = 0;
    let improved = 0;
    for (const v of matchable) {
      const requirements = data.requirements.filter((r) => r.vacancyId === v.id);
      const scoreBefore = scoreVacancy(requirements, person.skills);
      const scoreAfter = scoreVacancy(requirements, after);
      if (scoreAfter.score > scoreBefore.score) improved += 1;
      if (!scoreBefore.fullyQualified && scoreAfter.fullyQualified && scoreAfter.score > 0) {
        opened += 1;
        // What it closes and what remains, read literally: met after and not before; desirable and unmet after.
        const closesSkillIds = requirements.filter((_, i) => !scoreBefore.skills[i].met && scoreAfter.skills[i].met);
        const remainingGapSkillIds = requirements.filter((r, i) => !r.essential && !scoreAfter.skills[i].met);
        pathways.push({
          programme: p,
          vacancyId: v.id,
          scoreBefore: scoreBefore.score,
          scoreAfter: scoreAfter.score,
          closesSkillIds: closesSkillIds.map((r) => r.skillId),
          remainingGapSkillIds: remainingGapSkillIds.map((r) => r.skillId),
        });
      }
    }
    rows.push({ ...p, vacanciesOpened: opened, vacanciesImproved: improved });
  }
  const ranked = (row: ProgrammeMatchRow) => ({
    ...row,
    skillsGained: row.skillsGained.length,
    nextCohortStart: row.cohortStart,
    id: row.programmeId,
  });
  const pathwayRank = (p: PathwayRow) => ({
    scoreBefore: p.scoreBefore,
    scoreAfter: p.scoreAfter,
    weeks: p.programme.weeks,
    cohortStart: p.programme.cohortStart,
    vacancyId: p.vacancyId,
    programmeId: p.programme.programmeId,
  });
  return {
    programmes: rows.sort((a, b) => compareProgrammeMatches(ranked(a), ranked(b))),
    pathways: pathways.sort((a, b) => comparePathways(pathwayRank(a), pathwayRank(b))),
  };
}

const sameGains = (row: ProgrammeMatchRow) => ({
  ...row,
  skillsGained: [...row.skillsGained].sort((a, b) => (a.skillId < b.skillId ? -1 : 1)),
});
const pathwayKey = (p: PathwayRow) => [
  p.programme.programmeId,
  p.programme.cohortId,
  p.vacancyId,
  p.scoreBefore,
  p.scoreAfter,
  [...p.closesSkillIds].sort(),
  [...p.remainingGapSkillIds].sort(),
];

describe('rankProgrammes and rankPathways give what MATCHING.md gives, read literally', () => {
  it('on 500 generated catalogues', () => {
    for (let seed = 0; seed < 500; seed += 1) {
      const data = generate(seed);
      const current = snapshots(data.vacancies, data.requirements, data.programmes, data.cohorts);
      const expected = straightforward(data, data.filter);
      const all = straightforward(data, {}).pathways;
      const some = data.vacancies.filter((_, k) => k % 3 === 0).map((v) => v.id);
      // The seed is in what is compared, so a failure names the case to replay.
      expect({
        seed,
        rows: rankProgrammes(current, data.person, data.filter, data.limit, TODAY).map(sameGains),
      }).toEqual({ seed, rows: expected.programmes.slice(0, data.limit).map(sameGains) });
      expect({ seed, pathways: rankPathways(current, data.person, data.limit, TODAY).map(pathwayKey) }).toEqual({
        seed,
        pathways: all.slice(0, data.limit).map(pathwayKey),
      });
      expect({ seed, pathways: rankPathways(current, data.person, data.limit, TODAY, some).map(pathwayKey) }).toEqual({
        seed,
        pathways: all.filter((p) => some.includes(p.vacancyId)).map(pathwayKey),
      });
    }
  });
});
