import { DataSource } from 'typeorm';
import { addDays } from '@app/reference';
import { Actors, codes, createActors, fieldPaths, manyResidents, skillIds, TestActor, TestApp } from '@app/testing';
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

const REPORT_OUTCOME = `mutation ($input: OutcomeInput!) {
  reportOutcome(input: $input) { id type startDate salaryPence hoursPerWeek withinSixMonths } }`;
const REPORT_ROWS = `mutation ($cohortId: ID!, $rows: [CohortOutcomeRowInput!]!) {
  reportCohortOutcomes(cohortId: $cohortId, rows: $rows) { ${IMPORT_RESULT} } }`;
const COLUMNS = [
  'learnerRef',
  'completed',
  'completionDate',
  'qualificationsAchieved',
  'outcomeType',
  'outcomeStartDate',
  'salaryPence',
  'hoursPerWeek',
];

type ImportResult = {
  accepted: number;
  created: number;
  updated: number;
  unchanged: number;
  errors: { row: number; field: string; message: string }[];
};

describe('outcomes and cohort outcome returns (e2e)', () => {
  let api: TestApp;
  let actors: Actors;
  let skill: string;
  let cohortId: string;
  let cohortStart: string;
  let enrolments: string[];
  let residents: TestActor[];
  const refs = ['NCS-001', 'NCS-002', 'NCS-003', 'NCS-004'];
  const completionDate = daysAgo(190);

  const report = (rows: Record<string, unknown>[], token = actors.provider.token, cohort = cohortId) =>
    api.gql<{ reportCohortOutcomes: ImportResult }>(REPORT_ROWS, { cohortId: cohort, rows }, token);
  const csvPath = (cohort = cohortId) => `/api/cohorts/${cohort}/outcomes.csv`;
  const query = (sql: string, params: unknown[] = []) => api.app.get(DataSource).query(sql, params);

  // Two completers (one with an outcome), one non-completer; NCS-004 stays ENROLLED for reportOutcome's conflict.
  const goodRows = (): Record<string, unknown>[] => [
    {
      learnerRef: 'NCS-001',
      completed: true,
      completionDate,
      qualificationsAchieved: ['AWS Certified Cloud Practitioner', 'Level 3 Certificate'],
      outcomeType: 'NEW_JOB',
      outcomeStartDate: addDays(completionDate, 30),
      salaryPence: 2_650_000,
      hoursPerWeek: 37.5,
    },
    { learnerRef: 'NCS-002', completed: true, completionDate },
    { learnerRef: 'NCS-003', completed: false },
  ];

  beforeAll(async () => {
    api = await startApi();
    actors = await createActors(api);
    [skill] = await skillIds(api, 'SQL');
    ({ cohortId, startDate: cohortStart } = await pastCohort(api, actors.provider, skill, { startedDaysAgo: 200 }));
    residents = await manyResidents(api, refs.length);
    enrolments = await enrolledLearners(api, cohortId, actors.provider.organisationId!, residents, refs);
  });
  afterAll(() => api.close());

  it('rejects a return with bad rows whole, listing every bad row, and changes nothing', async () => {
    const before = await footprint(api, cohortId);
    const rows = [
      goodRows()[0],
      { learnerRef: 'NOBODY-9', completed: true, completionDate },
      { learnerRef: 'NCS-002', completed: true },
      { learnerRef: 'NCS-003', completed: false, outcomeType: 'FURTHER_LEARNING', outcomeStartDate: completionDate },
      { learnerRef: 'NCS-004', completed: true, completionDate: addDays(today, 1) },
      { learnerRef: 'NCS-001', completed: false },
      {
        learnerRef: 'NCS-004',
        completed: true,
        completionDate,
        outcomeType: 'NEW_JOB',
        outcomeStartDate: addDays(cohortStart, -1),
      },
    ];
    const res = await report(rows);
    expect(res.errors).toBeUndefined();
    const result = res.data!.reportCohortOutcomes;
    expect(result).toMatchObject({ accepted: 0, created: 0, updated: 0, unchanged: 0 });
    expect(result.errors.map(({ row, field }) => [row, field])).toEqual([
      [1, 'learnerRef'],
      [2, 'completionDate'],
      [3, 'outcomeType'],
      [4, 'completionDate'],
      [5, 'learnerRef'],
      [6, 'learnerRef'],
      [6, 'outcomeStartDate'],
    ]);
    expect(result.errors[0].message).toBe('no learner with learnerRef NOBODY-9 in this cohort');
    expect(await footprint(api, cohortId)).toEqual(before);

    // The same file as CSV is refused with the same errors, numbered and named as in the file; nothing changes.
    const csv = await postCsv(api, csvPath(), toCsv(COLUMNS, rows), actors.provider.token);
    expect(csv.status).toBe(400);
    expect(csv.body.error).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'RETURN_REFUSED' });
    expect(csv.body.error.errors).toEqual(asCsvErrors(result.errors, COLUMNS));
    expect(csv.body.error.errors[0]).toEqual({
      row: 3,
      field: 'learner_ref',
      message: 'no learner with learner_ref NOBODY-9 in this cohort',
    });
    expect(await footprint(api, cohortId)).toEqual(before);
  });

  it('lists values that do not fit their fields together with every other problem, in one pass (GraphQL)', async () => {
    const before = await footprint(api, cohortId);
    const res = await report([
      { learnerRef: 'NCS-001', completed: true, completionDate, salaryPence: -1, hoursPerWeek: 61 },
      { learnerRef: '', completed: false },
      { learnerRef: 'NOBODY-9', completed: true, completionDate },
    ]);
    expect(res.errors).toBeUndefined();
    const result = res.data!.reportCohortOutcomes;
    expect(result).toMatchObject({ accepted: 0, created: 0, updated: 0, unchanged: 0 });
    expect(result.errors.map(({ row, field }) => [row, field])).toEqual(
      expect.arrayContaining([
        [0, 'salaryPence'],
        [0, 'hoursPerWeek'],
        [1, 'learnerRef'],
        [2, 'learnerRef'],
      ]),
    );
    expect(await footprint(api, cohortId)).toEqual(before);
  });

  it('records completions, non-completions and outcomes, with history, audit, places and skills', async () => {
    const before = await footprint(api, cohortId);
    const res = await report(goodRows());
    expect(res.errors).toBeUndefined();
    expect(res.data!.reportCohortOutcomes).toEqual({ accepted: 3, created: 1, updated: 2, unchanged: 0, errors: [] });

    const stored = await query(
      `SELECT learner_ref AS ref, status, completion_date::text AS "completionDate",
              qualifications_achieved AS qualifications FROM enrolments WHERE cohort_id = $1 ORDER BY learner_ref`,
      [cohortId],
    );
    expect(stored).toEqual([
      {
        ref: 'NCS-001',
        status: 'COMPLETED',
        completionDate,
        qualifications: ['AWS Certified Cloud Practitioner', 'Level 3 Certificate'],
      },
      { ref: 'NCS-002', status: 'COMPLETED', completionDate, qualifications: [] },
      { ref: 'NCS-003', status: 'WITHDRAWN', completionDate: null, qualifications: [] },
      { ref: 'NCS-004', status: 'ENROLLED', completionDate: null, qualifications: [] },
    ]);
    const after = await footprint(api, cohortId);
    expect(after.placesTaken).toBe((before.placesTaken as number) - 1);
    expect(after.history).toBe((before.history as number) + 3);
    expect(after.outcomes).toBe(1);
    const history = await query(
      `SELECT status, by_role AS "byRole" FROM enrolment_status_changes WHERE enrolment_id = $1 ORDER BY id DESC LIMIT 1`,
      [enrolments[0]],
    );
    expect(history).toEqual([{ status: 'COMPLETED', byRole: 'PROVIDER' }]);
    const audit = await query(
      `SELECT action, actor_id AS "actorId" FROM audit_entries WHERE subject_id = ANY($1::uuid[]) ORDER BY action`,
      [enrolments.slice(0, 3)],
    );
    expect(audit).toEqual([
      { action: 'ENROLMENT_COMPLETED', actorId: actors.provider.userId },
      { action: 'ENROLMENT_COMPLETED', actorId: actors.provider.userId },
      { action: 'ENROLMENT_WITHDRAWN', actorId: actors.provider.userId },
    ]);
    const skills = await query(`SELECT evidence FROM resident_skills WHERE user_id = $1 AND skill_id = $2`, [
      residents[0].userId,
      skill,
    ]);
    expect(skills).toEqual([{ evidence: 'COURSE_COMPLETED' }]);
  });

  it('changes nothing when the same rows are sent again, by GraphQL or as CSV', async () => {
    const before = await footprint(api, cohortId);
    const again = await report(goodRows());
    expect(again.data!.reportCohortOutcomes).toEqual({ accepted: 3, created: 0, updated: 0, unchanged: 3, errors: [] });
    const csv = await postCsv(api, csvPath(), toCsv(COLUMNS, goodRows()), actors.provider.token);
    expect(csv.status).toBe(200);
    expect(csv.body).toEqual(again.data!.reportCohortOutcomes);
    expect(await footprint(api, cohortId)).toEqual(before);
  });

  it('updates an outcome reported again with another salary', async () => {
    const rows = goodRows();
    rows[0].salaryPence = 2_800_000;
    const res = await report(rows);
    expect(res.data!.reportCohortOutcomes).toMatchObject({ accepted: 3, created: 0, updated: 1, unchanged: 2 });
    const outcomes = await query(`SELECT salary_pence AS salary FROM outcomes WHERE enrolment_id = $1`, [
      enrolments[0],
    ]);
    expect(outcomes).toEqual([{ salary: 2_800_000 }]);
  });

  describe('reportOutcome', () => {
    const outcome = (startDate: string, extra: Record<string, unknown> = {}) => ({
      enrolmentId: enrolments[1],
      type: 'APPRENTICESHIP',
      startDate,
      ...extra,
    });

    it('counts an outcome 182 days after completion as within six months, 183 days not', async () => {
      const in182 = await api.gql<{ reportOutcome: Record<string, unknown> }>(
        REPORT_OUTCOME,
        { input: outcome(addDays(completionDate, 182), { salaryPence: 2_000_000, hoursPerWeek: 30 }) },
        actors.provider.token,
      );
      expect(in182.errors).toBeUndefined();
      expect(in182.data!.reportOutcome).toMatchObject({
        type: 'APPRENTICESHIP',
        startDate: addDays(completionDate, 182),
        salaryPence: 2_000_000,
        hoursPerWeek: 30,
        withinSixMonths: true,
      });
      const in183 = await api.gql<{ reportOutcome: Record<string, unknown> }>(
        REPORT_OUTCOME,
        { input: outcome(addDays(completionDate, 183)) },
        actors.provider.token,
      );
      expect(in183.data!.reportOutcome).toMatchObject({ withinSixMonths: false, salaryPence: null });
    });

    it('is idempotent on type and start date: reporting again updates salary and hours', async () => {
      const first = await api.gql<{ reportOutcome: { id: string } }>(
        REPORT_OUTCOME,
        { input: outcome(addDays(completionDate, 10), { salaryPence: 1_000_000 }) },
        actors.provider.token,
      );
      const second = await api.gql<{ reportOutcome: { id: string; salaryPence: number; hoursPerWeek: number } }>(
        REPORT_OUTCOME,
        { input: outcome(addDays(completionDate, 10), { salaryPence: 1_200_000, hoursPerWeek: 22.5 }) },
        actors.provider.token,
      );
      expect(second.data!.reportOutcome).toMatchObject({
        id: first.data!.reportOutcome.id,
        salaryPence: 1_200_000,
        hoursPerWeek: 22.5,
      });
      const [{ n }] = await query(
        `SELECT count(*)::int AS n FROM outcomes WHERE enrolment_id = $1 AND start_date = $2`,
        [enrolments[1], addDays(completionDate, 10)],
      );
      expect(n).toBe(1);
    });

    it('refuses a start before the cohort started or in the future, and bad pay, naming the fields', async () => {
      const early = await api.gql(REPORT_OUTCOME, { input: outcome(addDays(cohortStart, -1)) }, actors.provider.token);
      expect(codes(early)).toEqual(['BAD_USER_INPUT']);
      expect(early.errors![0].extensions!.fieldErrors).toEqual([
        { path: 'input.startDate', message: `startDate must not be before the cohort started (${cohortStart})` },
      ]);
      const future = await api.gql(REPORT_OUTCOME, { input: outcome(addDays(today, 1)) }, actors.provider.token);
      expect(fieldPaths(future)).toEqual(['input.startDate']);
      const pay = await api.gql(
        REPORT_OUTCOME,
        { input: outcome(addDays(completionDate, 1), { salaryPence: -1, hoursPerWeek: 0.5 }) },
        actors.provider.token,
      );
      expect(fieldPaths(pay)).toEqual(['input.hoursPerWeek', 'input.salaryPence']);
    });

    it('needs a COMPLETED learner', async () => {
      const res = await api.gql(
        REPORT_OUTCOME,
        { input: { ...outcome(completionDate), enrolmentId: enrolments[3] } },
        actors.provider.token,
      );
      expect(codes(res)).toEqual(['CONFLICT']);
      expect(res.errors![0].extensions!.reason).toBe('ILLEGAL_TRANSITION');
      expect(res.errors![0].message).toContain('this learner is ENROLLED');
    });
  });

  describe('access', () => {
    it('is NOT_FOUND to another provider, on GraphQL and CSV, and changes nothing', async () => {
      const before = await footprint(api, cohortId);
      const rows = goodRows();
      expect(codes(await report(rows, actors.otherProvider.token))).toEqual(['NOT_FOUND']);
      const outcome = await api.gql(
        REPORT_OUTCOME,
        { input: { enrolmentId: enrolments[0], type: 'NEW_JOB', startDate: completionDate } },
        actors.otherProvider.token,
      );
      expect(codes(outcome)).toEqual(['NOT_FOUND']);
      const csv = await postCsv(api, csvPath(), toCsv(COLUMNS, rows), actors.otherProvider.token);
      expect(csv.status).toBe(404);
      expect(csv.body.error).toMatchObject({ code: 'NOT_FOUND', reason: 'COHORT_NOT_FOUND' });
      expect(codes(await report(rows, actors.provider.token, '00000000-0000-4000-8000-000000000000'))).toEqual([
        'NOT_FOUND',
      ]);
      expect(await footprint(api, cohortId)).toEqual(before);
    });

    it('is for providers only, and for signed-in callers only', async () => {
      expect(codes(await report(goodRows(), actors.resident.token))).toEqual(['FORBIDDEN']);
      expect((await postCsv(api, csvPath(), toCsv(COLUMNS, goodRows()), actors.employer.token)).status).toBe(403);
      expect((await postCsv(api, csvPath(), toCsv(COLUMNS, goodRows()))).status).toBe(401);
    });
  });

  describe('CSV', () => {
    it('answers 400 with every problem of the file and its rows at once, numbered as a spreadsheet shows them', async () => {
      const before = await footprint(api, cohortId);
      const csv = [
        'learner_ref,completed,completion_date,salary_pence,hours_per_week,colour',
        `NCS-001,true,${completionDate},lots,37.5,red`,
        'NCS-002,true',
        '',
        `NCS-003,maybe,,,,blue`,
        `"NCS-004","true","${completionDate}","26500","37.5",""`,
      ].join('\r\n');
      const res = await postCsv(api, csvPath(), csv, actors.provider.token);
      expect(res.status).toBe(400);
      expect(res.body.error).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'RETURN_REFUSED' });
      const found = res.body.error.errors.map((e: { row: number; field: string | null }) => [e.row, e.field]);
      expect(found).toEqual(
        expect.arrayContaining([
          [1, 'colour'],
          [2, 'salary_pence'],
          [3, null],
          [5, 'completed'],
          [6, 'salary_pence'],
        ]),
      );
      const messages = res.body.error.errors.map((e: { message: string }) => e.message);
      expect(messages).toContain('row 3 has 2 cells; the header has 6');
      expect(messages).toContain('salary_pence must be a whole number of pence from 0 to 100000000');
      expect(messages.find((m: string) => m.includes('pounds, not pence'))).toMatch(/^salary_pence looks like pounds/);
      expect(await footprint(api, cohortId)).toEqual(before);
    });

    it('refuses more than 20,000 rows in the same body shape', async () => {
      const lines = ['learner_ref,completed', ...Array.from({ length: 20_001 }, (_, i) => `X-${i},false`)];
      const res = await postCsv(api, csvPath(), lines.join('\n'), actors.provider.token);
      expect(res.status).toBe(400);
      expect(res.body.error).toMatchObject({
        code: 'BAD_USER_INPUT',
        errors: [{ row: null, field: 'rows', message: 'rows must list 1 to 20000 learners' }],
      });
    });

    it('names a missing column once, not on every row, with the header on row 1', async () => {
      const res = await postCsv(api, csvPath(), 'learner,completed,colour\r\nNCS-001,false,red', actors.provider.token);
      expect(res.status).toBe(400);
      expect(res.body.error.errors).toEqual([
        { row: 1, field: 'learner', message: expect.stringContaining('unknown column "learner"') },
        { row: 1, field: 'colour', message: expect.stringContaining('unknown column "colour"') },
        { row: 1, field: 'learner_ref', message: 'column learner_ref is required' },
      ]);
    });

    it('takes the content types browsers send for .csv files, and refuses others in the same body shape', async () => {
      const rows = toCsv(COLUMNS, goodRows());
      for (const type of ['application/vnd.ms-excel', 'application/csv', 'text/csv; charset=utf-8']) {
        const res = await postCsv(api, csvPath(), rows, actors.provider.token).set('content-type', type);
        expect({ type, status: res.status }).toEqual({ type, status: 200 });
      }
      const json = await postCsv(api, csvPath(), '{}', actors.provider.token).set('content-type', 'application/json');
      expect(json.status).toBe(415);
      expect(json.body).toEqual({
        error: { code: 'BAD_USER_INPUT', reason: 'UNSUPPORTED_MEDIA_TYPE', message: expect.any(String), errors: [] },
      });
      const latin1 = await postCsv(api, csvPath(), rows, actors.provider.token).set(
        'content-type',
        'text/csv; charset=latin1',
      );
      expect(latin1.status).toBe(415);
      for (const other of [
        await postCsv(api, csvPath(), rows),
        await postCsv(api, csvPath(), rows, actors.employer.token),
        await postCsv(api, csvPath(), rows, actors.otherProvider.token),
      ]) {
        expect(Object.keys(other.body)).toEqual(['error']);
        expect(Object.keys(other.body.error).sort()).toEqual(['code', 'errors', 'message', 'reason']);
      }
    });
  });
});
