import { Actors, createActors, flaggedVacancy, skillIds, TestApp } from '@app/testing';
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

/**
 * The vacancy of flaggedVacancy (libs/testing): women hired at 12 of 40, men at 20 of 30, flagged by the four-fifths
 * rule in both views; women rejected 14 times for skills, 12 for availability, twice for experience; men 10 times for
 * skills.
 */
describe('metrics (e2e): rejection reasons where the four-fifths rule flags a vacancy', () => {
  let api: TestApp;
  let actors: Actors;
  let scope: { kind: string; id: string };

  beforeAll(async () => {
    api = await startApi();
    actors = await createActors(api);
    const [skill] = await skillIds(api, 'SQL');
    scope = { kind: 'VACANCY', id: await flaggedVacancy(api, actors.employer, skill) };
    await recompute();
  });
  afterAll(() => api.close());

  const mutate = async <T>(mutation: string, variables: Record<string, unknown>, token: string): Promise<T> => {
    const res = await api.gql<T>(mutation, variables, token);
    expect(res.errors).toBeUndefined();
    return res.data!;
  };

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
