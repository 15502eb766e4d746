import { DataSource } from 'typeorm';
import { addDays, londonToday } from '@app/reference';
import {
  Actors,
  codes,
  createActors,
  fieldPaths,
  GOOD_PASSWORD,
  newResident,
  openCohort,
  openVacancy,
  skillIds,
  TestActor,
  TestApp,
} from '@app/testing';
import { startApi } from '../../platform/test/test-platform';

type Change = { status: string; byRole: string; reason: string | null };
type Gql = { errors?: { message: string; extensions?: Record<string, unknown> }[] };

const reasons = (res: Gql) =>
  res.errors?.map((e) => `${String(e.extensions?.code)} ${String(e.extensions?.reason ?? '')}`.trim());

/** Journeys that must not strand anyone (issue 12): places released, applications closed, cohorts corrected. */
describe('journeys that end cleanly (e2e)', () => {
  let api: TestApp;
  let actors: Actors;
  let skill: string;

  const db = () => api.app.get(DataSource);
  const placesTaken = async (cohortId: string) =>
    (await db().query(`SELECT places_taken FROM cohorts WHERE id = $1`, [cohortId]))[0].places_taken as number;
  const call = <T = Record<string, { id: string; status: string; history: Change[] }>>(
    query: string,
    variables: Record<string, unknown>,
    token: string,
  ) => api.gql<T>(query, variables, token) as Promise<{ data?: T } & Gql>;

  /** A resident taken from applying to ENROLLED (holding a place) on the cohort. */
  async function enrolled(cohortId: string, resident: TestActor): Promise<string> {
    const applied = await call(
      `mutation ($c: ID!) { applyToCohort(cohortId: $c) { id status history { status byRole reason } } }`,
      { c: cohortId },
      resident.token,
    );
    const id = applied.data!.applyToCohort.id;
    await call(`mutation ($e: ID!) { offerPlace(enrolmentId: $e) { id } }`, { e: id }, actors.provider.token);
    const accepted = await call(
      `mutation ($e: ID!) { acceptPlace(enrolmentId: $e) { id status } }`,
      { e: id },
      resident.token,
    );
    expect(accepted.data!.acceptPlace.status).toBe('ENROLLED');
    return id;
  }

  const WITHDRAW = `mutation ($e: ID!, $r: String) {
    withdrawEnrolment(enrolmentId: $e, reason: $r) { id status history { status byRole reason } } }`;

  beforeAll(async () => {
    api = await startApi();
    actors = await createActors(api);
    [skill] = await skillIds(api, 'SQL');
  });
  afterAll(() => api.close());

  describe('releasing a place', () => {
    it("lets the cohort's provider withdraw an ENROLLED learner with a reason the resident sees, freeing the place", async () => {
      const { cohortId } = await openCohort(api, actors.provider, skill, { capacity: 1 });
      const learner = await newResident(api, 'Phoned To Drop Out');
      const id = await enrolled(cohortId, learner);
      expect(await placesTaken(cohortId)).toBe(1);

      const noReason = await call(WITHDRAW, { e: id }, actors.provider.token);
      expect(codes(noReason)).toEqual(['BAD_USER_INPUT']);
      expect(fieldPaths(noReason)).toEqual(['reason']);
      const blank = await call(WITHDRAW, { e: id, r: '   ' }, actors.provider.token);
      expect(fieldPaths(blank)).toEqual(['reason']);
      const stranger = await call(WITHDRAW, { e: id, r: 'Not mine' }, actors.otherProvider.token);
      expect(reasons(stranger)).toEqual(['NOT_FOUND ENROLMENT_NOT_FOUND']);
      expect(await placesTaken(cohortId)).toBe(1);

      const reason = 'Learner phoned on 3 March: she has started a full-time job';
      const released = await call(WITHDRAW, { e: id, r: reason }, actors.provider.token);
      expect(released.errors).toBeUndefined();
      expect(released.data!.withdrawEnrolment.status).toBe('WITHDRAWN');
      expect(await placesTaken(cohortId)).toBe(0);

      const mine = await call<{ myEnrolments: { edges: { node: { history: Change[] } }[] } }>(
        `{ myEnrolments { edges { node { history { status byRole reason } } } } }`,
        {},
        learner.token,
      );
      expect(mine.data!.myEnrolments.edges[0].node.history.at(-1)).toEqual({
        status: 'WITHDRAWN',
        byRole: 'PROVIDER',
        reason,
      });
      const exported = await call<{ exportMyData: string }>(`{ exportMyData }`, {}, learner.token);
      const [record] = JSON.parse(exported.data!.exportMyData).enrolments;
      expect(record.history.at(-1)).toMatchObject({ status: 'WITHDRAWN', reason });
      const audit = await db().query(
        `SELECT actor_id, actor_role FROM audit_entries WHERE subject_id = $1 AND action = 'ENROLMENT_WITHDRAWN'`,
        [id],
      );
      expect(audit).toEqual([{ actor_id: actors.provider.userId, actor_role: 'PROVIDER' }]);
      const again = await call(WITHDRAW, { e: id, r: reason }, actors.provider.token);
      expect(reasons(again)).toEqual(['CONFLICT ILLEGAL_TRANSITION']);
    });

    it('lets a broker release a place too, and a resident withdraw without giving a reason', async () => {
      const { cohortId } = await openCohort(api, actors.provider, skill, { capacity: 2 });
      const first = await enrolled(cohortId, await newResident(api));
      const byBroker = await call(WITHDRAW, { e: first, r: 'Moved out of the area' }, actors.broker.token);
      expect(byBroker.data!.withdrawEnrolment.history.at(-1)).toMatchObject({ byRole: 'BROKER' });
      const resident = await newResident(api);
      const second = await enrolled(cohortId, resident);
      const own = await call(WITHDRAW, { e: second }, resident.token);
      expect(own.data!.withdrawEnrolment.history.at(-1)).toEqual({
        status: 'WITHDRAWN',
        byRole: 'RESIDENT',
        reason: null,
      });
      expect(await placesTaken(cohortId)).toBe(0);
      expect(codes(await call(WITHDRAW, { e: second, r: 'x' }, actors.employer.token))).toEqual(['FORBIDDEN']);
    });

    it('frees the place of a resident who deletes their account, ending their live records with a reason', async () => {
      const { cohortId } = await openCohort(api, actors.provider, skill, { capacity: 1 });
      const vacancyId = await openVacancy(api, actors.employer, skill);
      const leaving = await newResident(api, 'Leaving While Enrolled');
      const id = await enrolled(cohortId, leaving);
      const application = await call<{ applyToVacancy: { id: string } }>(
        `mutation ($v: ID!) { applyToVacancy(vacancyId: $v) { id } }`,
        { v: vacancyId },
        leaving.token,
      );
      expect(await placesTaken(cohortId)).toBe(1);

      const deleted = await call(
        `mutation ($p: String!) { deleteMyAccount(password: $p) }`,
        { p: GOOD_PASSWORD },
        leaving.token,
      );
      expect(deleted.errors).toBeUndefined();
      expect(await placesTaken(cohortId)).toBe(0);
      const [enrolment] = await db().query(`SELECT status, resident_id FROM enrolments WHERE id = $1`, [id]);
      expect(enrolment).toEqual({ status: 'WITHDRAWN', resident_id: null });
      const [last] = await db().query(
        `SELECT status, reason FROM enrolment_status_changes WHERE enrolment_id = $1 ORDER BY id DESC LIMIT 1`,
        [id],
      );
      expect(last).toEqual({ status: 'WITHDRAWN', reason: 'The resident deleted their account' });
      const [closed] = await db().query(`SELECT status FROM applications WHERE id = $1`, [
        application.data!.applyToVacancy.id,
      ]);
      expect(closed).toEqual({ status: 'WITHDRAWN' });

      // The freed place can be taken by someone else.
      await enrolled(cohortId, await newResident(api, 'Next In Line'));
      expect(await placesTaken(cohortId)).toBe(1);
    });
  });

  describe('filling a vacancy', () => {
    const APPLY = `mutation ($v: ID!) { applyToVacancy(vacancyId: $v) { id } }`;
    const ADVANCE = `mutation ($a: ID!, $to: ApplicationStatus!) { advanceApplication(applicationId: $a, to: $to) { id status } }`;
    const hire = async (applicationId: string) => {
      for (const to of ['SHORTLISTED', 'INTERVIEWING', 'OFFERED', 'HIRED']) {
        const res = await call(ADVANCE, { a: applicationId, to }, actors.employer.token);
        expect(res.errors).toBeUndefined();
      }
    };
    const profileStatus = async (resident: TestActor) =>
      (
        await call<{ myProfile: { employmentStatus: string | null } }>(
          `{ myProfile { employmentStatus } }`,
          {},
          resident.token,
        )
      ).data!.myProfile.employmentStatus;

    it('closes the other open applications as UNSUCCESSFUL with a reason, and the hire updates employment status', async () => {
      const vacancyId = await openVacancy(api, actors.employer, skill, { salaryMinPence: 3_000_000, positions: 1 });
      const [hired, waiting, shortlisted, withdrew] = await Promise.all([1, 2, 3, 4].map(() => newResident(api)));
      await call(`mutation { updateMyProfile(input: { employmentStatus: UNEMPLOYED }) { id } }`, {}, hired.token);
      const ids: string[] = [];
      for (const resident of [hired, waiting, shortlisted, withdrew]) {
        ids.push(
          (await call<{ applyToVacancy: { id: string } }>(APPLY, { v: vacancyId }, resident.token)).data!.applyToVacancy
            .id,
        );
      }
      await call(ADVANCE, { a: ids[2], to: 'SHORTLISTED' }, actors.employer.token);
      await call(`mutation ($a: ID!) { withdrawApplication(applicationId: $a) { id } }`, { a: ids[3] }, withdrew.token);

      await hire(ids[0]);
      const statuses = await db().query(`SELECT id, status FROM applications WHERE vacancy_id = $1`, [vacancyId]);
      expect(Object.fromEntries(statuses.map((row: { id: string; status: string }) => [row.id, row.status]))).toEqual({
        [ids[0]]: 'HIRED',
        [ids[1]]: 'UNSUCCESSFUL',
        [ids[2]]: 'UNSUCCESSFUL',
        [ids[3]]: 'WITHDRAWN',
      });
      const seen = await call<{ myApplications: { edges: { node: { status: string; history: Change[] } }[] } }>(
        `{ myApplications { edges { node { status history { status byRole reason } } } } }`,
        {},
        waiting.token,
      );
      const node = seen.data!.myApplications.edges[0].node;
      expect(node.status).toBe('UNSUCCESSFUL');
      expect(node.history.at(-1)).toMatchObject({ status: 'UNSUCCESSFUL', byRole: 'EMPLOYER' });
      expect(node.history.at(-1)!.reason).toContain('Every position of this vacancy has been filled');
      const audited = await db().query(
        `SELECT count(*)::int AS n FROM audit_entries WHERE action = 'APPLICATION_UNSUCCESSFUL' AND subject_id = ANY($1::uuid[])`,
        [ids],
      );
      expect(audited).toEqual([{ n: 2 }]);

      // £30,000 for 37.5 hours a week is above the Real Living Wage: EMPLOYED. Nobody else's status moved.
      expect(await profileStatus(hired)).toBe('EMPLOYED');
      expect(await profileStatus(waiting)).toBeNull();
    });

    it('records a job paying below the Real Living Wage as EMPLOYED_LOW_PAID, and leaves other applications open while positions remain', async () => {
      const vacancyId = await openVacancy(api, actors.employer, skill, { salaryMinPence: 2_000_000, positions: 2 });
      const [first, second] = await Promise.all([newResident(api), newResident(api)]);
      const a = (await call<{ applyToVacancy: { id: string } }>(APPLY, { v: vacancyId }, first.token)).data!
        .applyToVacancy.id;
      const b = (await call<{ applyToVacancy: { id: string } }>(APPLY, { v: vacancyId }, second.token)).data!
        .applyToVacancy.id;
      await hire(a);
      expect(await profileStatus(first)).toBe('EMPLOYED_LOW_PAID');
      const [open] = await db().query(`SELECT status FROM applications WHERE id = $1`, [b]);
      expect(open).toEqual({ status: 'APPLIED' });
    });
  });

  describe('updateCohort', () => {
    const UPDATE = `mutation ($id: ID!, $input: UpdateCohortInput!) {
      updateCohort(id: $id, input: $input) { id startDate endDate applicationsCloseOn capacity placesTaken status } }`;
    type Updated = { updateCohort: { capacity: number; startDate: string; endDate: string; status: string } };

    it('corrects dates and places with the rules of createCohort, naming every bad field', async () => {
      const { cohortId, startDate } = await openCohort(api, actors.provider, skill, { capacity: 3 });
      await enrolled(cohortId, await newResident(api));
      await enrolled(cohortId, await newResident(api));

      const moved = await call<Updated>(
        UPDATE,
        { id: cohortId, input: { startDate: addDays(startDate, 7), endDate: addDays(startDate, 120), capacity: 5 } },
        actors.provider.token,
      );
      expect(moved.errors).toBeUndefined();
      expect(moved.data!.updateCohort).toMatchObject({
        startDate: addDays(startDate, 7),
        endDate: addDays(startDate, 120),
        capacity: 5,
        status: 'OPEN',
      });

      const bad = await call(
        UPDATE,
        {
          id: cohortId,
          input: { endDate: addDays(startDate, 7), applicationsCloseOn: addDays(startDate, 30), capacity: 1 },
        },
        actors.provider.token,
      );
      expect(codes(bad)).toEqual(['BAD_USER_INPUT']);
      expect(fieldPaths(bad)).toEqual(['input.applicationsCloseOn', 'input.capacity', 'input.endDate']);
      expect(JSON.stringify(bad.errors)).toContain('capacity must not be below the 2 places already taken');
      const [row] = await db().query(`SELECT capacity, end_date::text AS "endDate" FROM cohorts WHERE id = $1`, [
        cohortId,
      ]);
      expect(row).toEqual({ capacity: 5, endDate: addDays(startDate, 120) });

      // Down to exactly the places taken is allowed: the cohort is then FULL.
      const full = await call<Updated>(UPDATE, { id: cohortId, input: { capacity: 2 } }, actors.provider.token);
      expect(full.data!.updateCohort).toMatchObject({ capacity: 2, status: 'FULL' });
      expect(reasons(await call(UPDATE, { id: cohortId, input: { capacity: 9 } }, actors.otherProvider.token))).toEqual(
        ['NOT_FOUND COHORT_NOT_FOUND'],
      );
      expect(codes(await call(UPDATE, { id: cohortId, input: { capacity: 9 } }, actors.resident.token))).toEqual([
        'FORBIDDEN',
      ]);
    });

    it('keeps capacity at or above places taken in the database itself', async () => {
      const { cohortId } = await openCohort(api, actors.provider, skill, { capacity: 2 });
      await enrolled(cohortId, await newResident(api));
      await expect(db().query(`UPDATE cohorts SET capacity = 0 WHERE id = $1`, [cohortId])).rejects.toThrow(
        /cohorts_places_check/,
      );
    });

    it('never leaves more places taken than capacity when places are taken while capacity is lowered', async () => {
      const { cohortId } = await openCohort(api, actors.provider, skill, { capacity: 8 });
      const offered: { id: string; resident: TestActor }[] = [];
      for (let i = 0; i < 8; i += 1) {
        const resident = await newResident(api);
        const applied = await call(
          `mutation ($c: ID!) { applyToCohort(cohortId: $c) { id } }`,
          { c: cohortId },
          resident.token,
        );
        const id = applied.data!.applyToCohort.id;
        await call(`mutation ($e: ID!) { offerPlace(enrolmentId: $e) { id } }`, { e: id }, actors.provider.token);
        offered.push({ id, resident });
      }
      const [lowered, ...accepts] = await Promise.all([
        call(UPDATE, { id: cohortId, input: { capacity: 4 } }, actors.provider.token),
        ...offered.map(({ id, resident }) =>
          call(`mutation ($e: ID!) { acceptPlace(enrolmentId: $e) { id } }`, { e: id }, resident.token),
        ),
      ]);
      const [row] = await db().query(`SELECT capacity, places_taken FROM cohorts WHERE id = $1`, [cohortId]);
      expect(row.places_taken).toBeLessThanOrEqual(row.capacity);
      const taken = accepts.filter((res) => !res.errors).length;
      expect(row.places_taken).toBe(taken);
      // Either the lower capacity landed first (and later acceptances found the cohort full) or it was refused.
      if (lowered.errors) expect(fieldPaths(lowered)).toEqual(['input.capacity']);
      else expect(row.capacity).toBe(4);
      expect(accepts.flatMap((res) => reasons(res) ?? []).every((reason) => reason === 'CONFLICT COHORT_FULL')).toBe(
        true,
      );
    });

    it('refuses to change a cancelled cohort, and createCohort names every bad field at once too', async () => {
      const { cohortId, programmeId } = await openCohort(api, actors.provider, skill);
      await call(`mutation ($id: ID!) { cancelCohort(id: $id) { id } }`, { id: cohortId }, actors.provider.token);
      expect(reasons(await call(UPDATE, { id: cohortId, input: { capacity: 9 } }, actors.provider.token))).toEqual([
        'CONFLICT ILLEGAL_TRANSITION',
      ]);
      const today = londonToday();
      const created = await call(
        `mutation ($input: CreateCohortInput!) { createCohort(input: $input) { id } }`,
        {
          input: { programmeId, startDate: today, endDate: today, applicationsCloseOn: addDays(today, 1), capacity: 0 },
        },
        actors.provider.token,
      );
      expect(fieldPaths(created)).toEqual(['input.applicationsCloseOn', 'input.capacity', 'input.endDate']);
    });
  });

  describe('enquiring', () => {
    it('applies the eligibility rules of applying: a man cannot enquire about a bootcamp for women and trans people', async () => {
      const { cohortId } = await openCohort(api, actors.provider, skill, {
        programme: { eligibility: { residency: 'ANY', targetGroups: ['WOMEN', 'TRANS_AND_NON_BINARY'] } },
      });
      const ENQUIRE = `mutation ($c: ID!) { enquireAboutCohort(cohortId: $c) { id status } }`;
      const man = await newResident(api, 'A Man');
      await call(`mutation { setMyEqualityMonitoring(input: { gender: MAN, trans: NO }) { gender } }`, {}, man.token);
      const refused = await call(ENQUIRE, { c: cohortId }, man.token);
      expect(reasons(refused)).toEqual(['CONFLICT NOT_ELIGIBLE']);
      expect(refused.errors![0].message).toBe(
        "You don't meet this programme's entry requirements; the programme page lists them",
      );
      expect(await db().query(`SELECT 1 FROM enrolments WHERE cohort_id = $1`, [cohortId])).toEqual([]);

      const woman = await newResident(api, 'A Woman');
      await call(`mutation { setMyEqualityMonitoring(input: { gender: WOMAN }) { gender } }`, {}, woman.token);
      const enquiry = await call(ENQUIRE, { c: cohortId }, woman.token);
      expect(enquiry.data!.enquireAboutCohort.status).toBe('ENQUIRED');
    });
  });
});
