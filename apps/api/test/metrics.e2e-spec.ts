import { DataSource } from 'typeorm';
import { Actors, createActors, manyResidents, openCohort, skillIds, TestApp } from '@app/testing';
import { startApi } from '../../platform/test/test-platform';

type Count = { value: number | null; suppressed: boolean };
type Diversity = {
  stages: {
    stage: string;
    total: Count;
    rows: { dimension: string; category: string; count: Count; share: number | null }[];
  }[];
};
type Outcomes = {
  enquiries: Count;
  places: Count;
  enquiriesPerPlace: number | null;
  starts: Count;
  completions: Count;
  positiveOutcomes: Count;
  outcomeRateOfStarts: number | null;
};

const REPORTS = `query ($scope: MetricsScopeInput!) {
  diversityReport(scope: $scope) { runId suppressionThreshold stages { stage total { value suppressed } rows { dimension category count { value suppressed } share } } }
  outcomeReport(scope: $scope) { runId enquiries { value } places { value } enquiriesPerPlace starts { value } completions { value }
    positiveOutcomes { value } outcomeRateOfStarts } }`;

// The TechEquity bootcamp (METRICS.md worked example): 300 enquiries for 36 places; 150 applicants, 99 (66%) from
// ethnic minorities; 36 enrolled, 27 (75%) from ethnic minorities; 20 of the 36 (55%) into work or further learning
// within six months.
const ENQUIRIES = 300;
const PLACES = 36;
const APPLICANTS = 150;
const MINORITY_APPLICANTS = 99;
const MINORITY_ENROLLED = 27;
const POSITIVE = 20;
const COMPLETERS = 30;

/** Learner i's ethnicity: the enrolled come first (27 minority of 36), then the other applicants (72 of 114). */
function ethnicityOf(i: number): string {
  if (i < PLACES) return i < MINORITY_ENROLLED ? 'ASIAN_PAKISTANI' : 'WHITE_BRITISH';
  if (i < APPLICANTS) return i - PLACES < MINORITY_APPLICANTS - MINORITY_ENROLLED ? 'BLACK_AFRICAN' : 'WHITE_BRITISH';
  return i % 2 ? 'MIXED_OTHER' : 'WHITE_BRITISH';
}

describe('metrics (e2e): the TechEquity worked example of METRICS.md', () => {
  let api: TestApp;
  let actors: Actors;
  let skill: string;

  beforeAll(async () => {
    api = await startApi({ env: { METRICS_DEBOUNCE_MS: '200' } });
    actors = await createActors(api);
    [skill] = await skillIds(api, 'SQL');
  });
  afterAll(() => api.close());

  /** Asks for a recompute and waits for its run to finish, then reads both reports. */
  const computed = async (scope: Record<string, unknown>, token: string) => {
    const requested = await api.gql<{ requestMetrics: { id: string; state: string } }>(
      `mutation ($scope: MetricsScopeInput!) { requestMetrics(scope: $scope) { id state } }`,
      { scope },
      token,
    );
    expect(requested.errors).toBeUndefined();
    expect(requested.data!.requestMetrics.state).toBe('QUEUED');
    const runId = requested.data!.requestMetrics.id;
    for (let i = 0; i < 300; i += 1) {
      const run = await api.gql<{ metricsRun: { state: string; progress: number; error: string | null } }>(
        `query ($id: ID!) { metricsRun(id: $id) { state progress error } }`,
        { id: runId },
        token,
      );
      if (run.data!.metricsRun.state === 'COMPLETED') break;
      if (run.data!.metricsRun.state === 'FAILED') throw new Error(`run failed: ${run.data!.metricsRun.error}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const res = await api.gql<{
      diversityReport: Diversity & { runId: string };
      outcomeReport: Outcomes & { runId: string };
    }>(REPORTS, { scope }, token);
    expect(res.errors).toBeUndefined();
    // The served report is the newest completed one: ours, or an automatic recompute that finished after it.
    expect(res.data!.diversityReport.runId).toEqual(expect.any(String));
    return res.data!;
  };
  const minorityShare = (report: Diversity, stage: string) =>
    report.stages
      .find((s) => s.stage === stage)!
      .rows.find((row) => row.dimension === 'ETHNIC_MINORITY' && row.category === 'YES')!.share;

  it('a past cohort reported as a learner-level return gives every figure METRICS.md names', async () => {
    const programme = await api.gql<{ createProgramme: { id: string } }>(
      `mutation ($input: CreateProgrammeInput!) { createProgramme(input: $input) { id } }`,
      {
        input: {
          kind: 'BOOTCAMP',
          title: 'TechEquity Software Development Bootcamp',
          summary: 'Sixteen weeks of software development for under-represented Mancunians.',
          skillsTaught: [{ skillId: skill, level: 'WORKING' }],
          durationWeeks: 16,
          hoursPerWeek: 20,
          delivery: 'IN_PERSON',
          wardCode: 'E05011361',
          fullyFunded: true,
          eligibility: { residency: 'ANY' },
        },
      },
      actors.provider.token,
    );
    const programmeId = programme.data!.createProgramme.id;
    await api.gql(
      `mutation ($id: ID!) { publishProgramme(id: $id) { id } }`,
      { id: programmeId },
      actors.provider.token,
    );
    const cohort = await api.gql<{ createCohort: { id: string; status: string } }>(
      `mutation ($input: CreateCohortInput!) { createCohort(input: $input) { id status } }`,
      {
        input: {
          programmeId,
          startDate: '2025-09-01',
          endDate: '2025-12-19',
          applicationsCloseOn: '2025-08-15',
          capacity: PLACES,
        },
      },
      actors.provider.token,
    );
    expect(cohort.errors).toBeUndefined();
    expect(cohort.data!.createCohort.status).toBe('FINISHED');
    const cohortId = cohort.data!.createCohort.id;

    const rows = Array.from({ length: ENQUIRIES }, (_, i) => {
      const stage = i < COMPLETERS ? 'COMPLETED' : i < PLACES ? 'ENROLLED' : i < APPLICANTS ? 'APPLIED' : 'ENQUIRED';
      return {
        learnerRef: `TE-${String(i).padStart(3, '0')}`,
        furthestStage: stage,
        withdrawn: stage === 'ENROLLED', // six starters left before the end
        enquiredOn: '2025-07-01',
        ethnicity: ethnicityOf(i),
        gender: i % 3 ? 'WOMAN' : 'MAN',
        ...(stage === 'COMPLETED' ? { completionDate: '2025-12-19' } : {}),
        ...(i < POSITIVE
          ? {
              outcomeType: i % 4 ? 'NEW_JOB' : 'FURTHER_LEARNING',
              outcomeStartDate: '2026-02-02',
              salaryPence: 2_600_000,
              hoursPerWeek: 37.5,
            }
          : {}),
      };
    });
    const returned = await api.gql<{ reportCohortLearners: { accepted: number; errors: unknown[] } }>(
      `mutation ($c: ID!, $rows: [CohortLearnerRowInput!]!) { reportCohortLearners(cohortId: $c, rows: $rows) { accepted errors { row field message } } }`,
      { c: cohortId, rows },
      actors.provider.token,
    );
    expect(returned.errors).toBeUndefined();
    expect(returned.data!.reportCohortLearners).toEqual({ accepted: ENQUIRIES, errors: [] });

    const scope = { kind: 'COHORT', id: cohortId };
    const asProvider = await computed(scope, actors.provider.token);
    // City staff read the staff view: exact, as METRICS.md's worked example says.
    const read = await api.gql<{ diversityReport: Diversity; outcomeReport: Outcomes }>(
      REPORTS,
      { scope },
      actors.analyst.token,
    );
    expect(read.errors).toBeUndefined();
    const { diversityReport, outcomeReport } = read.data!;
    expect(outcomeReport.enquiries.value).toBe(ENQUIRIES);
    expect(outcomeReport.places.value).toBe(PLACES);
    expect(outcomeReport.enquiriesPerPlace).toBeCloseTo(8.33, 2);
    expect(minorityShare(diversityReport, 'APPLIED')).toBeCloseTo(0.66, 2);
    expect(minorityShare(diversityReport, 'ENROLLED')).toBeCloseTo(0.75, 2);
    expect(outcomeReport.starts.value).toBe(PLACES);
    expect(outcomeReport.completions.value).toBe(COMPLETERS);
    expect(outcomeReport.positiveOutcomes.value).toBe(POSITIVE);
    expect(outcomeReport.outcomeRateOfStarts).toBe(POSITIVE / PLACES); // 0.5556: "55%" in the strategy's words
    expect(Math.floor(outcomeReport.outcomeRateOfStarts! * 100) / 100).toBe(0.55);
    // The stages are counted as "ever reached": the six who left after starting still count as ENROLLED.
    expect(diversityReport.stages.map((s) => [s.stage, s.total.value])).toEqual([
      ['ENQUIRED', ENQUIRIES],
      ['APPLIED', APPLICANTS],
      ['OFFERED', PLACES],
      ['ENROLLED', PLACES],
      ['COMPLETED', COMPLETERS],
      ['POSITIVE_OUTCOME', POSITIVE],
    ]);

    // The provider reads its own cohort in the protected view: every count within the table's noise (±2), shares
    // near the truth, and the same figures however often it asks.
    const truths = [ENQUIRIES, APPLICANTS, PLACES, PLACES, COMPLETERS, POSITIVE];
    asProvider.diversityReport.stages.forEach((stage, i) =>
      expect(Math.abs(stage.total.value! - truths[i])).toBeLessThanOrEqual(2),
    );
    // 300 enquiries ± 2 for 36 places (capacities are not perturbed).
    expect(asProvider.outcomeReport.enquiriesPerPlace!).toBeGreaterThanOrEqual((ENQUIRIES - 2) / PLACES);
    expect(asProvider.outcomeReport.enquiriesPerPlace!).toBeLessThanOrEqual((ENQUIRIES + 2) / PLACES);
    expect(minorityShare(asProvider.diversityReport, 'APPLIED')!).toBeCloseTo(0.66, 1);
    expect(asProvider.outcomeReport.places.value).toBe(PLACES);
    // (An automatic recompute may have finished since: another run of the same records, so the same figures.)
    const again = await api.gql<typeof asProvider>(REPORTS, { scope }, actors.provider.token);
    const withoutRun = ({ runId: _diversityRun, ...diversity }: Diversity & { runId?: string }) => diversity;
    expect(withoutRun(again.data!.diversityReport)).toEqual(withoutRun(asProvider.diversityReport));
  }, 60_000);

  it('the same journey through the platform’s own enquiries, applications, offers and acceptances gives the same funnel to ENROLLED', async () => {
    const { cohortId } = await openCohort(api, actors.provider, skill, { capacity: PLACES });
    const residents = await manyResidents(api, ENQUIRIES);
    await api.app
      .get(DataSource)
      .query(`INSERT INTO equality_monitoring (user_id, ethnicity) SELECT * FROM unnest($1::uuid[], $2::ethnicity[])`, [
        residents.map((r) => r.userId),
        residents.map((_, i) => ethnicityOf(i)),
      ]);
    const call = async (mutation: string, variables: Record<string, string>, token: string) => {
      const res = await api.gql<Record<string, { id: string; status: string }>>(mutation, variables, token);
      expect(res.errors).toBeUndefined();
      return Object.values(res.data!)[0];
    };
    // Everyone enquires and 150 apply while the cohort is open; then the provider offers the 36 places.
    const enrolmentIds: string[] = [];
    for (const [i, resident] of residents.entries()) {
      const enquiry = await call(
        `mutation ($c: ID!) { enquireAboutCohort(cohortId: $c) { id status } }`,
        { c: cohortId },
        resident.token,
      );
      enrolmentIds.push(enquiry.id);
      if (i < APPLICANTS)
        await call(`mutation ($c: ID!) { applyToCohort(cohortId: $c) { id status } }`, { c: cohortId }, resident.token);
    }
    for (const [i, resident] of residents.slice(0, PLACES).entries()) {
      await call(
        `mutation ($e: ID!) { offerPlace(enrolmentId: $e) { id status } }`,
        { e: enrolmentIds[i] },
        actors.provider.token,
      );
      await call(
        `mutation ($e: ID!) { acceptPlace(enrolmentId: $e) { id status } }`,
        { e: enrolmentIds[i] },
        resident.token,
      );
    }

    const { diversityReport, outcomeReport } = await computed({ kind: 'COHORT', id: cohortId }, actors.broker.token);
    expect(outcomeReport.enquiries.value).toBe(ENQUIRIES);
    expect(outcomeReport.enquiriesPerPlace).toBeCloseTo(8.33, 2);
    expect(outcomeReport.starts.value).toBe(PLACES);
    expect(minorityShare(diversityReport, 'APPLIED')).toBeCloseTo(0.66, 2);
    expect(minorityShare(diversityReport, 'ENROLLED')).toBeCloseTo(0.75, 2);
    expect(diversityReport.stages.slice(0, 4).map((s) => [s.stage, s.total.value])).toEqual([
      ['ENQUIRED', ENQUIRIES],
      ['APPLIED', APPLICANTS],
      ['OFFERED', PLACES],
      ['ENROLLED', PLACES],
    ]);
    // 522 mutations one after another, each enquiry and application checking eligibility: minutes on a loaded machine.
  }, 300_000);
});
