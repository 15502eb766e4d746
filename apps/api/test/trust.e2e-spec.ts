import request from 'supertest';
import { DataSource } from 'typeorm';
import { addDays, londonToday } from '@app/reference';
import {
  Actors,
  createActors,
  manyResidents,
  openCohort,
  openVacancy,
  skillIds,
  TestActor,
  TestApp,
} from '@app/testing';
import { startApi } from '../../platform/test/test-platform';

type Count = { value: number | null; suppressed: boolean };
type Stage = { stage: string; total: Count; rows: { dimension: string; category: string; count: Count }[] };

const DIVERSITY = `query ($scope: MetricsScopeInput!) {
  diversityReport(scope: $scope) { stages { stage total { value suppressed } rows { dimension category count { value suppressed } } } } }`;

/** Someone's equality answers, as the crowd and the newcomer give them. */
interface Answers {
  ethnicity: string;
  gender: string;
  disability: string;
}

/** The newcomer of the attack: the employer will shortlist them, and so learn their name. */
const NEWCOMER: Answers = { ethnicity: 'BLACK_CARIBBEAN', gender: 'MAN', disability: 'YES' };
/** The newcomer's category in each dimension their answers feed. */
const NEWCOMER_CELLS: Record<string, string> = {
  ETHNICITY: 'BLACK_CARIBBEAN',
  ETHNIC_GROUP: 'BLACK',
  ETHNIC_MINORITY: 'YES',
  GENDER: 'MAN',
  DISABILITY: 'YES',
};

/**
 * A crowd with mixed answers. The attack used 20; at 40 every cell the newcomer joins holds 10 or more, so
 * the protected view shows them rather than hiding them, and the test shows the noise (not just the threshold) at
 * work: on exact figures the same comparison does pin the newcomer, as the staff-view check below proves.
 */
function crowdAnswers(size: number): Answers[] {
  const ethnicities = ['WHITE_BRITISH', 'ASIAN_PAKISTANI', 'BLACK_CARIBBEAN', 'BLACK_AFRICAN'];
  return Array.from({ length: size }, (_, i) => ({
    ethnicity: ethnicities[i % ethnicities.length],
    gender: i % 2 ? 'MAN' : 'WOMAN',
    disability: i % 3 === 0 ? 'YES' : 'NO',
  }));
}

/**
 * The two attacks of the "figures people can trust" issue, replayed through the API as the attacker would:
 * - differencing: an organisation reads its own diversity report, waits for one more applicant, has it recomputed and
 *   reads it again, looking for "only the newcomer's cells changed, each by exactly +1";
 * - poisoning: a self-registered, unverified provider reports 500 invented learners on a draft programme.
 */
describe('trust (e2e): the differencing and poisoning attacks', () => {
  let api: TestApp;
  let actors: Actors;
  let skill: string;
  let db: DataSource;

  beforeAll(async () => {
    api = await startApi();
    actors = await createActors(api);
    [skill] = await skillIds(api, 'SQL');
    db = api.app.get(DataSource);
  });
  afterAll(() => api.close());

  /** Residents with these equality answers, made straight in the database (registration is tested elsewhere). */
  const residentsWith = async (answers: Answers[]): Promise<TestActor[]> => {
    const residents = await manyResidents(api, answers.length);
    await db.query(
      `INSERT INTO equality_monitoring (user_id, ethnicity, gender, disability)
       SELECT * FROM unnest($1::uuid[], $2::ethnicity[], $3::gender[], $4::yes_no_prefer_not[])`,
      [
        residents.map((r) => r.userId),
        answers.map((a) => a.ethnicity),
        answers.map((a) => a.gender),
        answers.map((a) => a.disability),
      ],
    );
    return residents;
  };

  const mutate = async (mutation: string, variables: Record<string, unknown>, token: string) => {
    const res = await api.gql(mutation, variables, token);
    expect(res.errors).toBeUndefined();
    return res.data!;
  };

  /** Asks for a recompute of the scope and waits for the worker to complete it. */
  const recompute = async (scope: Record<string, unknown>, token: string) => {
    const data = (await mutate(
      `mutation ($scope: MetricsScopeInput!) { requestMetrics(scope: $scope) { id } }`,
      { scope },
      token,
    )) as { requestMetrics: { id: string } };
    for (let i = 0; i < 300; i += 1) {
      const run = await api.gql<{ metricsRun: { state: string; error: string | null } }>(
        `query ($id: ID!) { metricsRun(id: $id) { state error } }`,
        { id: data.requestMetrics.id },
        token,
      );
      if (run.data!.metricsRun.state === 'COMPLETED') return;
      if (run.data!.metricsRun.state === 'FAILED') throw new Error(run.data!.metricsRun.error ?? 'run failed');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error('the recompute did not finish in 30 s');
  };

  const firstStage = async (scope: Record<string, unknown>, token: string): Promise<Stage> => {
    await recompute(scope, token);
    const res = await api.gql<{ diversityReport: { stages: Stage[] } }>(DIVERSITY, { scope }, token);
    expect(res.errors).toBeUndefined();
    return res.data!.diversityReport.stages[0];
  };

  /** The same stage as city staff read it (exact), from the latest run. */
  const staffStage = async (scope: Record<string, unknown>, stage: string): Promise<Stage> => {
    const res = await api.gql<{ diversityReport: { stages: Stage[] } }>(DIVERSITY, { scope }, actors.analyst.token);
    return res.data!.diversityReport.stages.find((s) => s.stage === stage)!;
  };

  /**
   * What the attacker looks for: the total up by exactly 1 and, in every dimension the newcomer's answers feed, their
   * category up by exactly 1 and every other category unchanged. Any hidden cell, or any other change, spoils it.
   */
  const pinned = (before: Stage, after: Stage): boolean => {
    if (before.total.value === null || after.total.value !== before.total.value + 1) return false;
    return Object.entries(NEWCOMER_CELLS).every(([dimension, category]) =>
      before.rows
        .filter((row) => row.dimension === dimension)
        .every((row) => {
          const then = row.count.value;
          const now = after.rows.find((r) => r.dimension === dimension && r.category === row.category)!.count.value;
          if (then === null || now === null) return false;
          return now - then === (row.category === category ? 1 : 0);
        }),
    );
  };

  /** How many cells of the stage changed, shown or hidden: with fresh cell keys, far more than the newcomer's. */
  const changedCells = (before: Stage, after: Stage): number =>
    before.rows.filter((row, i) => JSON.stringify(row.count) !== JSON.stringify(after.rows[i].count)).length;

  it('an employer comparing its vacancy report before and after one more applicant cannot pin their answers', async () => {
    const vacancyId = await openVacancy(api, actors.employer, skill);
    const scope = { kind: 'VACANCY', id: vacancyId };
    const apply = `mutation ($v: ID!) { applyToVacancy(vacancyId: $v) { id } }`;
    for (const resident of await residentsWith(crowdAnswers(40))) {
      await mutate(apply, { v: vacancyId }, resident.token);
    }
    const before = await firstStage(scope, actors.employer.token);
    const staffBefore = await staffStage(scope, 'APPLIED');
    const [newcomer] = await residentsWith([NEWCOMER]);
    await mutate(apply, { v: vacancyId }, newcomer.token);
    const after = await firstStage(scope, actors.employer.token);

    // On exact figures the attack works; on what the employer is shown it does not.
    expect(pinned(staffBefore, await staffStage(scope, 'APPLIED'))).toBe(true);
    expect(pinned(before, after)).toBe(false);
    expect(changedCells(before, after)).toBeGreaterThan(3);
    // Nothing shown is a count from 1 to 9, and reading again gives the same figures (no averaging out the noise).
    for (const row of after.rows) {
      expect(row.count.value === null || row.count.value === 0 || row.count.value >= 10).toBe(true);
    }
    const again = await api.gql<{ diversityReport: { stages: Stage[] } }>(DIVERSITY, { scope }, actors.employer.token);
    expect(again.data!.diversityReport.stages[0]).toEqual(after);
  });

  it('a provider comparing its cohort report before and after one more applicant cannot pin their answers', async () => {
    const { cohortId } = await openCohort(api, actors.provider, skill, { capacity: 60 });
    const scope = { kind: 'COHORT', id: cohortId };
    const apply = `mutation ($c: ID!) { applyToCohort(cohortId: $c) { id } }`;
    for (const resident of await residentsWith(crowdAnswers(40))) {
      await mutate(apply, { c: cohortId }, resident.token);
    }
    const stageOf = async () => {
      await recompute(scope, actors.provider.token);
      const res = await api.gql<{ diversityReport: { stages: Stage[] } }>(DIVERSITY, { scope }, actors.provider.token);
      return res.data!.diversityReport.stages.find((s) => s.stage === 'APPLIED')!;
    };
    const before = await stageOf();
    const staffBefore = await staffStage(scope, 'APPLIED');
    const [newcomer] = await residentsWith([NEWCOMER]);
    await mutate(apply, { c: cohortId }, newcomer.token);
    const after = await stageOf();

    expect(pinned(staffBefore, await staffStage(scope, 'APPLIED'))).toBe(true);
    expect(pinned(before, after)).toBe(false);
    expect(changedCells(before, after)).toBeGreaterThan(3);
  });

  it('a cohort where every applicant shares a category does not show that category for all of them', async () => {
    const { cohortId } = await openCohort(api, actors.provider, skill, { capacity: 40 });
    const scope = { kind: 'COHORT', id: cohortId };
    const everyone = Array.from({ length: 25 }, (_, i) => ({ ...crowdAnswers(25)[i], gender: 'WOMAN' }));
    for (const resident of await residentsWith(everyone)) {
      await mutate(`mutation ($c: ID!) { applyToCohort(cohortId: $c) { id } }`, { c: cohortId }, resident.token);
    }
    await recompute(scope, actors.provider.token);
    const res = await api.gql<{ diversityReport: { stages: Stage[] } }>(DIVERSITY, { scope }, actors.provider.token);
    const applied = res.data!.diversityReport.stages.find((s) => s.stage === 'APPLIED')!;
    const gender = applied.rows.filter((row) => row.dimension === 'GENDER');
    expect(gender.every((row) => row.count.suppressed)).toBe(true);
    // City staff, whose reads are audited and who cannot name applicants through metrics, see it exactly.
    const staff = await api.gql<{ diversityReport: { stages: Stage[] } }>(DIVERSITY, { scope }, actors.analyst.token);
    const staffApplied = staff.data!.diversityReport.stages.find((s) => s.stage === 'APPLIED')!;
    expect(staffApplied.rows.find((r) => r.dimension === 'GENDER' && r.category === 'WOMAN')!.count).toEqual({
      value: 25,
      suppressed: false,
    });
    const audited = await db.query(
      `SELECT count(*)::int AS n FROM audit_entries WHERE actor_id = $1 AND action = 'METRICS_READ'`,
      [actors.analyst.userId],
    );
    expect(audited[0].n).toBeGreaterThan(0);
    const providerReads = await db.query(
      `SELECT count(*)::int AS n FROM audit_entries WHERE actor_id = $1 AND action = 'METRICS_READ'`,
      [actors.provider.userId],
    );
    expect(providerReads[0].n).toBe(0);
  });

  it("an unverified provider's 500 invented learners change neither CITY's figures nor the open data", async () => {
    const city = { kind: 'CITY' };
    const CITY_OUTCOMES = `query { outcomeReport(scope: { kind: CITY }) { starts { value } medianSalaryPence } }`;
    const cityFigures = async () => {
      await recompute(city, actors.admin.token);
      const res = await api.gql(CITY_OUTCOMES, {}, actors.admin.token);
      return res.data;
    };
    const openData = async () => {
      // Each completed CITY run is followed by its release; wait for the one of the run just made.
      for (let i = 0; i < 300; i += 1) {
        const list = await request(api.app.getHttpServer()).get('/open-data/').set('Accept', 'application/json');
        const runs = await db.query(
          `SELECT count(*)::int AS n FROM metrics_runs m WHERE m.scope_key = 'CITY:::' AND m.state = 'COMPLETED'
             AND NOT EXISTS (SELECT 1 FROM open_data_releases r WHERE r.computed_at > m.finished_at)`,
        );
        if (list.body.releases?.length && runs[0].n === 0) break;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      return (await request(api.app.getHttpServer()).get('/open-data/outcomes.csv')).text;
    };
    const figuresBefore = await cityFigures();
    const fileBefore = await openData();

    // The attack: a draft programme, a past cohort, a learner-level return of 500 invented completers on £99,000.
    const provider = actors.unverifiedProvider.token;
    const programme = (await mutate(
      `mutation ($input: CreateProgrammeInput!) { createProgramme(input: $input) { id } }`,
      {
        input: {
          kind: 'BOOTCAMP',
          title: 'Totally Real Bootcamp',
          summary: 'Invented.',
          skillsTaught: [{ skillId: skill, level: 'WORKING' }],
          durationWeeks: 12,
          hoursPerWeek: 15,
          delivery: 'ONLINE',
          fullyFunded: true,
          eligibility: { residency: 'ANY' },
        },
      },
      provider,
    )) as { createProgramme: { id: string } };
    const today = londonToday();
    const cohort = (await mutate(
      `mutation ($input: CreateCohortInput!) { createCohort(input: $input) { id } }`,
      {
        input: {
          programmeId: programme.createProgramme.id,
          startDate: addDays(today, -300),
          endDate: addDays(today, -216),
          applicationsCloseOn: addDays(today, -310),
          capacity: 500,
        },
      },
      provider,
    )) as { createCohort: { id: string } };
    const rows = Array.from({ length: 500 }, (_, i) => ({
      learnerRef: `FAKE-${i}`,
      furthestStage: 'COMPLETED',
      completionDate: addDays(today, -216),
      outcomeType: 'NEW_JOB',
      outcomeStartDate: addDays(today, -200),
      salaryPence: 9_900_000,
      hoursPerWeek: 37.5,
    }));
    const reported = await api.gql<{ reportCohortLearners: { accepted: number } }>(
      `mutation ($c: ID!, $rows: [CohortLearnerRowInput!]!) { reportCohortLearners(cohortId: $c, rows: $rows) { accepted } }`,
      { c: cohort.createCohort.id, rows },
      provider,
    );
    expect(reported.data?.reportCohortLearners.accepted).toBe(500);

    expect(await cityFigures()).toEqual(figuresBefore);
    const fileAfter = await openData();
    expect(fileAfter).toBe(fileBefore);
    expect(fileAfter).not.toContain('Totally Real');
    expect(fileAfter).not.toContain(programme.createProgramme.id);
  });
});
