import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '@app/database';
import { createTestDatabase, TestDatabase } from '@app/testing';
import {
  audienceRows,
  candidateRows,
  indexedCohorts,
  indexedProgrammes,
  indexedRequirements,
  indexedVacancies,
  requirementsHeldBy,
  VacancyMatchQuery,
  vacancyMatchRows,
} from './matching.repository';
import { requirementWeight } from './scoring-model';

/**
 * Matching's read model against real PostgreSQL (the medium test tier): each query of matching.repository.ts on a
 * small hand-made data set whose answers are worked out here (MATCHING.md "Vacancy score": credit min(l, L)/L, weight 2
 * essential, 1 desirable).
 */
describe('matching read model (integration)', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let skill: { id: string; category: string }[];
  const NEAR = 'E05011350'; // Ancoats & Beswick
  const FAR = 'E05011352'; // Baguley, about 10 km south
  const TODAY = '2030-06-03';

  const one = async (sql: string, params: unknown[] = []) => (await dataSource.query(sql, params))[0].id as string;
  const organisation = (kind: 'EMPLOYER' | 'PROVIDER', verified: boolean) =>
    one(`INSERT INTO organisations (kind, name, verified) VALUES ($1, 'Read Model Org', $2) RETURNING id`, [
      kind,
      verified,
    ]);

  interface VacancyInput {
    employerId: string;
    requirements: { skill: number; level: number; essential: boolean }[];
    workplace?: string;
    ward?: string | null;
    closesOn?: string;
    status?: string;
    positionsFilled?: number;
  }
  /** A vacancy with its requirements, and the Σ weight and essential count the vacancies domain stores beside them. */
  async function vacancy(input: VacancyInput): Promise<string> {
    const weight = requirementWeight(input.requirements);
    const essentials = input.requirements.filter((r) => r.essential).length;
    const id = await one(
      `INSERT INTO vacancies (employer_id, title, description, salary_min_pence, salary_max_pence, hours_per_week,
                              contract, workplace, ward_code, positions, positions_filled, closes_on, status,
                              requirement_weight, essential_requirements)
       VALUES ($1, 'Read model job', 'x', 2600000, 3000000, 37.5, 'PERMANENT', $2, $3, 2, $4, $5, $6, $7, $8)
       RETURNING id`,
      [
        input.employerId,
        input.workplace ?? 'REMOTE',
        input.ward ?? null,
        input.positionsFilled ?? 0,
        input.closesOn ?? '2030-12-31',
        input.status ?? 'OPEN',
        weight,
        essentials,
      ],
    );
    for (const r of input.requirements) {
      await dataSource.query(
        `INSERT INTO vacancy_requirements (vacancy_id, skill_id, level, essential, vacancy_weight)
         VALUES ($1, $2, $3, $4, $5)`,
        [id, skill[r.skill].id, r.level, r.essential, weight],
      );
    }
    return id;
  }

  interface ResidentInput {
    skills: [number, number][];
    role?: string;
    ward?: string | null;
    maxTravelKm?: number | null;
    share?: boolean;
    profile?: boolean;
  }
  async function resident(input: ResidentInput): Promise<string> {
    const id = await one(
      `INSERT INTO users (email, display_name, role, password_hash)
       VALUES ('rm.' || gen_random_uuid() || '@example.org', 'Read Model Person', $1, 'not-a-real-hash') RETURNING id`,
      [input.role ?? 'RESIDENT'],
    );
    if (input.profile !== false) {
      await dataSource.query(
        `INSERT INTO resident_profiles (user_id, ward_code, max_travel_km, share_profile_with_employers)
         VALUES ($1, $2, $3, $4)`,
        [id, input.ward ?? null, input.maxTravelKm ?? null, input.share ?? false],
      );
    }
    for (const [s, level] of input.skills) {
      await dataSource.query(
        `INSERT INTO resident_skills (user_id, skill_id, level, evidence) VALUES ($1, $2, $3, 'SELF_DECLARED')`,
        [id, skill[s].id, level],
      );
    }
    return id;
  }

  let employer: string;
  let unverifiedEmployer: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = await new DataSource(dataSourceOptions(database.url, [], 2)).initialize();
    // Three seeded skills of three different categories.
    skill = await dataSource.query(
      `SELECT DISTINCT ON (category) id, category FROM skills ORDER BY category, name LIMIT 3`,
    );
    employer = await organisation('EMPLOYER', true);
    unverifiedEmployer = await organisation('EMPLOYER', false);
  });
  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  describe('vacancyMatchRows', () => {
    // The resident holds skill 0 at 3 and skill 1 at 2.
    const held = () =>
      new Map<string, number>([
        [skill[0].id, 3],
        [skill[1].id, 2],
      ]);
    const query = (over: Partial<VacancyMatchQuery> = {}): VacancyMatchQuery => ({
      skills: held(),
      latitude: null,
      longitude: null,
      maxTravelKm: null,
      interests: [],
      today: TODAY,
      limit: 20,
      shortlist: null,
      ...over,
    });
    let partly: string;
    let fully: string;
    let onSiteFar: string;

    beforeAll(async () => {
      // (2·3·12/3 + 1·2·12/4) / (12·3) = 30/36; the essential one met.
      partly = await vacancy({
        employerId: employer,
        requirements: [
          { skill: 0, level: 3, essential: true },
          { skill: 1, level: 4, essential: false },
        ],
      });
      // 2·2·12/2 / (12·2) = 1.
      fully = await vacancy({ employerId: employer, requirements: [{ skill: 1, level: 2, essential: true }] });
      // 2·2·12/4 / (12·2) = 0.5, essential unmet; on site, far from NEAR.
      onSiteFar = await vacancy({
        employerId: employer,
        workplace: 'ON_SITE',
        ward: FAR,
        requirements: [{ skill: 1, level: 4, essential: true }],
      });
      // Not matchable, whatever they ask for: unverified employer, closed, past closing date, no position left.
      const asked = [{ skill: 0, level: 1, essential: true }];
      await vacancy({ employerId: unverifiedEmployer, requirements: asked });
      await vacancy({ employerId: employer, requirements: asked, status: 'CLOSED' });
      await vacancy({ employerId: employer, requirements: asked, closesOn: '2030-06-02' });
      await vacancy({ employerId: employer, requirements: asked, positionsFilled: 2 });
      // Asks only for a skill the resident lacks: never a hit.
      await vacancy({ employerId: employer, requirements: [{ skill: 2, level: 1, essential: true }] });
    });

    it('scores the matchable vacancies asking for a skill held, best first, with their requirements', async () => {
      const rows = await vacancyMatchRows(dataSource, query());
      expect(rows.map((r) => [r.id, r.score, r.fully_qualified, r.distance_km, r.in_interests])).toEqual([
        [fully, 1, true, null, false],
        [partly, 30 / 36, true, null, false],
        [onSiteFar, 0.5, false, null, false],
      ]);
      expect(new Set(rows[1].requirements.map((r) => JSON.stringify(r)))).toEqual(
        new Set([JSON.stringify([skill[0].id, 3, true]), JSON.stringify([skill[1].id, 4, false])]),
      );
    });

    it('gives the same page from a shortlist, and applies the limit', async () => {
      expect((await vacancyMatchRows(dataSource, query({ shortlist: 1, limit: 1 }))).map((r) => r.id)).toEqual([fully]);
      expect((await vacancyMatchRows(dataSource, query({ limit: 2 }))).map((r) => r.id)).toEqual([fully, partly]);
    });

    it('filters on full qualification, workplace, interests and the travel limit', async () => {
      const ids = async (over: Partial<VacancyMatchQuery>) =>
        (await vacancyMatchRows(dataSource, query(over))).map((r) => r.id);
      expect(await ids({ fullyQualifiedOnly: true })).toEqual([fully, partly]);
      expect(await ids({ workplaces: ['ON_SITE'] })).toEqual([onSiteFar]);
      expect(await ids({ interests: [skill[0].category], interestsOnly: true })).toEqual([partly]);
      // Living in NEAR with a 5 km limit: the on-site vacancy about 10 km away is out, remote ones stay.
      expect(await ids({ latitude: 53.480621, longitude: -2.20943, maxTravelKm: 5 })).toEqual([fully, partly]);
      const far = await vacancyMatchRows(dataSource, query({ latitude: 53.480621, longitude: -2.20943 }));
      expect(far.find((r) => r.id === onSiteFar)!.distance_km).toBeGreaterThan(5);
    });

    it('marks the vacancies asking for a skill in the interests', async () => {
      const rows = await vacancyMatchRows(dataSource, query({ interests: [skill[0].category] }));
      expect(rows.map((r) => [r.id, r.in_interests])).toEqual([
        [fully, false],
        [partly, true],
        [onSiteFar, false],
      ]);
    });
  });

  describe('candidateRows and audienceRows', () => {
    let target: string;
    let sharing: string;
    let privateOne: string;
    let tooFar: string;
    let bestPrivate: string;

    beforeAll(async () => {
      // Essential skill 0 at 2, desirable skill 1 at 4: Σw = 3.
      target = await vacancy({
        employerId: employer,
        workplace: 'ON_SITE',
        ward: NEAR,
        requirements: [
          { skill: 0, level: 2, essential: true },
          { skill: 1, level: 4, essential: false },
        ],
      });
      // (2·2·12/2 + 1·1·12/4) / 36 = 27/36
      sharing = await resident({
        skills: [
          [0, 2],
          [1, 1],
        ],
        share: true,
        ward: NEAR,
      });
      // (2·2·12/2 + 1·4·12/4) / 36 = 1, the best score of all; not sharing.
      bestPrivate = await resident({
        skills: [
          [0, 2],
          [1, 4],
        ],
      });
      // 2·1·12/2 / 36 = 12/36; not sharing.
      privateOne = await resident({ skills: [[0, 1]] });
      // 1·4·12/4 / 36 = 12/36; sharing, but lives about 10 km away with a 5 km limit.
      tooFar = await resident({ skills: [[1, 4]], share: true, ward: FAR, maxTravelKm: 5 });
      await resident({ skills: [[2, 4]], share: true }); // no required skill
      await resident({ skills: [[0, 4]], share: true, role: 'EMPLOYER' }); // not a resident
    });

    it('candidateRows: consenting residents within their own travel limit, scored, under their pseudonym', async () => {
      const refKey = 'read-model-key';
      const rows = await candidateRows(dataSource, { vacancyId: target, refKey, limit: 20, shortlist: null });
      const ref = createHash('sha256').update(`${refKey}:${target}:${sharing}`).digest('hex').slice(0, 20);
      expect(rows).toEqual([
        { user_id: sharing, ref: `c_${ref}`, score: 27 / 36, fully_qualified: true, distance_km: 0 },
      ]);
      // A shortlist of one checks only the best score, who does not share: none (the service then checks everyone).
      expect(await candidateRows(dataSource, { vacancyId: target, refKey, limit: 20, shortlist: 1 })).toEqual([]);
    });

    it("requirementsHeldBy: the vacancy's requirements with the levels the given residents hold", async () => {
      const rows = await requirementsHeldBy(dataSource, target, [sharing, privateOne]);
      const bySkill = new Map(rows.map((r) => [r.skill_id, r]));
      expect(bySkill).toEqual(
        new Map([
          [skill[0].id, { skill_id: skill[0].id, level: 2, essential: true, held: { [sharing]: 2, [privateOne]: 1 } }],
          [skill[1].id, { skill_id: skill[1].id, level: 4, essential: false, held: { [sharing]: 1 } }],
        ]),
      );
      expect((await requirementsHeldBy(dataSource, target, [])).map((r) => r.held)).toEqual([{}, {}]);
    });

    it('audienceRows: every resident reaching the minimum score within their travel limit, consent or not', async () => {
      const audience = async (minScore: number) =>
        new Map((await audienceRows(dataSource, target, minScore)).map((r) => [r.user_id, r.score]));
      const all = await audience(0.01);
      expect(all.get(bestPrivate)).toBe(1);
      expect(all.get(sharing)).toBe(27 / 36);
      expect(all.get(privateOne)).toBe(12 / 36);
      expect(all.has(tooFar)).toBe(false);
      expect([...(await audience(0.5)).keys()]).toContain(sharing);
      expect((await audience(0.5)).has(privateOne)).toBe(false);
    });
  });

  describe('the indexes', () => {
    it('indexedVacancies and indexedRequirements: OPEN vacancies of verified employers and what they ask for', async () => {
      const open = await vacancy({
        employerId: employer,
        workplace: 'HYBRID',
        ward: FAR,
        positionsFilled: 2,
        requirements: [{ skill: 2, level: 3, essential: false }],
      });
      const closed = await vacancy({ employerId: employer, status: 'CLOSED', requirements: [] });
      const unverified = await vacancy({ employerId: unverifiedEmployer, requirements: [] });
      await dataSource.transaction(async (manager) => {
        const vacancies = await indexedVacancies(manager);
        const ids = vacancies.map((v) => v.id);
        expect(ids).toEqual([...ids].sort());
        expect(ids).toContain(open);
        expect(ids).not.toContain(closed);
        expect(ids).not.toContain(unverified);
        expect(vacancies.find((v) => v.id === open)).toEqual({
          id: open,
          closesOn: '2030-12-31',
          positionsOpen: false,
          workplace: 'HYBRID',
          latitude: 53.388729,
          longitude: -2.28457,
        });
        const requirements = await indexedRequirements(manager);
        expect(requirements.filter((r) => r.vacancyId === open)).toEqual([
          { vacancyId: open, skillId: skill[2].id, level: 3, essential: false },
        ]);
        // None of the closed or unverified vacancies' requirements (several of them ask for skills).
        expect(requirements.every((r) => ids.includes(r.vacancyId))).toBe(true);
      });
    });

    it('indexedProgrammes and indexedCohorts: published programmes of verified providers, cohorts still open to apply', async () => {
      const provider = await organisation('PROVIDER', true);
      const unverifiedProvider = await organisation('PROVIDER', false);
      const programme = (providerId: string, published: boolean) =>
        one(
          `INSERT INTO programmes (provider_id, kind, title, summary, duration_weeks, hours_per_week, delivery,
                                   fully_funded, published, min_age, ward_code)
           VALUES ($1, 'BOOTCAMP', 'Read Model Bootcamp', 'x', 12, 10, 'IN_PERSON', true, $2, 19, $3) RETURNING id`,
          [providerId, published, NEAR],
        );
      const listed = await programme(provider, true);
      const draft = await programme(provider, false);
      const unverified = await programme(unverifiedProvider, true);
      await dataSource.query(
        `INSERT INTO programme_skills_taught (programme_id, skill_id, level) VALUES ($1, $2, 3), ($1, $3, 2)`,
        [listed, skill[0].id, skill[1].id],
      );
      await dataSource.query(
        `INSERT INTO programme_prerequisites (programme_id, skill_id, level, essential)
         VALUES ($1, $2, 1, true), ($1, $3, 2, false)`,
        [listed, skill[2].id, skill[1].id],
      );
      const cohort = (programmeId: string, closes: string, capacity = 10, cancelled = false) =>
        one(
          `INSERT INTO cohorts (programme_id, start_date, end_date, applications_close_on, capacity, places_taken, cancelled_at)
           VALUES ($1, '2030-09-02', '2030-11-29', $2, $3, 1, CASE WHEN $4 THEN now() END) RETURNING id`,
          [programmeId, closes, capacity, cancelled],
        );
      const open = await cohort(listed, '2030-08-01');
      const full = await cohort(listed, TODAY, 1);
      await cohort(listed, '2030-06-02'); // applications closed yesterday
      await cohort(listed, '2030-08-01', 10, true); // cancelled
      await cohort(draft, '2030-08-01'); // programme not published

      await dataSource.transaction(async (manager) => {
        const programmes = await indexedProgrammes(manager);
        expect(programmes.map((p) => p.id)).toContain(listed);
        expect(programmes.map((p) => p.id)).not.toContain(draft);
        expect(programmes.map((p) => p.id)).not.toContain(unverified);
        const row = programmes.find((p) => p.id === listed)!;
        expect(row).toMatchObject({
          kind: 'BOOTCAMP',
          delivery: 'IN_PERSON',
          weeks: 12,
          latitude: 53.480621,
          longitude: -2.20943,
          minAge: 19,
          maxAge: null,
          residency: 'ANY',
          employmentStatuses: [],
        });
        expect(new Map(row.taught)).toEqual(
          new Map([
            [skill[0].id, 3],
            [skill[1].id, 2],
          ]),
        );
        // Essential prerequisites only.
        expect(row.prerequisites).toEqual([[skill[2].id, 1]]);

        const cohorts = (await indexedCohorts(manager, TODAY)).filter((c) => c.programmeId === listed);
        expect(cohorts.sort((a, b) => a.applicationsCloseOn.localeCompare(b.applicationsCloseOn))).toEqual([
          { id: full, programmeId: listed, startDate: '2030-09-02', applicationsCloseOn: TODAY, hasPlaces: false },
          {
            id: open,
            programmeId: listed,
            startDate: '2030-09-02',
            applicationsCloseOn: '2030-08-01',
            hasPlaces: true,
          },
        ]);
        expect((await indexedCohorts(manager, TODAY)).every((c) => c.programmeId === listed)).toBe(true);
      });
    });
  });
});
