import { DataSource } from 'typeorm';
import { Actors, createActors, manyResidents, openVacancy, skillIds, TestActor, TestApp } from '@app/testing';
import { startApi } from '../../platform/test/test-platform';

type Count = { value: number | null; suppressed: boolean };
type Rate = {
  dimension: string;
  category: string;
  adverseImpact: boolean;
  rejectionReasons: { reason: string | null; count: Count }[] | null;
};

const DIVERSITY = `query ($scope: MetricsScopeInput!) {
  diversityReport(scope: $scope) {
    selectionRates { dimension category adverseImpact rejectionReasons { reason count { value suppressed } } } } }`;

const ADVANCE = `mutation ($id: ID!, $to: ApplicationStatus!, $feedback: ApplicationFeedbackInput) {
  advanceApplication(applicationId: $id, to: $to, feedback: $feedback) { id status } }`;

/** What happens to one applicant: hired, or rejected for a reason. */
type Fate = 'HIRED' | 'SKILLS' | 'EXPERIENCE' | 'AVAILABILITY';

/** `n` applicants of one gender, each with a fate. */
const group = (gender: string, fates: [Fate, number][]) =>
  fates.flatMap(([fate, n]) => Array.from({ length: n }, () => ({ gender, fate })));

/**
 * A vacancy where women are hired at 12 of 40 (0.3) and men at 20 of 30 (0.67): a ratio of 0.45, which the
 * four-fifths rule flags in both views (the protected view's noise of ±2 per count cannot lift it to 0.8). Women were
 * rejected 14 times for skills, 12 for availability, twice for experience; men 10 times for skills.
 */
const APPLICANTS = [
  ...group('WOMAN', [
    ['HIRED', 12],
    ['SKILLS', 14],
    ['AVAILABILITY', 12],
    ['EXPERIENCE', 2],
  ]),
  ...group('MAN', [
    ['HIRED', 20],
    ['SKILLS', 10],
  ]),
];

describe('metrics (e2e): rejection reasons where the four-fifths rule flags a vacancy', () => {
  let api: TestApp;
  let actors: Actors;
  let db: DataSource;
  let scope: { kind: string; id: string };

  beforeAll(async () => {
    api = await startApi();
    actors = await createActors(api);
    db = api.app.get(DataSource);
    const [skill] = await skillIds(api, 'SQL');
    const vacancyId = await openVacancy(api, actors.employer, skill, { positions: 40 });
    scope = { kind: 'VACANCY', id: vacancyId };

    const residents = await manyResidents(api, APPLICANTS.length);
    await db.query(
      `INSERT INTO equality_monitoring (user_id, ethnicity, gender, disability)
       SELECT u, 'WHITE_BRITISH', g::gender, 'NO' FROM unnest($1::uuid[], $2::text[]) AS x(u, g)`,
      [residents.map((r) => r.userId), APPLICANTS.map((a) => a.gender)],
    );
    // In batches: each applicant's steps in order, applicants side by side.
    for (let i = 0; i < residents.length; i += 10) {
      await Promise.all(residents.slice(i, i + 10).map((resident, j) => decide(resident, APPLICANTS[i + j].fate)));
    }
    await recompute();
  });
  afterAll(() => api.close());

  const mutate = async <T>(mutation: string, variables: Record<string, unknown>, token: string): Promise<T> => {
    const res = await api.gql<T>(mutation, variables, token);
    expect(res.errors).toBeUndefined();
    return res.data!;
  };

  async function decide(resident: TestActor, fate: Fate): Promise<void> {
    const { applyToVacancy } = await mutate<{ applyToVacancy: { id: string } }>(
      `mutation ($v: ID!) { applyToVacancy(vacancyId: $v) { id } }`,
      { v: scope.id },
      resident.token,
    );
    const token = actors.employer.token;
    if (fate !== 'HIRED') {
      await mutate(ADVANCE, { id: applyToVacancy.id, to: 'REJECTED', feedback: { reason: fate } }, token);
      return;
    }
    for (const to of ['SHORTLISTED', 'INTERVIEWING', 'OFFERED', 'HIRED']) {
      await mutate(ADVANCE, { id: applyToVacancy.id, to }, token);
    }
  }

  /** Asks for a recompute of the vacancy and waits for the worker to complete it. */
  async function recompute(): Promise<void> {
    const { requestMetrics } = await mutate<{ requestMetrics: { id: string } }>(
      `mutation ($scope: MetricsScopeInput!) { requestMetrics(scope: $scope) { id } }`,
      { scope },
      actors.employer.token,
    );
    for (let i = 0; i < 300; i += 1) {
      const { metricsRun } = await mutate<{ metricsRun: { state: string; error: string | null } }>(
        `query ($id: ID!) { metricsRun(id: $id) { state error } }`,
        { id: requestMetrics.id },
        actors.employer.token,
      );
      if (metricsRun.state === 'COMPLETED') return;
      if (metricsRun.state === 'FAILED') throw new Error(metricsRun.error ?? 'run failed');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error('the recompute did not finish in 30 s');
  }

  const rates = async (token: string): Promise<Rate[]> =>
    (await mutate<{ diversityReport: { selectionRates: Rate[] } }>(DIVERSITY, { scope }, token)).diversityReport
      .selectionRates;

  /** A group's reasons as { reason: count }, null (rejected without a reason) as "none". */
  const reasonsOf = (all: Rate[], category: string): Record<string, Count> => {
    const rate = all.find((r) => r.dimension === 'GENDER' && r.category === category)!;
    expect(rate.rejectionReasons).not.toBeNull();
    return Object.fromEntries(rate.rejectionReasons!.map((r) => [r.reason ?? 'none', r.count]));
  };
  const exact = (value: number): Count => ({ value, suppressed: false });
  const hidden: Count = { value: null, suppressed: true };

  it('city staff see the reasons of every gender exactly, a count below 5 hidden', async () => {
    const all = await rates(actors.analyst.token);
    expect(all.find((r) => r.dimension === 'GENDER' && r.category === 'WOMAN')!.adverseImpact).toBe(true);
    expect(reasonsOf(all, 'WOMAN')).toEqual({
      SKILLS: exact(14),
      EXPERIENCE: hidden,
      RIGHT_TO_WORK: exact(0),
      AVAILABILITY: exact(12),
      OTHER: exact(0),
      none: exact(0),
    });
    expect(reasonsOf(all, 'MAN')).toEqual({
      SKILLS: exact(10),
      EXPERIENCE: exact(0),
      RIGHT_TO_WORK: exact(0),
      AVAILABILITY: exact(0),
      OTHER: exact(0),
      none: exact(0),
    });
    // Dimensions the rule does not flag (everyone is White British and not disabled here) carry no reasons.
    expect(all.filter((r) => r.dimension !== 'GENDER').every((r) => r.rejectionReasons === null)).toBe(true);
  });

  it('the employer sees them perturbed: never a count from 1 to 9, a true 0 as 0', async () => {
    const all = await rates(actors.employer.token);
    expect(all.find((r) => r.dimension === 'GENDER' && r.category === 'WOMAN')!.adverseImpact).toBe(true);
    const women = reasonsOf(all, 'WOMAN');
    const men = reasonsOf(all, 'MAN');
    for (const count of [...Object.values(women), ...Object.values(men)]) {
      expect(count.value === null || count.value === 0 || count.value >= 10).toBe(true);
    }
    expect(women.RIGHT_TO_WORK).toEqual(exact(0));
    expect(men.RIGHT_TO_WORK).toEqual(exact(0));
    expect(women.SKILLS.value).toBeGreaterThanOrEqual(12);
    expect(women.SKILLS.value).toBeLessThanOrEqual(16);
    // 2 women and no men for experience: "all of them are women" would say something about each, so it is hidden.
    expect(women.EXPERIENCE).toEqual(hidden);
    expect(men.EXPERIENCE).toEqual(hidden);
    // Reading again gives the same figures.
    expect(await rates(actors.employer.token)).toEqual(all);
  });
});
