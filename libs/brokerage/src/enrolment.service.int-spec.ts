import { CatalogueModule, EmploymentStatus, Residency, TargetGroup } from '@app/catalogue';
import { OrganisationKind, Requester, Role } from '@app/identity';
import { addDays, londonToday } from '@app/reference';
import { Gender, ResidentService, ResidentsModule } from '@app/residents';
import { openCohort, serviceActors, ServiceTestModule, skillIdsByName, startServiceTestModule } from '@app/testing';
import { BrokerageModule } from './brokerage.module';
import { EnrolmentStatus } from './brokerage.enums';
import { BrokerageErrorReason } from './brokerage.error';
import { EnrolmentService } from './enrolment.service';
import { EnrolmentEntity } from './entities/enrolment.entity';

/**
 * EnrolmentService against real PostgreSQL (the medium test tier): the enrolment state machine, places taken and
 * freed, eligibility, and the EnrolmentChanged outbox rows written in the transaction of each change.
 */
describe('EnrolmentService (integration)', () => {
  let module: ServiceTestModule;
  let enrolments: EnrolmentService;
  let provider: Requester;
  let otherProvider: Requester;
  let broker: Requester;
  let skillId: string;
  let actors: ReturnType<typeof serviceActors>;

  beforeAll(async () => {
    module = await startServiceTestModule([BrokerageModule, CatalogueModule, ResidentsModule]);
    enrolments = module.app.get(EnrolmentService);
    actors = serviceActors(module);
    provider = await actors.member(OrganisationKind.PROVIDER);
    otherProvider = await actors.member(OrganisationKind.PROVIDER);
    broker = await actors.staff(Role.BROKER);
    [skillId] = await skillIdsByName(module.dataSource, 'Python (computer programming)');
  });
  afterAll(() => module?.close());

  const cohort = (options: Parameters<typeof openCohort>[3] = {}) => openCohort(module, provider, skillId, options);
  const placesTaken = async (cohortId: string): Promise<number> =>
    (await module.dataSource.query(`SELECT places_taken FROM cohorts WHERE id = $1`, [cohortId]))[0].places_taken;
  const events = async (enrolmentId: string): Promise<{ type: string; status: string; cohortId: string }[]> =>
    module.dataSource.query(
      `SELECT type, payload->>'status' AS status, payload->>'cohortId' AS "cohortId" FROM domain_events
       WHERE payload->>'enrolmentId' = $1 ORDER BY id`,
      [enrolmentId],
    );
  const reason = (promise: Promise<unknown>) =>
    promise.then(
      () => 'no error',
      (error: { reason?: string; code?: string }) => error.reason ?? error.code,
    );

  it('copies the demographics onto the record, where no entity it returns or loads carries them', async () => {
    const { cohortId } = await cohort();
    const resident = await actors.resident();
    await module.app.get(ResidentService).setEqualityMonitoring(resident.userId, { gender: Gender.WOMAN });

    const applied = await enrolments.apply(resident, cohortId);
    expect(JSON.stringify(applied)).not.toContain(Gender.WOMAN);
    const [stored] = await module.dataSource.query(`SELECT snapshot_gender FROM enrolments WHERE id = $1`, [
      applied.id,
    ]);
    expect(stored).toEqual({ snapshot_gender: Gender.WOMAN });
    // Equality data (docs/brokerage.md "Demographic snapshots"): select: false keeps it out of every loaded entity.
    const loaded = await module.dataSource.getRepository(EnrolmentEntity).findOneByOrFail({ id: applied.id });
    expect(JSON.stringify(loaded)).not.toContain(Gender.WOMAN);
    const offered = await enrolments.offer(provider, applied.id);
    expect(JSON.stringify(offered)).not.toContain(Gender.WOMAN);
  });

  it('takes a record from application to completion, each step by its role, with its history and its events', async () => {
    const { cohortId, programmeId, startDate } = await cohort();
    const resident = await actors.resident();

    const applied = await enrolments.apply(resident, cohortId);
    expect(applied.status).toBe(EnrolmentStatus.APPLIED);
    expect(applied.providerId).toBe(provider.organisationId);
    expect((await enrolments.offer(provider, applied.id)).status).toBe(EnrolmentStatus.OFFERED);
    const enrolled = await enrolments.accept(resident, applied.id);
    expect(enrolled.status).toBe(EnrolmentStatus.ENROLLED);
    expect(enrolled.learnerRef).toMatch(/^L-[0-9A-F]{10}$/);
    expect(await placesTaken(cohortId)).toBe(1);

    const completed = await enrolments.recordCompletion(provider, applied.id, true, addDays(startDate, 80), ['Cert']);
    expect(completed.status).toBe(EnrolmentStatus.COMPLETED);
    expect(completed.qualificationsAchieved).toEqual(['Cert']);
    // Completing keeps the place (the learner took it) and gives the taught skill as course-completed evidence.
    expect(await placesTaken(cohortId)).toBe(1);
    expect(
      await module.dataSource.query(`SELECT skill_id, level, evidence FROM resident_skills WHERE user_id = $1`, [
        resident.userId,
      ]),
    ).toEqual([{ skill_id: skillId, level: 2, evidence: 'COURSE_COMPLETED' }]);

    const history = await enrolments.historyFor([applied.id]);
    expect(history.map((change) => [change.status, change.byRole])).toEqual([
      ['APPLIED', Role.RESIDENT],
      ['OFFERED', Role.PROVIDER],
      ['ENROLLED', Role.RESIDENT],
      ['COMPLETED', Role.PROVIDER],
    ]);
    expect(await events(applied.id)).toEqual(
      ['APPLIED', 'OFFERED', 'ENROLLED', 'COMPLETED'].map((status) => ({ type: 'EnrolmentChanged', status, cohortId })),
    );
    const [{ programme_id }] = await module.dataSource.query(
      `SELECT DISTINCT payload->>'programmeId' AS programme_id FROM domain_events WHERE payload->>'enrolmentId' = $1`,
      [applied.id],
    );
    expect(programme_id).toBe(programmeId);
    expect((await enrolments.completedProgrammeIds([resident.userId])).get(resident.userId)).toEqual([programmeId]);
  });

  it('refuses every move the state machine does not allow, and an illegal move changes nothing and publishes nothing', async () => {
    const { cohortId } = await cohort();
    const resident = await actors.resident();
    const enquiry = await enrolments.enquire(resident, cohortId);
    expect(enquiry.status).toBe(EnrolmentStatus.ENQUIRED);

    // Skipping APPLIED; a resident offering themselves a place; accepting what was never offered.
    expect(await reason(enrolments.offer(provider, enquiry.id))).toBe(BrokerageErrorReason.ILLEGAL_TRANSITION);
    expect(await reason(enrolments.accept(resident, enquiry.id))).toBe(BrokerageErrorReason.ILLEGAL_TRANSITION);
    const applied = await enrolments.apply(resident, cohortId);
    expect(applied.id).toBe(enquiry.id); // the enquiry moved on, no second record
    expect(await reason(enrolments.offer(resident, applied.id))).toBe(BrokerageErrorReason.ILLEGAL_TRANSITION);
    expect(await reason(enrolments.accept(provider, applied.id))).toBe(BrokerageErrorReason.ILLEGAL_TRANSITION);
    expect(await reason(enrolments.recordCompletion(provider, applied.id, true, londonToday(), []))).toBe(
      BrokerageErrorReason.ILLEGAL_TRANSITION,
    );

    expect((await enrolments.findByIds([applied.id]))[0].status).toBe(EnrolmentStatus.APPLIED);
    expect((await events(applied.id)).map((event) => event.status)).toEqual(['ENQUIRED', 'APPLIED']);

    // A final record never moves again.
    await enrolments.reject(provider, applied.id, 'The cohort is aimed at beginners');
    expect(await reason(enrolments.offer(provider, applied.id))).toBe(BrokerageErrorReason.ILLEGAL_TRANSITION);
    expect(await reason(enrolments.withdraw(resident, applied.id, null))).toBe(BrokerageErrorReason.ILLEGAL_TRANSITION);
    expect((await enrolments.findByIds([applied.id]))[0].rejectionReason).toBe('The cohort is aimed at beginners');
  });

  it("hides another provider's and another resident's records (NOT_FOUND); brokers may act on any", async () => {
    const { cohortId } = await cohort();
    const resident = await actors.resident();
    const stranger = await actors.resident('Somebody Else');
    const { id } = await enrolments.apply(resident, cohortId);

    expect(await reason(enrolments.offer(otherProvider, id))).toBe(BrokerageErrorReason.ENROLMENT_NOT_FOUND);
    expect(await reason(enrolments.withdraw(stranger, id, null))).toBe(BrokerageErrorReason.ENROLMENT_NOT_FOUND);
    expect(await reason(enrolments.offer(provider, 'not-a-uuid'))).toBe(BrokerageErrorReason.ENROLMENT_NOT_FOUND);
    expect(await reason(enrolments.pageForCohort(otherProvider, cohortId, null, 10))).toBe(
      BrokerageErrorReason.COHORT_NOT_FOUND,
    );
    expect((await enrolments.pageForCohort(broker, cohortId, null, 10)).items.map((e) => e.item.id)).toEqual([id]);
    expect((await enrolments.withdraw(broker, id, 'No longer attending')).status).toBe(EnrolmentStatus.WITHDRAWN);
  });

  it('takes a place on accepting, up to the capacity, and frees it when an enrolled learner leaves', async () => {
    const { cohortId } = await cohort({ capacity: 1 });
    const first = await actors.resident();
    const second = await actors.resident();
    const late = await actors.resident();
    const a = await enrolments.apply(first, cohortId);
    const b = await enrolments.apply(second, cohortId);
    await enrolments.offer(provider, a.id);
    await enrolments.offer(provider, b.id);

    await enrolments.accept(first, a.id);
    expect(await placesTaken(cohortId)).toBe(1);
    // The last place went to the first: the second's acceptance fails, and the full cohort takes no applications.
    expect(await reason(enrolments.accept(second, b.id))).toBe(BrokerageErrorReason.COHORT_FULL);
    expect((await enrolments.findByIds([b.id]))[0].status).toBe(EnrolmentStatus.OFFERED);
    expect(await reason(enrolments.apply(late, cohortId))).toBe(BrokerageErrorReason.COHORT_FULL);

    // A provider must say why it withdraws a learner (the learner sees it); a resident need not.
    await expect(enrolments.withdraw(provider, a.id, null)).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      fieldErrors: [{ path: 'reason' }],
    });
    await enrolments.withdraw(provider, a.id, 'Moved away from Manchester');
    expect(await placesTaken(cohortId)).toBe(0);
    expect((await enrolments.historyFor([a.id])).at(-1)).toMatchObject({
      status: 'WITHDRAWN',
      reason: 'Moved away from Manchester',
    });
    expect((await enrolments.accept(second, b.id)).status).toBe(EnrolmentStatus.ENROLLED);
    expect(await placesTaken(cohortId)).toBe(1);

    // Not completing withdraws the learner and frees the place too; a completion before the start is bad input.
    const { startDate } = (
      await module.dataSource.query(`SELECT start_date::text AS "startDate" FROM cohorts WHERE id = $1`, [cohortId])
    )[0] as { startDate: string };
    await expect(enrolments.recordCompletion(provider, b.id, true, addDays(startDate, -1), [])).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      fieldErrors: [{ path: 'completionDate' }],
    });
    expect((await enrolments.recordCompletion(provider, b.id, false, startDate, [])).status).toBe(
      EnrolmentStatus.WITHDRAWN,
    );
    expect(await placesTaken(cohortId)).toBe(0);
  });

  it('never takes more places than the capacity when offers are accepted at once', async () => {
    const { cohortId } = await cohort({ capacity: 2 });
    const offered: { resident: Requester; id: string }[] = [];
    for (let i = 0; i < 5; i += 1) {
      const resident = await actors.resident();
      const { id } = await enrolments.apply(resident, cohortId);
      await enrolments.offer(provider, id);
      offered.push({ resident, id });
    }
    const results = await Promise.all(offered.map(({ resident, id }) => reason(enrolments.accept(resident, id))));
    expect(results.filter((result) => result === 'no error')).toHaveLength(2);
    expect(results.filter((result) => result === BrokerageErrorReason.COHORT_FULL)).toHaveLength(3);
    expect(await placesTaken(cohortId)).toBe(2);
  });

  it('keeps one live record per resident and cohort; after a withdrawal the resident may apply again', async () => {
    const { cohortId } = await cohort();
    const resident = await actors.resident();
    const first = await enrolments.apply(resident, cohortId);
    expect(await reason(enrolments.apply(resident, cohortId))).toBe(BrokerageErrorReason.ALREADY_APPLIED);
    expect(await reason(enrolments.enquire(resident, cohortId))).toBe(BrokerageErrorReason.ALREADY_APPLIED);
    await enrolments.withdraw(resident, first.id, null);
    const again = await enrolments.apply(resident, cohortId);
    expect(again.id).not.toBe(first.id);
    expect((await enrolments.pageForResident(resident.userId, 10)).items.map((e) => e.item.status).sort()).toEqual([
      'APPLIED',
      'WITHDRAWN',
    ]);
  });

  it("applies the programme's eligibility rules to enquiries and applications", async () => {
    const { cohortId } = await cohort({
      programme: {
        eligibility: { residency: Residency.GREATER_MANCHESTER, employmentStatuses: [EmploymentStatus.UNEMPLOYED] },
      },
    });
    const resident = await actors.resident();
    expect(await reason(enrolments.enquire(resident, cohortId))).toBe(BrokerageErrorReason.NOT_ELIGIBLE);
    const profiles = module.app.get(ResidentService);
    await profiles.updateProfile(resident.userId, { livesInGreaterManchester: true });
    expect(await reason(enrolments.apply(resident, cohortId))).toBe(BrokerageErrorReason.NOT_ELIGIBLE);
    await profiles.updateProfile(resident.userId, { employmentStatus: EmploymentStatus.UNEMPLOYED });
    expect((await enrolments.apply(resident, cohortId)).status).toBe(EnrolmentStatus.APPLIED);
  });

  it("judges a target group from the resident's equality answers, and the refusal names neither", async () => {
    const { cohortId } = await cohort({
      programme: { eligibility: { residency: Residency.ANY, targetGroups: [TargetGroup.WOMEN] } },
    });
    const profiles = module.app.get(ResidentService);
    const man = await actors.resident();
    await profiles.setEqualityMonitoring(man.userId, { gender: Gender.MAN });
    const refusal = await enrolments.apply(man, cohortId).catch((error: Error & { reason?: string }) => error);
    expect((refusal as { reason?: string }).reason).toBe(BrokerageErrorReason.NOT_ELIGIBLE);
    expect((refusal as Error).message).not.toMatch(/wom[ae]n|gender|\bman\b/i);
    const woman = await actors.resident();
    await profiles.setEqualityMonitoring(woman.userId, { gender: Gender.WOMAN });
    expect((await enrolments.apply(woman, cohortId)).status).toBe(EnrolmentStatus.APPLIED);
  });

  it('takes enquiries and applications only on an OPEN cohort of a published programme', async () => {
    const resident = await actors.resident();
    const closed = await cohort({ startDate: addDays(londonToday(), 5) }); // applications closed 10 days before start
    expect(await reason(enrolments.apply(resident, closed.cohortId))).toBe(BrokerageErrorReason.APPLICATIONS_CLOSED);
    const draft = await cohort();
    await module.dataSource.query(`UPDATE programmes SET published = false WHERE id = $1`, [draft.programmeId]);
    expect(await reason(enrolments.apply(resident, draft.cohortId))).toBe(BrokerageErrorReason.COHORT_NOT_FOUND);
    expect(await reason(enrolments.apply(resident, '00000000-0000-4000-8000-000000000000'))).toBe(
      BrokerageErrorReason.COHORT_NOT_FOUND,
    );
  });
});
