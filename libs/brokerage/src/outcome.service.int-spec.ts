import { CatalogueModule } from '@app/catalogue';
import { OrganisationKind, Requester, Role } from '@app/identity';
import { addDays, londonToday, SIX_MONTHS_DAYS } from '@app/reference';
import { ResidentsModule } from '@app/residents';
import { openCohort, serviceActors, ServiceTestModule, skillIdsByName, startServiceTestModule } from '@app/testing';
import { BrokerageModule } from './brokerage.module';
import { EnrolmentStatus, OutcomeType } from './brokerage.enums';
import { BrokerageErrorReason } from './brokerage.error';
import { EnrolmentService } from './enrolment.service';
import { OutcomeService } from './outcome.service';

/**
 * OutcomeService against real PostgreSQL (the medium test tier): outcomes only for completers, idempotent on
 * (enrolment, type, start date), the six-month window, cohort returns all or nothing (non-completers free their
 * places), and the OutcomeRecorded outbox rows.
 */
describe('OutcomeService (integration)', () => {
  let module: ServiceTestModule;
  let outcomes: OutcomeService;
  let enrolments: EnrolmentService;
  let actors: ReturnType<typeof serviceActors>;
  let provider: Requester;
  let otherProvider: Requester;
  let skillId: string;
  const today = londonToday();
  // The cohort ran long ago: it started 300 days back and finished (its learners completed) 216 days back.
  const started = addDays(today, -300);
  const completedOn = addDays(today, -216);
  const job = { salaryPence: 2_600_000, hoursPerWeek: 37.5 };

  beforeAll(async () => {
    module = await startServiceTestModule([BrokerageModule, CatalogueModule, ResidentsModule]);
    outcomes = module.app.get(OutcomeService);
    enrolments = module.app.get(EnrolmentService);
    actors = serviceActors(module);
    provider = await actors.member(OrganisationKind.PROVIDER);
    otherProvider = await actors.member(OrganisationKind.PROVIDER);
    [skillId] = await skillIdsByName(module.dataSource, 'Python (computer programming)');
  });
  afterAll(() => module?.close());

  const reason = (promise: Promise<unknown>) =>
    promise.then(
      () => 'no error',
      (error: { reason?: string; code?: string }) => error.reason ?? error.code,
    );
  /** A cohort with `count` ENROLLED learners (through the services), then moved to the past it ran in. */
  const ranCohort = async (count: number) => {
    const { cohortId } = await openCohort(module, provider, skillId);
    const learners: { resident: Requester; id: string; learnerRef: string }[] = [];
    for (let i = 0; i < count; i += 1) {
      const resident = await actors.resident();
      const { id } = await enrolments.apply(resident, cohortId);
      await enrolments.offer(provider, id);
      const { learnerRef } = await enrolments.accept(resident, id);
      learners.push({ resident, id, learnerRef: learnerRef! });
    }
    await module.dataSource.query(
      `UPDATE cohorts SET start_date = $2, end_date = $3, applications_close_on = $2 WHERE id = $1`,
      [cohortId, started, completedOn],
    );
    return { cohortId, learners };
  };
  const placesTaken = async (cohortId: string): Promise<number> =>
    (await module.dataSource.query(`SELECT places_taken FROM cohorts WHERE id = $1`, [cohortId]))[0].places_taken;
  const outcomeEvents = async (cohortId: string): Promise<number> =>
    (
      await module.dataSource.query(
        `SELECT count(*)::int AS count FROM domain_events WHERE type = 'OutcomeRecorded' AND payload->>'cohortId' = $1`,
        [cohortId],
      )
    )[0].count;

  it('records an outcome only for a completer, once per type and start date, within six months up to day 182', async () => {
    const { cohortId, learners } = await ranCohort(1);
    const [{ id }] = learners;
    const report = (startDate: string, salaryPence = job.salaryPence) =>
      outcomes.reportOutcome(provider, { enrolmentId: id, type: OutcomeType.NEW_JOB, startDate, ...job, salaryPence });

    expect(await reason(report(completedOn))).toBe(BrokerageErrorReason.ILLEGAL_TRANSITION); // still ENROLLED
    await enrolments.recordCompletion(provider, id, true, completedOn, []);

    const lastDay = addDays(completedOn, SIX_MONTHS_DAYS);
    expect(await report(lastDay)).toMatchObject({ startDate: lastDay, withinSixMonths: true, ...job });
    expect((await report(addDays(lastDay, 1))).withinSixMonths).toBe(false);
    // The same outcome again updates its pay, not a second row.
    const again = await report(lastDay, 2_800_000);
    expect(again.salaryPence).toBe(2_800_000);
    expect((await enrolments.outcomesFor([id])).map((o) => [o.startDate, o.salaryPence, o.withinSixMonths])).toEqual([
      [lastDay, 2_800_000, true],
      [addDays(lastDay, 1), job.salaryPence, false],
    ]);
    expect(await outcomeEvents(cohortId)).toBe(3);

    // Not before the cohort started, not in the future: both named; nobody else's learner, and only providers.
    await expect(report(addDays(started, -1))).rejects.toMatchObject({ fieldErrors: [{ path: 'input.startDate' }] });
    await expect(report(addDays(today, 1))).rejects.toMatchObject({ fieldErrors: [{ path: 'input.startDate' }] });
    const other = outcomes.reportOutcome(otherProvider, {
      enrolmentId: id,
      type: OutcomeType.NEW_JOB,
      startDate: today,
    });
    expect(await reason(other)).toBe(BrokerageErrorReason.ENROLMENT_NOT_FOUND);
    const broker = await actors.staff(Role.BROKER);
    const byBroker = outcomes.reportOutcome(broker, { enrolmentId: id, type: OutcomeType.NEW_JOB, startDate: today });
    expect(await reason(byBroker)).toBe(BrokerageErrorReason.ENROLMENT_NOT_FOUND);
    expect(await outcomeEvents(cohortId)).toBe(3);
  });

  it('takes a cohort return whole: completers complete, non-completers free their places; again changes nothing', async () => {
    const { cohortId, learners } = await ranCohort(3);
    const [done, dropped, working] = learners;
    expect(await placesTaken(cohortId)).toBe(3);
    const rows = [
      { learnerRef: done.learnerRef, completed: true, completionDate: completedOn, qualificationsAchieved: ['Cert'] },
      { learnerRef: dropped.learnerRef, completed: false },
      {
        learnerRef: working.learnerRef,
        completed: true,
        completionDate: completedOn,
        outcomeType: OutcomeType.NEW_JOB,
        outcomeStartDate: addDays(completedOn, 30),
        ...job,
      },
    ];

    const first = await outcomes.reportCohortOutcomes(provider, cohortId, rows);
    expect(first).toMatchObject({ accepted: 3, errors: [] });
    const statuses = new Map((await enrolments.findByIds(learners.map((l) => l.id))).map((e) => [e.id, e.status]));
    expect(learners.map((l) => statuses.get(l.id))).toEqual([
      EnrolmentStatus.COMPLETED,
      EnrolmentStatus.WITHDRAWN,
      EnrolmentStatus.COMPLETED,
    ]);
    expect(await placesTaken(cohortId)).toBe(2);
    expect((await enrolments.outcomesFor([working.id]))[0]).toMatchObject({ type: 'NEW_JOB', withinSixMonths: true });
    expect(
      await module.dataSource.query(`SELECT evidence FROM resident_skills WHERE user_id = $1 AND skill_id = $2`, [
        done.resident.userId,
        skillId,
      ]),
    ).toEqual([{ evidence: 'COURSE_COMPLETED' }]);
    const events = await outcomeEvents(cohortId);

    const second = await outcomes.reportCohortOutcomes(provider, cohortId, rows);
    expect(second).toMatchObject({ accepted: 3, created: 0, updated: 0, unchanged: 3 });
    expect(await placesTaken(cohortId)).toBe(2);
    expect(await outcomeEvents(cohortId)).toBe(events);
  });

  it('changes nothing when any row is bad, and lists every bad row', async () => {
    const { cohortId, learners } = await ranCohort(2);
    const result = await outcomes.reportCohortOutcomes(provider, cohortId, [
      { learnerRef: learners[0].learnerRef, completed: true, completionDate: completedOn },
      { learnerRef: 'L-NOBODY', completed: true, completionDate: completedOn },
      { learnerRef: learners[1].learnerRef, completed: false, completionDate: completedOn },
    ]);
    expect(result.accepted).toBe(0);
    expect(result.errors.map((error) => [error.row, error.field])).toEqual([
      [1, 'learnerRef'],
      [2, 'completionDate'],
    ]);
    const statuses = (await enrolments.findByIds(learners.map((l) => l.id))).map((e) => e.status);
    expect(statuses).toEqual([EnrolmentStatus.ENROLLED, EnrolmentStatus.ENROLLED]);
    expect(await placesTaken(cohortId)).toBe(2);
    expect(await outcomeEvents(cohortId)).toBe(0);
  });
});
