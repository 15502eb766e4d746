import { DataSource } from 'typeorm';
import { addDays } from '@app/reference';
import { Actors, codes, createActors, manyResidents, skillIds, TestApp } from '@app/testing';
import { startApi } from '../../platform/test/test-platform';
import {
  asCsvErrors,
  daysAgo,
  enrolledLearners,
  footprint,
  IMPORT_RESULT,
  pastCohort,
  postCsv,
  toCsv,
  today,
} from './cohort-return-fixtures';

const REPORT = `mutation ($cohortId: ID!, $rows: [CohortLearnerRowInput!]!) {
  reportCohortLearners(cohortId: $cohortId, rows: $rows) { ${IMPORT_RESULT} } }`;
const COLUMNS = [
  'learnerRef',
  'furthestStage',
  'withdrawn',
  'enquiredOn',
  'dateOfBirth',
  'wardCode',
  'employmentStatus',
  'ethnicity',
  'gender',
  'trans',
  'disability',
  'completionDate',
  'qualificationsAchieved',
  'outcomeType',
  'outcomeStartDate',
  'salaryPence',
  'hoursPerWeek',
];
const PICCADILLY = 'E05011376';

type Row = Record<string, unknown>;
type ImportResult = {
  accepted: number;
  created: number;
  updated: number;
  unchanged: number;
  errors: { row: number; field: string; message: string }[];
};

const midnight = (day: string) => new Date(`${day}T00:00:00Z`);

describe('learner-level cohort returns (e2e)', () => {
  let api: TestApp;
  let actors: Actors;
  let skill: string;
  let cohortId: string;

  const report = (rows: Row[], cohort = cohortId, token = actors.provider.token) =>
    api.gql<{ reportCohortLearners: ImportResult }>(REPORT, { cohortId: cohort, rows }, token);
  const csvPath = (cohort = cohortId) => `/api/cohorts/${cohort}/learners.csv`;
  const query = (sql: string, params: unknown[] = []) => api.app.get(DataSource).query(sql, params);
  const enrolmentOf = async (ref: string) =>
    (
      await query(
        `SELECT e.id, e.status, e.reported_by_provider AS "reportedByProvider", e.resident_id AS "residentId",
                e.created_at AS "createdAt", e.completion_date::text AS "completionDate",
                e.qualifications_achieved AS qualifications, e.snapshot_age_band AS "ageBand", e.snapshot_ward AS ward,
                e.snapshot_gender AS gender, e.snapshot_ethnicity AS ethnicity,
                e.snapshot_employment_status AS "employmentStatus"
         FROM enrolments e
         WHERE e.learner_ref = $1 AND e.provider_id = $2`,
        [ref, actors.provider.organisationId],
      )
    )[0];
  const historyOf = (id: string) =>
    query(`SELECT status, at, by_role AS "byRole" FROM enrolment_status_changes WHERE enrolment_id = $1 ORDER BY id`, [
      id,
    ]);

  const enquired = daysAgo(320);
  const completed = daysAgo(210);
  // About 30 on the enquiry day, whatever day the test runs: 25-34.
  const dateOfBirth = addDays(enquired, -(30 * 365 + 100));
  const firstReturn = (): Row[] => [
    {
      learnerRef: 'R-01',
      furthestStage: 'ENQUIRED',
      enquiredOn: enquired,
      dateOfBirth,
      wardCode: PICCADILLY,
      employmentStatus: 'UNEMPLOYED',
      ethnicity: 'BLACK_AFRICAN',
      gender: 'WOMAN',
      trans: 'NO',
      disability: 'YES',
    },
    { learnerRef: 'R-02', furthestStage: 'ENQUIRED', withdrawn: true, enquiredOn: daysAgo(330) },
    { learnerRef: 'R-03', furthestStage: 'APPLIED', wardCode: 'OUTSIDE_MANCHESTER' },
    { learnerRef: 'R-04', furthestStage: 'OFFERED', withdrawn: true, enquiredOn: enquired },
    { learnerRef: 'R-05', furthestStage: 'ENROLLED', withdrawn: true, enquiredOn: enquired },
    { learnerRef: 'R-06', furthestStage: 'ENROLLED', enquiredOn: enquired },
    {
      learnerRef: 'R-07',
      furthestStage: 'COMPLETED',
      enquiredOn: enquired,
      completionDate: completed,
      qualificationsAchieved: ['Level 3 Certificate in Cloud Computing'],
      outcomeType: 'NEW_JOB',
      outcomeStartDate: daysAgo(150),
      salaryPence: 2_700_000,
      hoursPerWeek: 37.5,
    },
    {
      learnerRef: 'R-08',
      furthestStage: 'COMPLETED',
      completionDate: completed,
      outcomeType: 'FURTHER_LEARNING',
      outcomeStartDate: daysAgo(100),
    },
  ];

  beforeAll(async () => {
    api = await startApi();
    actors = await createActors(api);
    [skill] = await skillIds(api, 'SQL');
    ({ cohortId } = await pastCohort(api, actors.provider, skill, { capacity: 5, startedDaysAgo: 300 }));
  });
  afterAll(() => api.close());

  it('creates one provider-reported enrolment per row, with snapshot, history, outcome, places and audit', async () => {
    const before = await footprint(api, cohortId);
    const res = await report(firstReturn());
    expect(res.errors).toBeUndefined();
    expect(res.data!.reportCohortLearners).toEqual({ accepted: 8, created: 8, updated: 0, unchanged: 0, errors: [] });

    const after = await footprint(api, cohortId);
    expect(after.statuses).toEqual([
      { ref: 'R-01', status: 'ENQUIRED' },
      { ref: 'R-02', status: 'WITHDRAWN' },
      { ref: 'R-03', status: 'APPLIED' },
      { ref: 'R-04', status: 'WITHDRAWN' },
      { ref: 'R-05', status: 'WITHDRAWN' },
      { ref: 'R-06', status: 'ENROLLED' },
      { ref: 'R-07', status: 'COMPLETED' },
      { ref: 'R-08', status: 'COMPLETED' },
    ]);
    // Places: R-06 (ENROLLED) and the two completers; withdrawn learners hold none.
    expect(after.placesTaken).toBe(3);
    // One history entry per stage reached (+ WITHDRAWN): 1 + 2 + 2 + 4 + 5 + 4 + 5 + 5, each audited.
    expect((after.history as number) - (before.history as number)).toBe(28);
    expect((after.audit as number) - (before.audit as number)).toBe(28);
    expect(after.outcomes).toBe(2);
    // Each record carries its snapshot (R-01's below); a return that is refused leaves every snapshot as it was.
    expect(after.snapshots).not.toBe(before.snapshots);

    const r01 = await enrolmentOf('R-01');
    expect(r01).toMatchObject({
      status: 'ENQUIRED',
      reportedByProvider: true,
      residentId: null,
      createdAt: midnight(enquired),
      ageBand: '25-34',
      ward: PICCADILLY,
      gender: 'WOMAN',
      ethnicity: 'BLACK_AFRICAN',
      employmentStatus: 'UNEMPLOYED',
    });
    const r07 = await enrolmentOf('R-07');
    expect(r07).toMatchObject({
      completionDate: completed,
      qualifications: ['Level 3 Certificate in Cloud Computing'],
    });
    expect(await historyOf(r07.id)).toEqual([
      { status: 'ENQUIRED', at: midnight(enquired), byRole: 'PROVIDER' },
      { status: 'APPLIED', at: midnight(enquired), byRole: 'PROVIDER' },
      { status: 'OFFERED', at: midnight(enquired), byRole: 'PROVIDER' },
      { status: 'ENROLLED', at: midnight(enquired), byRole: 'PROVIDER' },
      { status: 'COMPLETED', at: midnight(completed), byRole: 'PROVIDER' },
    ]);
    const r04 = await enrolmentOf('R-04');
    expect((await historyOf(r04.id)).map((entry: { status: string }) => entry.status)).toEqual([
      'ENQUIRED',
      'APPLIED',
      'OFFERED',
      'WITHDRAWN',
    ]);
    const [outcome] = await query(
      `SELECT type, start_date::text AS "startDate", salary_pence AS "salaryPence", hours_per_week AS "hoursPerWeek"
       FROM outcomes WHERE enrolment_id = $1`,
      [r07.id],
    );
    expect(outcome).toEqual({ type: 'NEW_JOB', startDate: daysAgo(150), salaryPence: 2_700_000, hoursPerWeek: 37.5 });
    const audit = await query(`SELECT action, actor_id AS "actorId" FROM audit_entries WHERE subject_id = $1`, [
      r04.id,
    ]);
    expect(audit.map((entry: { action: string }) => entry.action).sort()).toEqual([
      'ENROLMENT_APPLIED',
      'ENROLMENT_ENQUIRED',
      'ENROLMENT_OFFERED',
      'ENROLMENT_WITHDRAWN',
    ]);
    expect(audit.every((entry: { actorId: string }) => entry.actorId === actors.provider.userId)).toBe(true);
  });

  it('changes nothing when the same return is sent again, as CSV this time', async () => {
    const before = await footprint(api, cohortId);
    const res = await postCsv(api, csvPath(), toCsv(COLUMNS, firstReturn()), actors.provider.token);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ accepted: 8, created: 0, updated: 0, unchanged: 8, errors: [] });
    expect(await footprint(api, cohortId)).toEqual(before);
  });

  it('updates the records whose rows changed and only those', async () => {
    const before = await footprint(api, cohortId);
    const rows = firstReturn();
    rows[0] = { ...rows[0], gender: 'NON_BINARY' };
    rows[4] = { ...rows[4], withdrawn: false }; // R-05 back to ENROLLED: takes a place
    rows[5] = { ...rows[5], furthestStage: 'COMPLETED', completionDate: daysAgo(205) }; // R-06 completes
    const res = await report(rows);
    expect(res.data!.reportCohortLearners).toEqual({ accepted: 8, created: 0, updated: 3, unchanged: 5, errors: [] });
    const after = await footprint(api, cohortId);
    expect(after.placesTaken).toBe(4);
    expect(after.enrolments).toBe(before.enrolments);
    // R-05 loses WITHDRAWN, R-06 gains COMPLETED; audited: R-05 ENROLLED again, R-06 COMPLETED.
    expect(after.history).toBe(before.history);
    expect((after.audit as number) - (before.audit as number)).toBe(2);
    expect(await enrolmentOf('R-01')).toMatchObject({ gender: 'NON_BINARY', ward: PICCADILLY });
    expect(await enrolmentOf('R-06')).toMatchObject({ status: 'COMPLETED', completionDate: daysAgo(205) });
  });

  it('rejects a return with bad rows whole, listing every one, the same by GraphQL and CSV', async () => {
    const other = await pastCohort(api, actors.provider, skill);
    const [resident] = await manyResidents(api, 1);
    await enrolledLearners(api, other.cohortId, actors.provider.organisationId!, [resident], ['PLT-001']);
    const before = await footprint(api, cohortId);
    const rows: Row[] = [
      { learnerRef: 'R-20', furthestStage: 'ENQUIRED' },
      { learnerRef: 'PLT-001', furthestStage: 'ENROLLED' },
      { learnerRef: 'R-21', furthestStage: 'COMPLETED' },
      { learnerRef: 'R-22', furthestStage: 'ENROLLED', outcomeType: 'NEW_JOB', outcomeStartDate: completed },
      { learnerRef: 'R-23', furthestStage: 'ENQUIRED', enquiredOn: addDays(today, 1) },
      { learnerRef: 'R-20', furthestStage: 'APPLIED' },
      { learnerRef: 'R-24', furthestStage: 'ENQUIRED', enquiredOn: enquired, dateOfBirth: addDays(enquired, -3650) },
    ];
    const res = await report(rows);
    expect(res.errors).toBeUndefined();
    const result = res.data!.reportCohortLearners;
    expect(result).toMatchObject({ accepted: 0, created: 0, updated: 0, unchanged: 0 });
    expect(result.errors.map(({ row, field }) => [row, field])).toEqual([
      [1, 'learnerRef'],
      [2, 'completionDate'],
      [3, 'outcomeType'],
      [4, 'enquiredOn'],
      [5, 'learnerRef'],
      [6, 'dateOfBirth'],
    ]);
    expect(result.errors[0].message).toContain('belongs to a learner who came through the platform');
    expect(await footprint(api, cohortId)).toEqual(before);

    const csv = await postCsv(api, csvPath(), toCsv(COLUMNS, rows), actors.provider.token);
    expect(csv.status).toBe(400);
    expect(csv.body.error.errors).toEqual(asCsvErrors(result.errors, COLUMNS));
    expect(await footprint(api, cohortId)).toEqual(before);
  });

  it('lists values that do not fit their fields with the other row problems, in one pass, by GraphQL and CSV', async () => {
    const before = await footprint(api, cohortId);
    const rows: Row[] = [
      { learnerRef: 'R-40', furthestStage: 'ENQUIRED', wardCode: 'E09000003' },
      { learnerRef: 'R-41', furthestStage: 'HIRED' },
      { learnerRef: 'R-42', furthestStage: 'COMPLETED' },
    ];
    const res = await report(rows);
    expect(res.errors).toBeUndefined();
    const result = res.data!.reportCohortLearners;
    expect(result.errors.map(({ row, field }) => [row, field])).toEqual([
      [0, 'wardCode'],
      [1, 'furthestStage'],
      [2, 'completionDate'],
    ]);
    const csv = await postCsv(api, csvPath(), toCsv(COLUMNS, rows), actors.provider.token);
    expect(csv.status).toBe(400);
    expect(csv.body.error.errors.map((e: { row: number; field: string }) => [e.row, e.field])).toEqual([
      [2, 'ward_code'],
      [3, 'furthest_stage'],
      [4, 'completion_date'],
    ]);
    expect(await footprint(api, cohortId)).toEqual(before);
  });

  it('rejects a return that would exceed the capacity whole; places given back count first', async () => {
    const before = await footprint(api, cohortId); // 4 of 5 places taken
    const newcomers: Row[] = [
      { learnerRef: 'R-30', furthestStage: 'ENROLLED' },
      { learnerRef: 'R-31', furthestStage: 'COMPLETED', completionDate: completed },
      { learnerRef: 'R-32', furthestStage: 'APPLIED' },
    ];
    const full = await report(newcomers);
    expect(full.data!.reportCohortLearners).toMatchObject({ accepted: 0 });
    expect(full.data!.reportCohortLearners.errors).toEqual([
      {
        row: 1,
        field: 'furthestStage',
        message:
          'no place left for this learner: the cohort has 5 places and this return would need 6 (4 taken before it)',
      },
    ]);
    expect(await footprint(api, cohortId)).toEqual(before);

    const withdrawal = { learnerRef: 'R-05', furthestStage: 'ENROLLED', withdrawn: true, enquiredOn: enquired };
    const fits = await report([...newcomers, withdrawal]);
    expect(fits.data!.reportCohortLearners).toEqual({ accepted: 4, created: 3, updated: 1, unchanged: 0, errors: [] });
    expect((await footprint(api, cohortId)).placesTaken).toBe(5);
  });

  it('is NOT_FOUND to another provider, on GraphQL and CSV', async () => {
    const before = await footprint(api, cohortId);
    expect(codes(await report(firstReturn(), cohortId, actors.otherProvider.token))).toEqual(['NOT_FOUND']);
    const csv = await postCsv(api, csvPath(), toCsv(COLUMNS, firstReturn()), actors.otherProvider.token);
    expect(csv.status).toBe(404);
    expect(codes(await report(firstReturn(), 'not-a-cohort'))).toEqual(['NOT_FOUND']);
    expect(await footprint(api, cohortId)).toEqual(before);
  });

  it('takes identical returns sent at the same time once', async () => {
    const { cohortId: fresh } = await pastCohort(api, actors.provider, skill, { capacity: 50 });
    const rows = Array.from({ length: 40 }, (_, i) => ({
      learnerRef: `C-${String(i).padStart(3, '0')}`,
      furthestStage: i % 2 ? 'ENROLLED' : 'APPLIED',
      enquiredOn: enquired,
    }));
    const csv = toCsv(COLUMNS, rows);
    const answers = await Promise.all([
      postCsv(api, csvPath(fresh), csv, actors.provider.token),
      postCsv(api, csvPath(fresh), csv, actors.provider.token),
    ]);
    expect(answers.map((answer) => answer.body.created).sort()).toEqual([0, 40]);
    expect(answers.map((answer) => answer.body.unchanged).sort()).toEqual([0, 40]);
    expect(await footprint(api, fresh)).toMatchObject({ enrolments: 40, history: 20 * 2 + 20 * 4, placesTaken: 20 });
  });

  it('imports a large return in a few statements', async () => {
    const { cohortId: large } = await pastCohort(api, actors.provider, skill, { capacity: 2_000, startedDaysAgo: 300 });
    const rows = Array.from({ length: 1_500 }, (_, i) => ({
      learnerRef: `BULK-${i}`,
      furthestStage: 'COMPLETED',
      enquiredOn: enquired,
      completionDate: completed,
      gender: i % 3 ? 'WOMAN' : 'MAN',
      outcomeType: 'NEW_JOB',
      outcomeStartDate: daysAgo(100),
      salaryPence: 2_500_000 + i,
    }));
    const started = Date.now();
    const res = await postCsv(api, csvPath(large), toCsv(COLUMNS, rows), actors.provider.token);
    expect(res.body).toMatchObject({ accepted: 1_500, created: 1_500, errors: [] });
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(await footprint(api, large)).toMatchObject({ enrolments: 1_500, history: 7_500, outcomes: 1_500 });
    const again = await postCsv(api, csvPath(large), toCsv(COLUMNS, rows), actors.provider.token);
    expect(again.body).toMatchObject({ accepted: 1_500, unchanged: 1_500 });
  });
});
