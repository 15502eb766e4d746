import { DataSource } from 'typeorm';
import { londonToday } from '@app/reference';
import {
  Actors,
  APPLICATION_FIELDS,
  codes,
  createActors,
  ENROLMENT_FIELDS,
  newResident,
  openCohort,
  openVacancy,
  skillIds,
  TestApp,
} from '@app/testing';
import { startApi } from '../../platform/test/test-platform';

type Enrolment = {
  id: string;
  status: string;
  learnerRef: string | null;
  learner: { displayName: string; email: string } | null;
  history: { status: string; byRole: string }[];
  outcomes: { type: string; startDate: string; salaryPence: number; withinSixMonths: boolean }[];
  cohort: { id: string; placesTaken: number; status: string };
};
type Application = {
  id: string;
  status: string;
  guaranteedInterview: boolean;
  candidate: { candidateRef: string; displayName: string | null; email: string | null };
  history: { status: string; byRole: string }[];
  vacancy: { id: string; status: string };
};

const reasons = (res: { errors?: { extensions?: Record<string, unknown> }[] }) =>
  res.errors?.map((e) => `${String(e.extensions?.code)} ${String(e.extensions?.reason ?? '')}`.trim());

describe('brokerage (e2e): from enquiry to a job with a guaranteed interview', () => {
  let api: TestApp;
  let actors: Actors;
  let sqlSkill: string;

  const enrolmentCall = async (mutation: string, args: string, token: string) => {
    const res = await api.gql<Record<string, Enrolment>>(
      `mutation { ${mutation}(${args}) { ${ENROLMENT_FIELDS} } }`,
      {},
      token,
    );
    return { res, enrolment: res.data?.[mutation] ?? null };
  };
  const applicationCall = async (mutation: string, args: string, token: string) => {
    const res = await api.gql<Record<string, Application>>(
      `mutation { ${mutation}(${args}) { ${APPLICATION_FIELDS} } }`,
      {},
      token,
    );
    return { res, application: res.data?.[mutation] ?? null };
  };

  beforeAll(async () => {
    api = await startApi();
    actors = await createActors(api);
    [sqlSkill] = await skillIds(api, 'SQL');
  });
  afterAll(() => api.close());

  it('walks a resident from enquiry through completion to a hire, with history, audit and the NEW_JOB outcome', async () => {
    const { programmeId, cohortId } = await openCohort(api, actors.provider, sqlSkill, { capacity: 2 });
    const vacancyId = await openVacancy(api, actors.employer, sqlSkill, {
      guaranteedInterviewProgrammeIds: [programmeId],
    });
    const amina = await newResident(api, 'Amina Khan');

    const enquired = await enrolmentCall('enquireAboutCohort', `cohortId: "${cohortId}"`, amina.token);
    expect(enquired.res.errors).toBeUndefined();
    expect(enquired.enrolment).toMatchObject({ status: 'ENQUIRED', learnerRef: null });
    const id = enquired.enrolment!.id;

    // The provider does not see who enquired.
    const listed = await api.gql<{ cohortEnrolments: { totalCount: number; edges: { node: Enrolment }[] } }>(
      `query ($c: ID!) { cohortEnrolments(cohortId: $c) { totalCount edges { node { id status learner { displayName } } } } }`,
      { c: cohortId },
      actors.provider.token,
    );
    expect(listed.data!.cohortEnrolments.totalCount).toBe(1);
    expect(listed.data!.cohortEnrolments.edges[0].node).toEqual({ id, status: 'ENQUIRED', learner: null });

    const applied = await enrolmentCall('applyToCohort', `cohortId: "${cohortId}"`, amina.token);
    expect(applied.enrolment).toMatchObject({ id, status: 'APPLIED' });
    const offered = await enrolmentCall('offerPlace', `enrolmentId: "${id}"`, actors.provider.token);
    expect(offered.enrolment).toMatchObject({
      status: 'OFFERED',
      learner: { displayName: 'Amina Khan', email: amina.email },
    });
    const enrolled = await enrolmentCall('acceptPlace', `enrolmentId: "${id}"`, amina.token);
    expect(enrolled.enrolment!.status).toBe('ENROLLED');
    expect(enrolled.enrolment!.learnerRef).toMatch(/^L-[0-9A-F]{10}$/);
    expect(enrolled.enrolment!.cohort).toMatchObject({ placesTaken: 1, status: 'OPEN' });

    // The course runs (its dates moved into the past, as time would), then the provider records the completion.
    await api.app
      .get(DataSource)
      .query(
        `UPDATE cohorts SET start_date = current_date - 84, end_date = current_date, applications_close_on = current_date - 90 WHERE id = $1`,
        [cohortId],
      );
    const early = await enrolmentCall(
      'recordCompletion',
      `enrolmentId: "${id}", completed: true, completionDate: "2020-01-01"`,
      actors.provider.token,
    );
    expect(codes(early.res)).toEqual(['BAD_USER_INPUT']);
    const completed = await enrolmentCall(
      'recordCompletion',
      `enrolmentId: "${id}", completed: true, completionDate: "${londonToday()}", qualificationsAchieved: ["Level 3 Certificate in Data"]`,
      actors.provider.token,
    );
    expect(completed.res.errors).toBeUndefined();
    expect(completed.enrolment!.status).toBe('COMPLETED');
    expect(completed.enrolment!.history).toEqual([
      { status: 'ENQUIRED', byRole: 'RESIDENT' },
      { status: 'APPLIED', byRole: 'RESIDENT' },
      { status: 'OFFERED', byRole: 'PROVIDER' },
      { status: 'ENROLLED', byRole: 'RESIDENT' },
      { status: 'COMPLETED', byRole: 'PROVIDER' },
    ]);
    const skills = await api.gql<{
      myProfile: { skills: { skill: { id: string }; level: string; evidence: string }[] };
    }>(`{ myProfile { skills { skill { id } level evidence } } }`, {}, amina.token);
    expect(skills.data!.myProfile.skills).toEqual([
      { skill: { id: sqlSkill }, level: 'WORKING', evidence: 'COURSE_COMPLETED' },
    ]);

    // Sharing her profile, Amina shows in the employer's blind candidate list with the course she completed.
    await api.gql(`mutation { updateMyProfile(input: { shareProfileWithEmployers: true }) { id } }`, {}, amina.token);
    const candidates = await api.gql<{ vacancyCandidates: { completedProgrammes: { id: string }[] }[] }>(
      `query ($v: ID!) { vacancyCandidates(vacancyId: $v) { completedProgrammes { id } } }`,
      { v: vacancyId },
      actors.employer.token,
    );
    expect(candidates.data!.vacancyCandidates).toEqual([{ completedProgrammes: [{ id: programmeId }] }]);

    // The completed course guarantees an interview with this employer.
    const app = await applicationCall(
      'applyToVacancy',
      `vacancyId: "${vacancyId}", coverNote: "  I finished the bootcamp.  "`,
      amina.token,
    );
    expect(app.res.errors).toBeUndefined();
    expect(app.application).toMatchObject({
      status: 'APPLIED',
      guaranteedInterview: true,
      coverNote: 'I finished the bootcamp.',
    });
    const appId = app.application!.id;

    const asEmployer = await api.gql<{ vacancyApplications: { edges: { node: Application }[] } }>(
      `query ($v: ID!) { vacancyApplications(vacancyId: $v) { edges { node { ${APPLICATION_FIELDS} } } } }`,
      { v: vacancyId },
      actors.employer.token,
    );
    const blind = asEmployer.data!.vacancyApplications.edges[0].node.candidate;
    expect(blind).toMatchObject({ displayName: null, email: null });
    expect(blind.candidateRef).toMatch(/^c_[0-9a-f]{20}$/);

    const shortlisted = await applicationCall(
      'advanceApplication',
      `applicationId: "${appId}", to: SHORTLISTED`,
      actors.employer.token,
    );
    expect(shortlisted.application!.candidate).toEqual({
      candidateRef: blind.candidateRef,
      displayName: 'Amina Khan',
      email: amina.email,
    });
    const rejected = await applicationCall(
      'advanceApplication',
      `applicationId: "${appId}", to: REJECTED`,
      actors.employer.token,
    );
    expect(reasons(rejected.res)).toEqual(['CONFLICT GUARANTEED_INTERVIEW']);

    for (const to of ['INTERVIEWING', 'OFFERED', 'HIRED']) {
      const step = await applicationCall(
        'advanceApplication',
        `applicationId: "${appId}", to: ${to}`,
        actors.employer.token,
      );
      expect(step.res.errors).toBeUndefined();
      expect(step.application!.status).toBe(to);
    }
    const hired = await api.gql<{ myApplications: { edges: { node: Application }[] } }>(
      `{ myApplications { edges { node { ${APPLICATION_FIELDS} } } } }`,
      {},
      amina.token,
    );
    expect(hired.data!.myApplications.edges[0].node).toMatchObject({
      status: 'HIRED',
      vacancy: { id: vacancyId, status: 'FILLED' },
    });
    expect(hired.data!.myApplications.edges[0].node.history.map((h) => h.status)).toEqual([
      'APPLIED',
      'SHORTLISTED',
      'INTERVIEWING',
      'OFFERED',
      'HIRED',
    ]);

    const mine = await api.gql<{ myEnrolments: { edges: { node: Enrolment }[] } }>(
      `{ myEnrolments { edges { node { ${ENROLMENT_FIELDS} } } } }`,
      {},
      amina.token,
    );
    expect(mine.data!.myEnrolments.edges[0].node.outcomes).toEqual([
      { type: 'NEW_JOB', startDate: londonToday(), salaryPence: 2_600_000, withinSixMonths: true },
    ]);

    // Every status change and every read of Amina by the provider or the employer is in the audit log.
    const audit = await api.gql<{ auditLog: { edges: { node: { action: string; actorRole: string } }[] } }>(
      `query ($s: ID) { auditLog(subjectId: $s, first: 100) { edges { node { action actorRole } } } }`,
      { s: id },
      actors.admin.token,
    );
    const actions = audit.data!.auditLog.edges.map((e) => e.node.action);
    expect(actions).toEqual(
      expect.arrayContaining([
        'ENROLMENT_ENQUIRED',
        'ENROLMENT_APPLIED',
        'ENROLMENT_OFFERED',
        'ENROLMENT_ENROLLED',
        'ENROLMENT_COMPLETED',
        'LEARNER_READ',
      ]),
    );
    const appAudit = await api.gql<{ auditLog: { edges: { node: { action: string } }[] } }>(
      `query ($s: ID) { auditLog(subjectId: $s, first: 100) { edges { node { action } } } }`,
      { s: appId },
      actors.admin.token,
    );
    expect(appAudit.data!.auditLog.edges.map((e) => e.node.action)).toEqual(
      expect.arrayContaining(['APPLICATION_HIRED', 'CANDIDATE_READ']),
    );
    const notAdmin = await api.gql(`{ auditLog { totalCount } }`, {}, actors.broker.token);
    expect(codes(notAdmin)).toEqual(['FORBIDDEN']);
  });

  it('snapshots demographics when a record is made, and later profile edits leave it alone', async () => {
    const { cohortId } = await openCohort(api, actors.provider, sqlSkill);
    const resident = await newResident(api);
    await api.gql(
      `mutation { setMyEqualityMonitoring(input: { gender: WOMAN, ethnicity: ASIAN_PAKISTANI }) { gender } }`,
      {},
      resident.token,
    );
    await api.gql(
      `mutation { updateMyProfile(input: { wardCode: "E05011361", dateOfBirth: "1990-05-01", employmentStatus: UNEMPLOYED }) { ward { code } } }`,
      {},
      resident.token,
    );
    const { enrolment } = await enrolmentCall('applyToCohort', `cohortId: "${cohortId}"`, resident.token);
    await api.gql(`mutation { setMyEqualityMonitoring(input: { gender: MAN }) { gender } }`, {}, resident.token);
    const [snapshot] = await api.app.get(DataSource).query(
      `SELECT snapshot_gender AS gender, snapshot_ethnicity AS ethnicity, snapshot_ward AS ward,
              snapshot_employment_status AS employment_status, snapshot_age_band AS age_band
       FROM enrolments WHERE id = $1`,
      [enrolment!.id],
    );
    expect(snapshot).toMatchObject({
      gender: 'WOMAN',
      ethnicity: 'ASIAN_PAKISTANI',
      ward: 'E05011361',
      employment_status: 'UNEMPLOYED',
    });
    expect(['35-44', '25-34']).toContain(snapshot.age_band);
  });

  it('answers every illegal move with CONFLICT ILLEGAL_TRANSITION and changes nothing', async () => {
    const { cohortId } = await openCohort(api, actors.provider, sqlSkill);
    const resident = await newResident(api);
    const { enrolment } = await enrolmentCall('enquireAboutCohort', `cohortId: "${cohortId}"`, resident.token);
    const id = enrolment!.id;
    const expectIllegal = async (mutation: string, args: string, token: string) => {
      const { res } = await enrolmentCall(mutation, args, token);
      expect({ mutation, reasons: reasons(res) }).toEqual({ mutation, reasons: ['CONFLICT ILLEGAL_TRANSITION'] });
    };
    const completion = `completed: true, completionDate: "${londonToday()}"`;
    // ENQUIRED
    await expectIllegal('offerPlace', `enrolmentId: "${id}"`, actors.provider.token);
    await expectIllegal('acceptPlace', `enrolmentId: "${id}"`, resident.token);
    await expectIllegal('rejectEnrolment', `enrolmentId: "${id}", reason: "No"`, actors.provider.token);
    await expectIllegal('recordCompletion', `enrolmentId: "${id}", ${completion}`, actors.provider.token);
    // APPLIED
    await enrolmentCall('applyToCohort', `cohortId: "${cohortId}"`, resident.token);
    await expectIllegal('acceptPlace', `enrolmentId: "${id}"`, resident.token);
    await expectIllegal('recordCompletion', `enrolmentId: "${id}", ${completion}`, actors.provider.token);
    // OFFERED
    await enrolmentCall('offerPlace', `enrolmentId: "${id}"`, actors.provider.token);
    await expectIllegal('offerPlace', `enrolmentId: "${id}"`, actors.provider.token);
    await expectIllegal('recordCompletion', `enrolmentId: "${id}", ${completion}`, actors.provider.token);
    // ENROLLED
    await enrolmentCall('acceptPlace', `enrolmentId: "${id}"`, resident.token);
    await expectIllegal('acceptPlace', `enrolmentId: "${id}"`, resident.token);
    await expectIllegal('offerPlace', `enrolmentId: "${id}"`, actors.provider.token);
    await expectIllegal('rejectEnrolment', `enrolmentId: "${id}", reason: "No"`, actors.provider.token);
    // WITHDRAWN (the place is freed), then nothing moves
    const withdrawn = await enrolmentCall('withdrawEnrolment', `enrolmentId: "${id}"`, resident.token);
    expect(withdrawn.enrolment).toMatchObject({ status: 'WITHDRAWN', cohort: { placesTaken: 0 } });
    for (const [mutation, args, token] of [
      ['withdrawEnrolment', `enrolmentId: "${id}"`, resident.token],
      ['offerPlace', `enrolmentId: "${id}"`, actors.provider.token],
      ['acceptPlace', `enrolmentId: "${id}"`, resident.token],
      ['rejectEnrolment', `enrolmentId: "${id}", reason: "No"`, actors.provider.token],
      ['recordCompletion', `enrolmentId: "${id}", ${completion}`, actors.provider.token],
    ]) {
      await expectIllegal(mutation, args, token);
    }
    const { enrolment: after } = await enrolmentCall('withdrawEnrolment', `enrolmentId: "${id}"`, resident.token);
    expect(after).toBeNull();
    const history = await api.app
      .get(DataSource)
      .query(`SELECT status FROM enrolment_status_changes WHERE enrolment_id = $1`, [id]);
    expect(history.map((h: { status: string }) => h.status)).toEqual([
      'ENQUIRED',
      'APPLIED',
      'OFFERED',
      'ENROLLED',
      'WITHDRAWN',
    ]);

    // Applications: no skipping, nothing after a final state, and each side only makes its own moves.
    const vacancyId = await openVacancy(api, actors.employer, sqlSkill);
    const { application } = await applicationCall('applyToVacancy', `vacancyId: "${vacancyId}"`, resident.token);
    const appId = application!.id;
    const expectIllegalApp = async (mutation: string, args: string, token: string) => {
      const { res } = await applicationCall(mutation, args, token);
      expect({ args, reasons: reasons(res) }).toEqual({ args, reasons: ['CONFLICT ILLEGAL_TRANSITION'] });
    };
    for (const to of ['APPLIED', 'INTERVIEWING', 'OFFERED', 'HIRED', 'WITHDRAWN']) {
      await expectIllegalApp('advanceApplication', `applicationId: "${appId}", to: ${to}`, actors.employer.token);
    }
    await applicationCall('advanceApplication', `applicationId: "${appId}", to: REJECTED`, actors.employer.token);
    await expectIllegalApp('advanceApplication', `applicationId: "${appId}", to: SHORTLISTED`, actors.employer.token);
    await expectIllegalApp('withdrawApplication', `applicationId: "${appId}"`, resident.token);
  });

  it('refuses duplicates, ineligible residents, closed cohorts, and other organisations’ records', async () => {
    const { cohortId } = await openCohort(api, actors.provider, sqlSkill, {
      programme: { eligibility: { residency: 'ANY', minAge: 19 } },
    });
    const resident = await newResident(api);
    // No date of birth: a minimum age cannot be shown to be met.
    const ineligible = await enrolmentCall('applyToCohort', `cohortId: "${cohortId}"`, resident.token);
    expect(reasons(ineligible.res)).toEqual(['CONFLICT NOT_ELIGIBLE']);
    await api.gql(
      `mutation { updateMyProfile(input: { dateOfBirth: "1990-01-01" }) { dateOfBirth } }`,
      {},
      resident.token,
    );
    const first = await enrolmentCall('applyToCohort', `cohortId: "${cohortId}"`, resident.token);
    expect(first.res.errors).toBeUndefined();
    const again = await enrolmentCall('applyToCohort', `cohortId: "${cohortId}"`, resident.token);
    expect(reasons(again.res)).toEqual(['CONFLICT ALREADY_APPLIED']);
    const enquireAgain = await enrolmentCall('enquireAboutCohort', `cohortId: "${cohortId}"`, resident.token);
    expect(reasons(enquireAgain.res)).toEqual(['CONFLICT ALREADY_APPLIED']);

    const other = await enrolmentCall(
      'offerPlace',
      `enrolmentId: "${first.enrolment!.id}"`,
      actors.otherProvider.token,
    );
    expect(reasons(other.res)).toEqual(['NOT_FOUND ENROLMENT_NOT_FOUND']);
    const otherList = await api.gql(
      `query ($c: ID!) { cohortEnrolments(cohortId: $c) { totalCount } }`,
      { c: cohortId },
      actors.otherProvider.token,
    );
    expect(codes(otherList)).toEqual(['NOT_FOUND']);
    const stranger = await newResident(api);
    const notMine = await enrolmentCall('withdrawEnrolment', `enrolmentId: "${first.enrolment!.id}"`, stranger.token);
    expect(reasons(notMine.res)).toEqual(['NOT_FOUND ENROLMENT_NOT_FOUND']);

    await api.app
      .get(DataSource)
      .query(
        `UPDATE cohorts SET applications_close_on = current_date - 1, start_date = current_date + 5 WHERE id = $1`,
        [cohortId],
      );
    const closed = await enrolmentCall('enquireAboutCohort', `cohortId: "${cohortId}"`, stranger.token);
    expect(reasons(closed.res)).toEqual(['CONFLICT APPLICATIONS_CLOSED']);

    const badReason = await enrolmentCall(
      'rejectEnrolment',
      `enrolmentId: "${first.enrolment!.id}", reason: "   "`,
      actors.provider.token,
    );
    expect(codes(badReason.res)).toEqual(['BAD_USER_INPUT']);
    const future = await enrolmentCall(
      'recordCompletion',
      `enrolmentId: "${first.enrolment!.id}", completed: true, completionDate: "2999-01-01"`,
      actors.provider.token,
    );
    expect(codes(future.res)).toEqual(['BAD_USER_INPUT']);
  });
});
