import { DataSource } from 'typeorm';
import {
  Actors,
  codes,
  createActors,
  fieldPaths,
  GOOD_PASSWORD,
  newResident,
  openCohort,
  openVacancy,
  REGISTER_RESIDENT,
  skillIds,
  TestApp,
} from '@app/testing';
import { startApi } from '../../platform/test/test-platform';

describe('data rights (e2e): export everything, delete the person and keep anonymous records', () => {
  let api: TestApp;
  let actors: Actors;
  let skill: string;

  beforeAll(async () => {
    api = await startApi();
    actors = await createActors(api);
    [skill] = await skillIds(api, 'SQL');
  });
  afterAll(() => api.close());

  it('exports the profile, equality answers, records with their history and snapshots, and the audit trail', async () => {
    const { cohortId } = await openCohort(api, actors.provider, skill);
    const vacancyId = await openVacancy(api, actors.employer, skill);
    const resident = await newResident(api, 'Export Person');
    await api.gql(
      `mutation { setMyEqualityMonitoring(input: { disability: YES, gender: NON_BINARY }) { gender } }`,
      {},
      resident.token,
    );
    await api.gql(`mutation ($c: ID!) { applyToCohort(cohortId: $c) { id } }`, { c: cohortId }, resident.token);
    await api.gql(
      `mutation ($v: ID!) { applyToVacancy(vacancyId: $v, coverNote: "Hello", disabilityConfidentInterview: true,
         adjustments: "A quiet room") { id } }`,
      { v: vacancyId },
      resident.token,
    );

    const res = await api.gql<{ exportMyData: string }>(`{ exportMyData }`, {}, resident.token);
    const data = JSON.parse(res.data!.exportMyData);
    expect(data.account).toMatchObject({ email: resident.email, displayName: 'Export Person', role: 'RESIDENT' });
    expect(data.equalityMonitoring).toMatchObject({ disability: 'YES', gender: 'NON_BINARY' });
    expect(data.enrolments).toHaveLength(1);
    expect(data.enrolments[0]).toMatchObject({
      status: 'APPLIED',
      history: [{ status: 'APPLIED', byRole: 'RESIDENT' }],
    });
    expect(data.enrolments[0].demographicSnapshot).toMatchObject({ gender: 'NON_BINARY', disability: 'YES' });
    expect(data.applications[0]).toMatchObject({
      status: 'APPLIED',
      coverNote: 'Hello',
      vacancyId,
      disabilityConfidentInterview: true,
      adjustments: 'A quiet room',
      feedback: null,
    });
    expect(data.auditTrail.map((e: { action: string }) => e.action)).toEqual(
      expect.arrayContaining(['ENROLMENT_APPLIED', 'APPLICATION_APPLIED']),
    );
    expect(codes(await api.gql(`{ exportMyData }`, {}, actors.employer.token))).toEqual(['FORBIDDEN']);
  });

  it('deletes the account after the password is given again; records stay anonymous and the email can register again', async () => {
    const { cohortId } = await openCohort(api, actors.provider, skill);
    const vacancyId = await openVacancy(api, actors.employer, skill);
    const resident = await newResident(api, 'Leaving Person');
    await api.gql(
      `mutation { setMyEqualityMonitoring(input: { ethnicity: BLACK_AFRICAN }) { ethnicity } }`,
      {},
      resident.token,
    );
    const enrolment = await api.gql<{ applyToCohort: { id: string } }>(
      `mutation ($c: ID!) { applyToCohort(cohortId: $c) { id } }`,
      { c: cohortId },
      resident.token,
    );
    const application = await api.gql<{ applyToVacancy: { id: string } }>(
      `mutation ($v: ID!) { applyToVacancy(vacancyId: $v, coverNote: "Personal words", disabilityConfidentInterview: true,
         adjustments: "Words about my health") { id } }`,
      { v: vacancyId },
      resident.token,
    );
    const db = api.app.get(DataSource);

    const wrong = await api.gql(`mutation { deleteMyAccount(password: "not my password at all") }`, {}, resident.token);
    expect(codes(wrong)).toEqual(['BAD_USER_INPUT']);
    expect(fieldPaths(wrong)).toEqual(['password']);
    expect(await db.query(`SELECT 1 FROM users WHERE id = $1`, [resident.userId])).toHaveLength(1);

    const deleted = await api.gql(
      `mutation ($p: String!) { deleteMyAccount(password: $p) }`,
      { p: GOOD_PASSWORD },
      resident.token,
    );
    expect(deleted.data).toEqual({ deleteMyAccount: true });

    const [kept] = await db.query(
      `SELECT resident_id, status, snapshot_ethnicity AS ethnicity, snapshot_age_band AS age_band, snapshot_ward AS ward
       FROM enrolments WHERE id = $1`,
      [enrolment.data!.applyToCohort.id],
    );
    // The record ends WITHDRAWN (docs/brokerage.md "Data rights"): it holds no place and waits for no one.
    expect(kept).toEqual({ resident_id: null, status: 'WITHDRAWN', ethnicity: null, age_band: null, ward: null });
    const [keptApplication] = await db.query(
      `SELECT resident_id, cover_note, adjustments, disability_confident_interview FROM applications WHERE id = $1`,
      [application.data!.applyToVacancy.id],
    );
    expect(keptApplication).toEqual({
      resident_id: null,
      cover_note: null,
      adjustments: null,
      disability_confident_interview: false,
    });
    for (const table of ['users', 'resident_profiles', 'resident_skills', 'equality_monitoring']) {
      const column = table === 'users' ? 'id' : 'user_id';
      expect({ table, rows: await db.query(`SELECT 1 FROM ${table} WHERE ${column} = $1`, [resident.userId]) }).toEqual(
        { table, rows: [] },
      );
    }
    expect(await db.query(`SELECT 1 FROM audit_entries WHERE actor_id = $1`, [resident.userId])).toEqual([]);

    // The old token no longer works, the provider sees an anonymous record, and the email is free again.
    expect(codes(await api.gql(`{ myProfile { id } }`, {}, resident.token))).toEqual(['UNAUTHENTICATED']);
    const providerView = await api.gql<{
      cohortEnrolments: { edges: { node: { status: string; learner: unknown } }[] };
    }>(
      `query ($c: ID!) { cohortEnrolments(cohortId: $c) { edges { node { status learner { displayName } } } } }`,
      { c: cohortId },
      actors.provider.token,
    );
    expect(providerView.data!.cohortEnrolments.edges.map((e) => e.node)).toEqual([
      { status: 'WITHDRAWN', learner: null },
    ]);
    const again = await api.gql(REGISTER_RESIDENT, {
      input: { email: resident.email, password: GOOD_PASSWORD, displayName: 'Back Again' },
    });
    expect(again.errors).toBeUndefined();
  });
});
