import { CatalogueModule, EmploymentStatus } from '@app/catalogue';
import { DisabilityConfidentLevel, IdentityService, OrganisationKind, Requester } from '@app/identity';
import { addDays, londonToday, RealLivingWageService, SkillLevel } from '@app/reference';
import { ResidentService, ResidentsModule } from '@app/residents';
import {
  openCohort,
  openVacancy,
  serviceActors,
  ServiceTestModule,
  skillIdsByName,
  startServiceTestModule,
} from '@app/testing';
import { ContractType, VacanciesModule, VacancyService, Workplace } from '@app/vacancies';
import { ApplicationService } from './application.service';
import { BrokerageModule } from './brokerage.module';
import { ApplicationStatus, RejectionReason } from './brokerage.enums';
import { BrokerageErrorReason } from './brokerage.error';
import { EnrolmentService } from './enrolment.service';
import { VACANCY_FILLED_REASON } from './hiring';

const A = ApplicationStatus;

/**
 * ApplicationService against real PostgreSQL (the medium test tier): the application state machine, guaranteed
 * interviews, hiring filling a position (and closing the rest), the resident's employment status against the Real
 * Living Wage, and the ApplicationChanged outbox rows written in the transaction of each change.
 */
describe('ApplicationService (integration)', () => {
  let module: ServiceTestModule;
  let applications: ApplicationService;
  let actors: ReturnType<typeof serviceActors>;
  let employer: Requester;
  let otherEmployer: Requester;
  let provider: Requester;
  let python: string;
  let sql: string;

  beforeAll(async () => {
    module = await startServiceTestModule([BrokerageModule, CatalogueModule, VacanciesModule, ResidentsModule]);
    applications = module.app.get(ApplicationService);
    actors = serviceActors(module);
    employer = await actors.member(OrganisationKind.EMPLOYER);
    otherEmployer = await actors.member(OrganisationKind.EMPLOYER);
    provider = await actors.member(OrganisationKind.PROVIDER);
    [python, sql] = await skillIdsByName(module.dataSource, 'Python (computer programming)', 'SQL');
  });
  afterAll(() => module?.close());

  const vacancy = (overrides: Record<string, unknown> = {}, by = employer) =>
    openVacancy(module, by, python, overrides);
  const vacancyState = async (id: string) =>
    (await module.dataSource.query(`SELECT positions_filled AS filled, status FROM vacancies WHERE id = $1`, [id]))[0];
  const employmentStatus = async (residentId: string) =>
    (await module.app.get(ResidentService).profileOf(residentId)).employmentStatus;
  const events = async (applicationId: string): Promise<{ status: string; reason: string | null }[]> =>
    module.dataSource.query(
      `SELECT payload->>'status' AS status, payload->>'reason' AS reason FROM domain_events
       WHERE type = 'ApplicationChanged' AND payload->>'applicationId' = $1 ORDER BY id`,
      [applicationId],
    );
  const reason = (promise: Promise<unknown>) =>
    promise.then(
      () => 'no error',
      (error: { reason?: string; code?: string }) => error.reason ?? error.code,
    );
  const walk = async (id: string, ...steps: ApplicationStatus[]) => {
    for (const step of steps) await applications.advance(employer, id, step);
  };
  /** A resident who COMPLETED a programme (through the enrolment service), so applications may earn a guarantee. */
  const graduate = async (programme: Record<string, unknown> = {}) => {
    const enrolments = module.app.get(EnrolmentService);
    const resident = await actors.resident();
    const { cohortId, programmeId, startDate } = await openCohort(module, provider, python, { programme });
    const { id } = await enrolments.apply(resident, cohortId);
    await enrolments.offer(provider, id);
    await enrolments.accept(resident, id);
    await enrolments.recordCompletion(provider, id, true, addDays(startDate, 80), []);
    return { resident, programmeId, enrolmentId: id };
  };

  it('moves an application one step at a time to HIRED, filling the position and publishing each change', async () => {
    const vacancyId = await vacancy({ positions: 2 });
    const resident = await actors.resident();
    const application = await applications.apply(resident, vacancyId, 'I would love to.');
    expect(application).toMatchObject({ status: A.APPLIED, coverNote: 'I would love to.', guaranteedInterview: false });
    await walk(application.id, A.SHORTLISTED, A.INTERVIEWING, A.OFFERED, A.HIRED);

    expect((await applications.findByIds([application.id]))[0].status).toBe(A.HIRED);
    expect(await vacancyState(vacancyId)).toEqual({ filled: 1, status: 'OPEN' });
    expect((await applications.historyFor([application.id])).map((c) => `${c.status} by ${c.byRole}`)).toEqual([
      'APPLIED by RESIDENT',
      'SHORTLISTED by EMPLOYER',
      'INTERVIEWING by EMPLOYER',
      'OFFERED by EMPLOYER',
      'HIRED by EMPLOYER',
    ]);
    expect((await events(application.id)).map((event) => event.status)).toEqual([
      'APPLIED',
      'SHORTLISTED',
      'INTERVIEWING',
      'OFFERED',
      'HIRED',
    ]);
  });

  it('refuses skipped steps, moves by the wrong role, and any move from a final state, writing no event', async () => {
    const vacancyId = await vacancy();
    const resident = await actors.resident();
    const { id } = await applications.apply(resident, vacancyId, null);
    expect(await reason(applications.advance(employer, id, A.OFFERED))).toBe(BrokerageErrorReason.ILLEGAL_TRANSITION);
    expect(await reason(applications.advance(employer, id, A.HIRED))).toBe(BrokerageErrorReason.ILLEGAL_TRANSITION);
    expect(await reason(applications.advance(resident, id, A.SHORTLISTED))).toBe(
      BrokerageErrorReason.ILLEGAL_TRANSITION,
    );
    expect(await reason(applications.advance(employer, id, A.WITHDRAWN))).toBe(BrokerageErrorReason.ILLEGAL_TRANSITION);
    // Another employer, or someone else's application, is NOT_FOUND.
    expect(await reason(applications.advance(otherEmployer, id, A.SHORTLISTED))).toBe(
      BrokerageErrorReason.APPLICATION_NOT_FOUND,
    );
    expect(await reason(applications.withdraw(await actors.resident(), id))).toBe(
      BrokerageErrorReason.APPLICATION_NOT_FOUND,
    );
    expect((await events(id)).map((event) => event.status)).toEqual(['APPLIED']);

    await applications.withdraw(resident, id);
    expect(await reason(applications.advance(employer, id, A.SHORTLISTED))).toBe(
      BrokerageErrorReason.ILLEGAL_TRANSITION,
    );
    expect((await events(id)).map((event) => event.status)).toEqual(['APPLIED', 'WITHDRAWN']);
  });

  it('keeps one live application per resident and vacancy; applies only to OPEN vacancies of verified employers', async () => {
    const vacancyId = await vacancy();
    const resident = await actors.resident();
    const first = await applications.apply(resident, vacancyId, null);
    expect(await reason(applications.apply(resident, vacancyId, null))).toBe(BrokerageErrorReason.ALREADY_APPLIED);
    await applications.withdraw(resident, first.id);
    expect((await applications.apply(resident, vacancyId, null)).id).not.toBe(first.id);

    const vacancies = module.app.get(VacancyService);
    const draft = await vacancies.create(employer, {
      title: 'Draft role',
      description: 'Not yet open.',
      requirements: [{ skillId: python, level: SkillLevel.WORKING, essential: true }],
      salaryMinPence: 2_600_000,
      salaryMaxPence: 3_000_000,
      hoursPerWeek: 37.5,
      contract: ContractType.PERMANENT,
      workplace: Workplace.REMOTE,
      closesOn: addDays(londonToday(), 30),
    });
    expect(await reason(applications.apply(resident, draft.id, null))).toBe(BrokerageErrorReason.VACANCY_NOT_FOUND);
    const closed = await vacancy();
    await vacancies.close(employer, closed);
    expect(await reason(applications.apply(resident, closed, null))).toBe(BrokerageErrorReason.APPLICATIONS_CLOSED);
    const pastClosing = await vacancy();
    await module.dataSource.query(`UPDATE vacancies SET closes_on = $2 WHERE id = $1`, [
      pastClosing,
      addDays(londonToday(), -1),
    ]);
    expect(await reason(applications.apply(resident, pastClosing, null))).toBe(
      BrokerageErrorReason.APPLICATIONS_CLOSED,
    );
  });

  it('the last hire fills the vacancy and closes every open application as UNSUCCESSFUL, with its reason and event', async () => {
    const vacancyId = await vacancy({ positions: 1 });
    const hired = await applications.apply(await actors.resident(), vacancyId, null);
    const waiting = await applications.apply(await actors.resident(), vacancyId, null);
    const interviewing = await applications.apply(await actors.resident(), vacancyId, null);
    const withdrawer = await actors.resident();
    const withdrawn = await applications.apply(withdrawer, vacancyId, null);
    await applications.withdraw(withdrawer, withdrawn.id);
    await walk(interviewing.id, A.SHORTLISTED, A.INTERVIEWING);

    await walk(hired.id, A.SHORTLISTED, A.INTERVIEWING, A.OFFERED, A.HIRED);
    expect(await vacancyState(vacancyId)).toEqual({ filled: 1, status: 'FILLED' });
    const statuses = new Map(
      (await applications.findByIds([hired.id, waiting.id, interviewing.id, withdrawn.id])).map((a) => [
        a.id,
        a.status,
      ]),
    );
    expect([hired.id, waiting.id, interviewing.id, withdrawn.id].map((id) => statuses.get(id))).toEqual([
      A.HIRED,
      A.UNSUCCESSFUL,
      A.UNSUCCESSFUL,
      A.WITHDRAWN,
    ]);
    expect((await applications.historyFor([waiting.id])).at(-1)).toMatchObject({
      status: 'UNSUCCESSFUL',
      reason: VACANCY_FILLED_REASON,
    });
    expect((await events(waiting.id)).at(-1)).toEqual({ status: 'UNSUCCESSFUL', reason: VACANCY_FILLED_REASON });
    expect(await events(withdrawn.id)).toHaveLength(2); // APPLIED, WITHDRAWN: a closed record is not closed again

    // A closed application cannot move, and the filled vacancy takes no more applications.
    expect(await reason(applications.advance(employer, waiting.id, A.SHORTLISTED))).toBe(
      BrokerageErrorReason.VACANCY_FILLED,
    );
    expect(await reason(applications.apply(await actors.resident(), vacancyId, null))).toBe(
      BrokerageErrorReason.VACANCY_FILLED,
    );
  });

  it('never hires more people than there are positions when offers are accepted at once', async () => {
    const vacancyId = await vacancy({ positions: 2 });
    const offered: string[] = [];
    for (let i = 0; i < 5; i += 1) {
      const { id } = await applications.apply(await actors.resident(), vacancyId, null);
      await walk(id, A.SHORTLISTED, A.INTERVIEWING, A.OFFERED);
      offered.push(id);
    }
    const results = await Promise.all(offered.map((id) => reason(applications.advance(employer, id, A.HIRED))));
    expect(results.filter((result) => result === 'no error')).toHaveLength(2);
    expect(results.filter((result) => result === BrokerageErrorReason.VACANCY_FILLED)).toHaveLength(3);
    expect(await vacancyState(vacancyId)).toEqual({ filled: 2, status: 'FILLED' });
    const statuses = (await applications.findByIds(offered)).map((a) => a.status).sort();
    expect(statuses).toEqual([A.HIRED, A.HIRED, A.UNSUCCESSFUL, A.UNSUCCESSFUL, A.UNSUCCESSFUL]);
    // The refused hires rolled back whole: their events were never written; the closures' were.
    const published = await Promise.all(offered.map(events));
    expect(published.flat().filter((event) => event.status === A.HIRED)).toHaveLength(2);
    expect(published.map((list) => list.at(-1)!.status).sort()).toEqual(statuses);
  });

  it('records a hire as EMPLOYED when the job pays the Real Living Wage, EMPLOYED_LOW_PAID a penny below it', async () => {
    const rate = await module.app.get(RealLivingWageService).hourlyPenceOn(londonToday());
    expect(rate).toBeGreaterThan(0);
    const hoursPerWeek = 37.5;
    const livingWageSalary = Math.ceil(rate! * hoursPerWeek * 52);
    const hire = async (salaryMinPence: number) => {
      const vacancyId = await vacancy({ salaryMinPence, salaryMaxPence: salaryMinPence + 100_000, hoursPerWeek });
      const resident = await actors.resident();
      const { id } = await applications.apply(resident, vacancyId, null);
      await walk(id, A.SHORTLISTED, A.INTERVIEWING, A.OFFERED, A.HIRED);
      return employmentStatus(resident.userId);
    };
    expect(await hire(livingWageSalary)).toBe(EmploymentStatus.EMPLOYED);
    expect(await hire(livingWageSalary - 1)).toBe(EmploymentStatus.EMPLOYED_LOW_PAID);
  });

  it("a hire records a NEW_JOB outcome on the resident's latest completed enrolment", async () => {
    const { resident, enrolmentId } = await graduate();
    const vacancyId = await vacancy({ salaryMinPence: 2_700_000, salaryMaxPence: 2_900_000, hoursPerWeek: 35 });
    const { id } = await applications.apply(resident, vacancyId, null);
    await walk(id, A.SHORTLISTED, A.INTERVIEWING, A.OFFERED, A.HIRED);
    const outcomes = await module.app.get(EnrolmentService).outcomesFor([enrolmentId]);
    expect(outcomes).toEqual([
      expect.objectContaining({
        enrolmentId,
        type: 'NEW_JOB',
        startDate: londonToday(),
        salaryPence: 2_700_000,
        hoursPerWeek: 35,
      }),
    ]);
  });

  it('guarantees an interview after a course the vacancy lists, or one that promises it: no rejection before INTERVIEWING', async () => {
    const listed = await graduate();
    const promising = await graduate({ guaranteedInterview: true });
    const plain = await graduate();
    const vacancyId = await vacancy({ guaranteedInterviewProgrammeIds: [listed.programmeId] });

    const fromListed = await applications.apply(listed.resident, vacancyId, null);
    const fromPromising = await applications.apply(promising.resident, vacancyId, null);
    const fromPlain = await applications.apply(plain.resident, vacancyId, null);
    expect([fromListed, fromPromising, fromPlain].map((a) => a.guaranteedInterview)).toEqual([true, true, false]);

    const rejection = { reason: RejectionReason.EXPERIENCE, message: 'We need more experience.' };
    expect(await reason(applications.advance(employer, fromListed.id, A.REJECTED, rejection))).toBe(
      BrokerageErrorReason.GUARANTEED_INTERVIEW,
    );
    await applications.advance(employer, fromPromising.id, A.SHORTLISTED);
    expect(await reason(applications.advance(employer, fromPromising.id, A.REJECTED))).toBe(
      BrokerageErrorReason.GUARANTEED_INTERVIEW,
    );
    expect((await applications.advance(employer, fromPlain.id, A.REJECTED, rejection)).status).toBe(A.REJECTED);

    // Once interviewed, a guaranteed applicant may be turned down, with feedback the resident sees.
    await walk(fromListed.id, A.SHORTLISTED, A.INTERVIEWING);
    const rejected = await applications.advance(employer, fromListed.id, A.REJECTED, rejection);
    expect(rejected).toMatchObject({ status: A.REJECTED, feedbackReason: 'EXPERIENCE' });
  });

  it('checks rejection feedback, naming each bad field, before any move', async () => {
    const vacancyId = await vacancy();
    const { id } = await applications.apply(await actors.resident(), vacancyId, null);
    await expect(
      applications.advance(employer, id, A.SHORTLISTED, { reason: RejectionReason.OTHER }),
    ).rejects.toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ path: 'feedback' }] });
    await expect(
      applications.advance(employer, id, A.REJECTED, { reason: RejectionReason.SKILLS, unmetSkillIds: [sql, python] }),
    ).rejects.toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ path: 'feedback.unmetSkillIds.0' }] });
    expect((await applications.findByIds([id]))[0].status).toBe(A.APPLIED);
    const rejected = await applications.advance(employer, id, A.REJECTED, {
      reason: RejectionReason.SKILLS,
      unmetSkillIds: [python],
    });
    expect(rejected.feedbackUnmetSkillIds).toEqual([python]);
  });

  it('guarantees a Disability Confident interview only to an applicant who asked and meets every essential requirement', async () => {
    const confident = await actors.member(OrganisationKind.EMPLOYER);
    const identity = module.app.get(IdentityService);
    await identity.updateOrganisationOf((await identity.findUserById(confident.userId))!, {
      disabilityConfident: DisabilityConfidentLevel.EMPLOYER,
    });
    const vacancyId = await vacancy({}, confident);
    const skilled = await actors.resident();
    await module.app
      .get(ResidentService)
      .setSelfDeclaredSkills(skilled.userId, [{ skillId: python, level: SkillLevel.PRACTITIONER }]);
    const unskilled = await actors.resident();
    const notAsking = await actors.resident();
    await module.app
      .get(ResidentService)
      .setSelfDeclaredSkills(notAsking.userId, [{ skillId: python, level: SkillLevel.EXPERT }]);

    const asked = { disabilityConfidentInterview: true, adjustments: 'A quiet room, please' };
    const guaranteed = await applications.apply(skilled, vacancyId, null, asked);
    expect(guaranteed).toMatchObject({ disabilityConfidentGuaranteed: true, adjustments: 'A quiet room, please' });
    expect((await applications.apply(unskilled, vacancyId, null, asked)).disabilityConfidentGuaranteed).toBe(false);
    expect((await applications.apply(notAsking, vacancyId, null)).disabilityConfidentGuaranteed).toBe(false);
    // The same request to an employer without a Disability Confident level guarantees nothing.
    const elsewhere = await vacancy();
    expect((await applications.apply(skilled, elsewhere, null, asked)).disabilityConfidentGuaranteed).toBe(false);

    expect(
      await reason(applications.advance(confident, guaranteed.id, A.REJECTED, { reason: RejectionReason.OTHER })),
    ).toBe(BrokerageErrorReason.GUARANTEED_INTERVIEW);
  });
});
