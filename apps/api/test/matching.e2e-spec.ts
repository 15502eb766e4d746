import { DataSource } from 'typeorm';
import { CohortService, DeliveryMode, ProgrammeKind, ProgrammeService, Residency, TargetGroup } from '@app/catalogue';
import { IdentityService, TokenService } from '@app/identity';
import { addDays, londonToday, SkillLevel } from '@app/reference';
import { Gender, ResidentService } from '@app/residents';
import { CandidateMatchingService, VacancyMatchingService } from '@app/matching';
import { Actors, codes, createActors, GOOD_PASSWORD, skillIds, TestApp, uniqueEmail } from '@app/testing';
import { ContractType, VacancyService, Workplace } from '@app/vacancies';
import { startApi } from '../../platform/test/test-platform';

const DEANSGATE = 'E05011361';
const BAGULEY = 'E05011352';

const VACANCY_MATCHES = `query ($filter: MatchFilter) { myVacancyMatches(filter: $filter) {
  vacancy { id title } score fullyQualified distanceKm
  skills { skill { name } requiredLevel residentLevel essential met }
  pathways { programme { id } scoreBefore scoreAfter } } }`;
const PROGRAMME_MATCHES = `{ myProgrammeMatches { programme { id title } nextCohort { id status } skillsGained { skill { name } level }
  vacanciesOpened vacanciesImproved distanceKm } }`;
const PATHWAYS = `{ myPathways { programme { id } cohort { id } vacancy { id } scoreBefore scoreAfter closesSkills { name } remainingGaps { name } weeks } }`;
const PATHWAYS_TO = `query ($id: ID!) { pathwaysToVacancy(vacancyId: $id) { programme { id } vacancy { id } scoreAfter } }`;
const CANDIDATES = `query ($id: ID!) { vacancyCandidates(vacancyId: $id) { candidateRef score fullyQualified distanceKm
  skills { skill { name } met } completedProgrammes { id } } }`;

type VacancyMatch = {
  vacancy: { id: string; title: string };
  score: number;
  fullyQualified: boolean;
  distanceKm: number | null;
  skills: {
    skill: { name: string };
    requiredLevel: string;
    residentLevel: string | null;
    essential: boolean;
    met: boolean;
  }[];
  pathways: { programme: { id: string }; scoreBefore: number; scoreAfter: number }[];
};

describe('matching (e2e, MATCHING.md on hand-computed data)', () => {
  let api: TestApp;
  let actors: Actors;
  let python: string, javascript: string, sql: string;
  let residentToken: string, residentId: string;
  const v: Record<string, string> = {};
  const p: Record<string, string> = {};
  const today = londonToday();

  const vacancy = async (
    key: string,
    requirements: [string, SkillLevel, boolean][],
    overrides: Record<string, unknown> = {},
  ) => {
    const created = await api.app.get(VacancyService).create(actors.employer, {
      title: `Vacancy ${key}`,
      description: 'A job.',
      requirements: requirements.map(([skillId, level, essential]) => ({ skillId, level, essential })),
      salaryMinPence: 2_600_000,
      salaryMaxPence: 3_000_000,
      hoursPerWeek: 37.5,
      contract: ContractType.PERMANENT,
      workplace: Workplace.HYBRID,
      wardCode: DEANSGATE,
      positions: 1,
      closesOn: addDays(today, 30),
      ...overrides,
    });
    v[key] = created.id;
    return created.id;
  };
  const programme = async (key: string, taught: [string, SkillLevel][], overrides: Record<string, unknown> = {}) => {
    const programmes = api.app.get(ProgrammeService);
    const created = await programmes.create(actors.provider, {
      kind: ProgrammeKind.BOOTCAMP,
      title: `Programme ${key}`,
      summary: 'A course.',
      skillsTaught: taught.map(([skillId, level]) => ({ skillId, level })),
      durationWeeks: 12,
      hoursPerWeek: 15,
      delivery: DeliveryMode.ONLINE,
      fullyFunded: true,
      eligibility: { residency: Residency.ANY },
      ...overrides,
    });
    await programmes.publish(actors.provider, created.id);
    await api.app.get(CohortService).create(actors.provider, {
      programmeId: created.id,
      startDate: addDays(today, 20),
      endDate: addDays(today, 110),
      applicationsCloseOn: addDays(today, 10),
      capacity: 20,
    });
    p[key] = created.id;
  };
  const resident = async (skills: [string, SkillLevel][], profile: Record<string, unknown>, gender?: Gender) => {
    const { user } = await api.app
      .get(IdentityService)
      .registerResident({ email: uniqueEmail('match'), password: GOOD_PASSWORD, displayName: 'Match Tester' });
    const residents = api.app.get(ResidentService);
    await residents.updateProfile(user.id, profile);
    await residents.setSelfDeclaredSkills(
      user.id,
      skills.map(([skillId, level]) => ({ skillId, level })),
    );
    if (gender) await residents.setEqualityMonitoring(user.id, { gender });
    return { id: user.id, token: api.app.get(TokenService).issue(user.id).accessToken };
  };
  const matches = async (filter?: Record<string, unknown>) => {
    const res = await api.gql<{ myVacancyMatches: VacancyMatch[] }>(VACANCY_MATCHES, { filter }, residentToken);
    expect(res.errors).toBeUndefined();
    return res.data!.myVacancyMatches;
  };

  beforeAll(async () => {
    api = await startApi();
    actors = await createActors(api);
    [python, javascript, sql] = await skillIds(api, 'Python (computer programming)', 'JavaScript', 'SQL');
    const W = SkillLevel.WORKING;
    // V1: Python essential L2 (resident 2: credit 2·1) + SQL desirable L2 (resident 1: credit 1·0.5) → 2.5 / 3 = 0.8333
    await vacancy('V1', [
      [python, W, true],
      [sql, W, false],
    ]);
    // V2 (remote): Python essential L4 (resident 2: 0.5) → 0.5, not fully qualified
    await vacancy('V2', [[python, SkillLevel.EXPERT, true]], { workplace: Workplace.REMOTE, wardCode: null });
    await vacancy('V3', [[javascript, SkillLevel.AWARENESS, true]]); // no skill in common: no match
    await vacancy('V4', [[python, W, true]], { wardCode: BAGULEY }); // beyond the resident's 5 km
    await vacancy(
      'V5',
      [
        [python, W, true],
        [sql, W, false],
      ],
      { closesOn: addDays(today, 60) },
    ); // ties V1, closes later
    await vacancy('V6', [[python, W, true]]); // left as a draft
    await vacancy('V7', [[python, W, true]]); // filled below
    const vacancies = api.app.get(VacancyService);
    for (const key of ['V1', 'V2', 'V3', 'V4', 'V5', 'V7']) await vacancies.open(actors.employer, v[key]);
    await api.app.get(DataSource).query('UPDATE vacancies SET positions_filled = positions WHERE id = $1', [v.V7]);

    await programme('P1', [[python, SkillLevel.EXPERT]], {
      eligibility: { residency: Residency.ANY, targetGroups: [TargetGroup.WOMEN] },
    });
    await programme('P2', [[sql, SkillLevel.PRACTITIONER]], { delivery: DeliveryMode.IN_PERSON, wardCode: DEANSGATE });
    await programme('P3', [[python, SkillLevel.EXPERT]], {
      eligibility: { residency: Residency.ANY, targetGroups: [TargetGroup.DISABLED] },
    });
    await programme('P4', [[python, SkillLevel.AWARENESS]]); // teaches nothing the resident lacks

    const r = await resident(
      [
        [python, W],
        [sql, SkillLevel.AWARENESS],
      ],
      { wardCode: DEANSGATE, maxTravelKm: 5 },
      Gender.WOMAN,
    );
    residentToken = r.token;
    residentId = r.id;
  });
  afterAll(() => api.close());

  describe('myVacancyMatches', () => {
    it('scores, filters and orders as MATCHING.md says', async () => {
      const list = await matches();
      expect(list.map((m) => m.vacancy.title)).toEqual(['Vacancy V1', 'Vacancy V5', 'Vacancy V2']);
      expect(list.map((m) => [m.score, m.fullyQualified, m.distanceKm])).toEqual([
        [0.8333, true, 0],
        [0.8333, true, 0],
        [0.5, false, null],
      ]);
      expect(list[0].skills).toEqual([
        {
          skill: { name: 'Python (computer programming)' },
          requiredLevel: 'WORKING',
          residentLevel: 'WORKING',
          essential: true,
          met: true,
        },
        { skill: { name: 'SQL' }, requiredLevel: 'WORKING', residentLevel: 'AWARENESS', essential: false, met: false },
      ]);
    });

    it('gives the same answer when only a shortlist of the best scores is checked first', async () => {
      const firstTwo = `{ myVacancyMatches(first: 2) { vacancy { id } score distanceKm } }`;
      const full = await api.gql(firstTwo, {}, residentToken);
      const saved = VacancyMatchingService.shortlistSize;
      try {
        // a shortlist of 2: the two best scores (V1, V5) are checked and both pass, so V2 is never looked at
        VacancyMatchingService.shortlistSize = 1;
        expect(await api.gql(firstTwo, {}, residentToken)).toEqual(full);
        // and a page that the shortlist cannot fill falls back to the full query
        expect(await matches()).toHaveLength(3);
      } finally {
        VacancyMatchingService.shortlistSize = saved;
      }
    });

    it('applies fullyQualifiedOnly and workplaces', async () => {
      expect((await matches({ fullyQualifiedOnly: true })).map((m) => m.vacancy.title)).toEqual([
        'Vacancy V1',
        'Vacancy V5',
      ]);
      expect((await matches({ workplaces: ['REMOTE'] })).map((m) => m.vacancy.title)).toEqual(['Vacancy V2']);
    });

    it('shows on each match the courses that would open it', async () => {
      const list = await matches();
      expect(list.find((m) => m.vacancy.id === v.V2)!.pathways).toEqual([
        { programme: { id: p.P1 }, scoreBefore: 0.5, scoreAfter: 1 },
      ]);
      expect(list.find((m) => m.vacancy.id === v.V1)!.pathways).toEqual([]);
    });

    it('is for residents only', async () => {
      expect(codes(await api.gql(VACANCY_MATCHES, {}, actors.employer.token))).toEqual(['FORBIDDEN']);
      expect(codes(await api.gql(VACANCY_MATCHES, {}))).toEqual(['UNAUTHENTICATED']);
    });
  });

  describe('myProgrammeMatches and pathways', () => {
    it('lists eligible programmes that gain a skill, ranked by what they open', async () => {
      const res = await api.gql<{ myProgrammeMatches: Record<string, unknown>[] }>(
        PROGRAMME_MATCHES,
        {},
        residentToken,
      );
      expect(res.errors).toBeUndefined();
      expect(res.data!.myProgrammeMatches).toMatchObject([
        {
          programme: { id: p.P1 },
          nextCohort: { status: 'OPEN' },
          skillsGained: [{ skill: { name: 'Python (computer programming)' }, level: 'EXPERT' }],
          vacanciesOpened: 1, // V2: its one essential requirement is met after
          vacanciesImproved: 1,
          distanceKm: null, // online
        },
        {
          programme: { id: p.P2 },
          skillsGained: [{ skill: { name: 'SQL' }, level: 'PRACTITIONER' }],
          vacanciesOpened: 0,
          vacanciesImproved: 2, // V1 and V5: the desirable SQL requirement is met after
          distanceKm: 0,
        },
      ]);
      expect(res.data!.myProgrammeMatches).toHaveLength(2); // P3: not eligible (silently); P4: gains nothing
    });

    it('lists pathways with the skills they close and what remains', async () => {
      const res = await api.gql<{ myPathways: Record<string, unknown>[] }>(PATHWAYS, {}, residentToken);
      expect(res.data!.myPathways).toEqual([
        {
          programme: { id: p.P1 },
          cohort: expect.objectContaining({ id: expect.any(String) }),
          vacancy: { id: v.V2 },
          scoreBefore: 0.5,
          scoreAfter: 1,
          closesSkills: [{ name: 'Python (computer programming)' }],
          remainingGaps: [],
          weeks: 12,
        },
      ]);
      const to = await api.gql<{ pathwaysToVacancy: unknown[] }>(PATHWAYS_TO, { id: v.V2 }, residentToken);
      expect(to.data!.pathwaysToVacancy).toEqual([{ programme: { id: p.P1 }, vacancy: { id: v.V2 }, scoreAfter: 1 }]);
      expect(codes(await api.gql(PATHWAYS_TO, { id: v.V6 }, residentToken))).toEqual(['NOT_FOUND']);
    });
  });

  describe('programme matches follow the data at once', () => {
    it('counts a vacancy opened as soon as it is open, and not once it is filled', async () => {
      const opened = async () => {
        const res = await api.gql<{ myProgrammeMatches: { programme: { id: string }; vacanciesOpened: number }[] }>(
          `{ myProgrammeMatches { programme { id } vacanciesOpened } }`,
          {},
          residentToken,
        );
        return res.data!.myProgrammeMatches.find((m) => m.programme.id === p.P1)!.vacanciesOpened;
      };
      expect(await opened()).toBe(1);
      const id = await vacancy('V8', [[python, SkillLevel.EXPERT, true]], {
        workplace: Workplace.REMOTE,
        wardCode: null,
      });
      expect(await opened()).toBe(1); // a draft opens nothing
      await api.app.get(VacancyService).open(actors.employer, id);
      expect(await opened()).toBe(2);
      await api.app.get(DataSource).query('UPDATE vacancies SET positions_filled = positions WHERE id = $1', [id]);
      expect(await opened()).toBe(1);
    });

    it('lists a programme or not as soon as its cohort fills or frees a place, or it is unpublished', async () => {
      const listed = async () => {
        const res = await api.gql<{ myProgrammeMatches: { programme: { id: string } }[] }>(
          `{ myProgrammeMatches { programme { id } } }`,
          {},
          residentToken,
        );
        return res.data!.myProgrammeMatches.map((m) => m.programme.id);
      };
      const db = api.app.get(DataSource);
      const catalogueVersion = async () =>
        (await db.query('SELECT version::text AS version FROM matching_version WHERE id = 2'))[0].version;
      expect(await listed()).toEqual([p.P1, p.P2]);

      // A place taken while places remain changes nothing matching keeps: the catalogue is not even reloaded.
      const version = await catalogueVersion();
      await db.query('UPDATE cohorts SET places_taken = places_taken + 1 WHERE programme_id = $1', [p.P2]);
      expect(await catalogueVersion()).toBe(version);
      expect(await listed()).toEqual([p.P1, p.P2]);

      // The last place taken: P2 has no OPEN cohort left; one freed: it is back.
      await db.query('UPDATE cohorts SET places_taken = capacity WHERE programme_id = $1', [p.P2]);
      expect(await listed()).toEqual([p.P1]);
      await db.query('UPDATE cohorts SET places_taken = capacity - 1 WHERE programme_id = $1', [p.P2]);
      expect(await listed()).toEqual([p.P1, p.P2]);

      await db.query('UPDATE programmes SET published = false WHERE id = $1', [p.P1]);
      expect(await listed()).toEqual([p.P2]);
      await db.query('UPDATE programmes SET published = true WHERE id = $1', [p.P1]);
      expect(await listed()).toEqual([p.P1, p.P2]);
    });
  });

  describe('vacancyCandidates', () => {
    let expertId: string;
    beforeAll(async () => {
      // shares, Python EXPERT only: min(4, 2) / 2 = 1 → 2·1 / 3 = 0.6667
      expertId = (await resident([[python, SkillLevel.EXPERT]], { shareProfileWithEmployers: true })).id;
      await resident(
        [
          [python, SkillLevel.EXPERT],
          [sql, SkillLevel.EXPERT],
        ],
        { shareProfileWithEmployers: false },
      );
      await api.app.get(ResidentService).updateProfile(residentId, { shareProfileWithEmployers: true });
    });

    it('ranks consenting residents, blind, with refs stable per vacancy and different across vacancies', async () => {
      const res = await api.gql<{
        vacancyCandidates: { candidateRef: string; score: number; completedProgrammes: unknown[] }[];
      }>(CANDIDATES, { id: v.V1 }, actors.employer.token);
      expect(res.errors).toBeUndefined();
      const list = res.data!.vacancyCandidates;
      expect(list.map((c) => c.score)).toEqual([0.8333, 0.6667]);
      expect(JSON.stringify(list)).not.toContain(residentId);
      expect(JSON.stringify(list)).not.toContain(expertId);
      const again = await api.gql<{ vacancyCandidates: { candidateRef: string }[] }>(
        CANDIDATES,
        { id: v.V1 },
        actors.employer.token,
      );
      expect(again.data!.vacancyCandidates.map((c) => c.candidateRef)).toEqual(list.map((c) => c.candidateRef));
      const other = await api.gql<{ vacancyCandidates: { candidateRef: string }[] }>(
        CANDIDATES,
        { id: v.V5 },
        actors.employer.token,
      );
      const otherRefs = other.data!.vacancyCandidates.map((c) => c.candidateRef);
      expect(otherRefs).toHaveLength(2);
      for (const ref of list.map((c) => c.candidateRef)) expect(otherRefs).not.toContain(ref);
    });

    it('shows candidates blind: distance in bands, no skill level above the one required', async () => {
      const blind = `query ($id: ID!) { vacancyCandidates(vacancyId: $id) { distanceKm distanceBand
        skills { requiredLevel residentLevel met } } }`;
      const res = await api.gql<{
        vacancyCandidates: {
          distanceKm: number | null;
          distanceBand: string | null;
          skills: { requiredLevel: string; residentLevel: string | null; met: boolean }[];
        }[];
      }>(blind, { id: v.V1 }, actors.employer.token);
      expect(res.errors).toBeUndefined();
      const order = ['AWARENESS', 'WORKING', 'PRACTITIONER', 'EXPERT'];
      for (const candidate of res.data!.vacancyCandidates) {
        expect([null, 1, 3, 5, 10, 20]).toContain(candidate.distanceKm);
        expect(candidate.distanceBand === null).toBe(candidate.distanceKm === null);
        for (const skill of candidate.skills) {
          if (skill.residentLevel === null) continue;
          // Both candidates have Python at EXPERT: shown as the level V1 asks for, not above it.
          expect(order.indexOf(skill.residentLevel)).toBeLessThanOrEqual(order.indexOf(skill.requiredLevel));
        }
      }
      expect(JSON.stringify(res.data)).not.toContain('EXPERT');
    });

    it('gives the same candidates when only a shortlist of the best scores is checked first', async () => {
      const firstOne = `query ($id: ID!) { vacancyCandidates(vacancyId: $id, first: 1) { candidateRef score } }`;
      const full = await api.gql(firstOne, { id: v.V1 }, actors.employer.token);
      const saved = CandidateMatchingService.shortlistSize;
      try {
        CandidateMatchingService.shortlistSize = 1;
        expect(await api.gql(firstOne, { id: v.V1 }, actors.employer.token)).toEqual(full);
        const all = await api.gql<{ vacancyCandidates: unknown[] }>(CANDIDATES, { id: v.V1 }, actors.employer.token);
        expect(all.data!.vacancyCandidates).toHaveLength(2); // the shortlist of 1 cannot fill a page of 20: full query
      } finally {
        CandidateMatchingService.shortlistSize = saved;
      }
    });

    it("answers NOT_FOUND for another employer's vacancy and FORBIDDEN to a resident", async () => {
      expect(codes(await api.gql(CANDIDATES, { id: v.V1 }, actors.otherEmployer.token))).toEqual(['NOT_FOUND']);
      expect(codes(await api.gql(CANDIDATES, { id: v.V1 }, residentToken))).toEqual(['FORBIDDEN']);
    });
  });

  describe('answers follow the data at once', () => {
    it('after a requirement edit, a closure, a hire, a skill change and a move', async () => {
      const titles = async () => (await matches()).map((m) => m.vacancy.title);
      const vacancies = api.app.get(VacancyService);

      // V2 now needs Python at WORKING: the resident fully qualifies, score 1 → first
      await vacancies.update(actors.employer, v.V2, {
        requirements: [{ skillId: python, level: SkillLevel.WORKING, essential: true }],
      });
      expect(await titles()).toEqual(['Vacancy V2', 'Vacancy V1', 'Vacancy V5']);

      await vacancies.close(actors.employer, v.V1);
      expect(await titles()).toEqual(['Vacancy V2', 'Vacancy V5']);

      await api.app.get(DataSource).query('UPDATE vacancies SET positions_filled = positions WHERE id = $1', [v.V5]);
      expect(await titles()).toEqual(['Vacancy V2']);

      await api.app
        .get(ResidentService)
        .setSelfDeclaredSkills(residentId, [{ skillId: javascript, level: SkillLevel.WORKING }]);
      expect(await titles()).toEqual(['Vacancy V3']);

      await api.app.get(ResidentService).updateProfile(residentId, { wardCode: BAGULEY, maxTravelKm: 1 });
      expect(await titles()).toEqual([]); // V3 is in Deansgate, about 10 km from Baguley
    });
  });
});
