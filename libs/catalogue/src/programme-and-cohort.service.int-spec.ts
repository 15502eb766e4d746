import { OrganisationKind, Requester, Role } from '@app/identity';
import { addDays, londonToday, SkillLevel } from '@app/reference';
import { serviceActors, ServiceTestModule, skillIdsByName, startServiceTestModule } from '@app/testing';
import { CatalogueErrorReason } from './catalogue.error';
import { CatalogueModule } from './catalogue.module';
import { CohortStatus, DeliveryMode, EmploymentStatus, ProgrammeKind, Residency, TargetGroup } from './catalogue.enums';
import { takePlace } from './cohort-places.repository';
import { cohortStatus } from './cohort-status';
import { CohortService } from './cohort.service';
import { eligibilityRulesOf } from './programme-eligibility';
import { NewCohort, NewProgramme } from './programme-input';
import { ProgrammeService } from './programme.service';

/**
 * ProgrammeService and CohortService against real PostgreSQL (the medium test tier): drafts and publishing (verified
 * providers only), what each viewer sees, a programme's eligibility rules as stored, cohort dates and capacity,
 * cancellation, and the cohort events in the outbox.
 */
describe('ProgrammeService and CohortService (integration)', () => {
  let module: ServiceTestModule;
  let programmes: ProgrammeService;
  let cohorts: CohortService;
  let provider: Requester;
  let otherProvider: Requester;
  let unverified: Requester;
  let broker: Requester;
  let python: string;
  let sql: string;
  let counter = 0;
  const anyone = undefined;
  const resident = { role: Role.RESIDENT, organisationId: null };

  beforeAll(async () => {
    module = await startServiceTestModule([CatalogueModule]);
    programmes = module.app.get(ProgrammeService);
    cohorts = module.app.get(CohortService);
    const actors = serviceActors(module);
    provider = await actors.member(OrganisationKind.PROVIDER);
    otherProvider = await actors.member(OrganisationKind.PROVIDER);
    unverified = await actors.member(OrganisationKind.PROVIDER, false);
    broker = await actors.staff(Role.BROKER);
    [python, sql] = await skillIdsByName(module.dataSource, 'Python (computer programming)', 'SQL');
  });
  afterAll(() => module?.close());

  const input = (overrides: Partial<NewProgramme> = {}): NewProgramme => ({
    kind: ProgrammeKind.BOOTCAMP,
    title: `Data Skills Bootcamp kestrel${(counter += 1)}`,
    summary: 'Twelve weeks of data analysis.',
    skillsTaught: [{ skillId: python, level: SkillLevel.PRACTITIONER }],
    prerequisites: [{ skillId: sql, level: SkillLevel.AWARENESS, essential: true }],
    durationWeeks: 12,
    hoursPerWeek: 15,
    delivery: DeliveryMode.ONLINE,
    fullyFunded: true,
    eligibility: { residency: Residency.ANY },
    ...overrides,
  });
  const published = async (overrides: Partial<NewProgramme> = {}, by = provider) => {
    const { id } = await programmes.create(by, input(overrides));
    return (await programmes.publish(by, id)).id;
  };
  const plan = (programmeId: string, startInDays: number, overrides: Partial<NewCohort> = {}): NewCohort => {
    const startDate = addDays(londonToday(), startInDays);
    return {
      programmeId,
      startDate,
      endDate: addDays(startDate, 84),
      applicationsCloseOn: addDays(startDate, -7),
      capacity: 10,
      ...overrides,
    };
  };
  const reason = (promise: Promise<unknown>) =>
    promise.then(
      () => 'no error',
      (error: { reason?: string; code?: string }) => error.reason ?? error.code,
    );
  const cohortEvents = async (cohortId: string) =>
    (
      await module.dataSource.query(`SELECT type FROM domain_events WHERE payload->>'cohortId' = $1 ORDER BY id`, [
        cohortId,
      ])
    ).map((row: { type: string }) => row.type);

  it('creates a draft with what it teaches and needs; only a verified provider publishes, once', async () => {
    const draft = await programmes.create(provider, input());
    expect(draft).toMatchObject({ published: false, publishedAt: null, providerId: provider.organisationId });
    expect((await programmes.skillsTaughtFor([draft.id])).map((t) => [t.skillId, t.level])).toEqual([[python, 3]]);
    expect((await programmes.prerequisitesFor([draft.id])).map((p) => [p.skillId, p.level, p.essential])).toEqual([
      [sql, 1, true],
    ]);

    const first = await programmes.publish(provider, draft.id);
    expect(first.published).toBe(true);
    const again = await programmes.publish(provider, draft.id);
    expect(again.publishedAt).toEqual(first.publishedAt);

    const theirs = await programmes.create(unverified, input());
    expect(await reason(programmes.publish(unverified, theirs.id))).toBe(
      CatalogueErrorReason.ORGANISATION_NOT_VERIFIED,
    );
    expect(await reason(programmes.publish(otherProvider, draft.id))).toBe(CatalogueErrorReason.PROGRAMME_NOT_FOUND);
    expect(await reason(programmes.update(otherProvider, draft.id, { title: 'Taken over' }))).toBe(
      CatalogueErrorReason.PROGRAMME_NOT_FOUND,
    );
    expect(await reason(programmes.publish(provider, 'not-a-uuid'))).toBe(CatalogueErrorReason.PROGRAMME_NOT_FOUND);
  });

  it('shows a draft only to its provider and staff, and nothing of an unverified provider to the public', async () => {
    const { id: draft } = await programmes.create(provider, input());
    const open = await published();
    const { id: unverifiedProgramme } = await programmes.create(unverified, input());
    await module.dataSource.query(`UPDATE programmes SET published = true WHERE id = $1`, [unverifiedProgramme]);

    expect(await programmes.findVisible(provider, draft)).not.toBeNull();
    expect(await programmes.findVisible(broker, draft)).not.toBeNull();
    expect(await programmes.findVisible(otherProvider, draft)).toBeNull();
    expect(await programmes.findVisible(anyone, draft)).toBeNull();
    expect((await programmes.findVisible(resident, open))?.id).toBe(open);
    expect(await programmes.findVisible(resident, unverifiedProgramme)).toBeNull();
    expect(await programmes.findVisible(unverified, unverifiedProgramme)).not.toBeNull();

    expect([...(await programmes.publishedIds([draft, open, unverifiedProgramme]))]).toEqual([open]);
    const listed = (await programmes.listPublic({}, 100)).items.map(({ item }) => item.id);
    expect(listed).toContain(open);
    expect(listed).not.toContain(draft);
    expect(listed).not.toContain(unverifiedProgramme);
  });

  it("stores a programme's eligibility rules as given and keeps them through an update of other fields", async () => {
    const eligibility = {
      minAge: 19,
      maxAge: 30,
      employmentStatuses: [EmploymentStatus.UNEMPLOYED, EmploymentStatus.EMPLOYED_LOW_PAID],
      residency: Residency.GREATER_MANCHESTER,
      targetGroups: [TargetGroup.WOMEN],
      minQualificationLevel: 2,
    };
    const { id } = await programmes.create(provider, input({ eligibility }));
    await programmes.update(provider, id, { title: 'Renamed bootcamp', hoursPerWeek: 20 });
    const [stored] = await programmes.findByIds([id]);
    expect(stored).toMatchObject({ title: 'Renamed bootcamp', hoursPerWeek: 20 });
    expect(eligibilityRulesOf(stored)).toEqual(eligibility);
    // No rules given is no restriction: empty lists and nulls, not absent fields.
    const { id: open } = await programmes.create(provider, input());
    expect(eligibilityRulesOf((await programmes.findByIds([open]))[0])).toEqual({
      minAge: null,
      maxAge: null,
      employmentStatuses: [],
      residency: Residency.ANY,
      targetGroups: [],
      minQualificationLevel: null,
    });
  });

  it('finds a programme by the words of its title and summary as they are now, after an update', async () => {
    const found = async (search: string) =>
      (await programmes.listPublic({ search }, 100)).items.map(({ item }) => item.id);
    const id = await published({ title: 'Quokkaware bootcamp', summary: 'Learn wombatscript from scratch.' });
    expect(await found('quokkaware')).toEqual([id]);
    expect(await found('wombatscript')).toEqual([id]);
    await programmes.update(provider, id, { title: 'Kakapocode bootcamp', summary: 'Learn numbatlang instead.' });
    expect(await found('quokkaware')).toEqual([]);
    expect(await found('wombatscript')).toEqual([]);
    expect(await found('kakapocode numbatlang')).toEqual([id]);
  });

  it('refuses an update that would charge for a fully funded programme or invert the ages, naming both fields', async () => {
    const { id } = await programmes.create(provider, input({ eligibility: { residency: Residency.ANY, minAge: 25 } }));
    await expect(
      programmes.update(provider, id, {
        costPence: 50_000,
        eligibility: { residency: Residency.ANY, minAge: 25, maxAge: 18 },
      }),
    ).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      fieldErrors: [{ path: 'input.costPence' }, { path: 'input.eligibility.maxAge' }],
    });
    const [unchanged] = await programmes.findByIds([id]);
    expect(unchanged).toMatchObject({ costPence: 0, maxAge: null });
    const paid = await programmes.update(provider, id, { fullyFunded: false, costPence: 50_000 });
    expect(paid).toMatchObject({ fullyFunded: false, costPence: 50_000 });
  });

  it('plans a cohort by the date and capacity rules, every problem named; its status follows from today', async () => {
    const programmeId = await published();
    const today = londonToday();
    await expect(
      cohorts.create(provider, {
        programmeId,
        startDate: addDays(today, 20),
        endDate: addDays(today, 20),
        applicationsCloseOn: addDays(today, 21),
        capacity: 0,
      }),
    ).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      fieldErrors: [{ path: 'input.capacity' }, { path: 'input.endDate' }, { path: 'input.applicationsCloseOn' }],
    });
    expect(await reason(cohorts.create(otherProvider, plan(programmeId, 20)))).toBe(
      CatalogueErrorReason.PROGRAMME_NOT_FOUND,
    );

    const open = await cohorts.create(provider, plan(programmeId, 20));
    const planned = await cohorts.create(provider, plan(programmeId, 5)); // applications closed two days ago
    const running = await cohorts.create(provider, plan(programmeId, -5));
    const finished = await cohorts.create(provider, plan(programmeId, -200));
    expect([open, planned, running, finished].map((c) => cohortStatus(c, today))).toEqual([
      CohortStatus.OPEN,
      CohortStatus.PLANNED,
      CohortStatus.RUNNING,
      CohortStatus.FINISHED,
    ]);
    // A cohort recorded after it finished opens nothing for anyone: no CohortOpened.
    expect(await cohortEvents(open.id)).toEqual(['CohortOpened']);
    expect(await cohortEvents(finished.id)).toEqual([]);
    expect((await cohorts.forProgrammes([programmeId])).map((c) => c.id)).toEqual([
      finished.id,
      running.id,
      planned.id,
      open.id,
    ]);
  });

  it('never lets a capacity fall below the places taken; a full cohort reports FULL', async () => {
    const programmeId = await published();
    const { id } = await cohorts.create(provider, plan(programmeId, 20, { capacity: 3 }));
    await takePlace(module.dataSource.manager, id);
    await takePlace(module.dataSource.manager, id);
    await expect(cohorts.update(provider, id, { capacity: 1 })).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      fieldErrors: [{ path: 'input.capacity' }],
    });
    const full = await cohorts.update(provider, id, { capacity: 2 });
    expect(full).toMatchObject({ capacity: 2, placesTaken: 2 });
    expect(cohortStatus(full, londonToday())).toBe(CohortStatus.FULL);
    expect(await reason(cohorts.update(otherProvider, id, { capacity: 5 }))).toBe(
      CatalogueErrorReason.COHORT_NOT_FOUND,
    );
  });

  it('cancels a cohort once, publishing CohortCancelled; a cancelled or finished one cannot be cancelled or changed', async () => {
    const programmeId = await published();
    const { id } = await cohorts.create(provider, plan(programmeId, 20));
    const cancelled = await cohorts.cancel(provider, id);
    expect(cohortStatus(cancelled, londonToday())).toBe(CohortStatus.CANCELLED);
    expect(await cohortEvents(id)).toEqual(['CohortOpened', 'CohortCancelled']);
    expect(await reason(cohorts.cancel(provider, id))).toBe(CatalogueErrorReason.ILLEGAL_TRANSITION);
    expect(await reason(cohorts.update(provider, id, { capacity: 12 }))).toBe(CatalogueErrorReason.ILLEGAL_TRANSITION);
    const finished = await cohorts.create(provider, plan(programmeId, -200));
    expect(await reason(cohorts.cancel(provider, finished.id))).toBe(CatalogueErrorReason.ILLEGAL_TRANSITION);
    expect(await cohortEvents(id)).toEqual(['CohortOpened', 'CohortCancelled']);
  });

  it('lists programmes starting soon only for a cohort that is OPEN and starts within the days asked', async () => {
    const soon = await published();
    const later = await published();
    const cancelledOnly = await published();
    const fullOnly = await published();
    await cohorts.create(provider, plan(soon, 20));
    await cohorts.create(provider, plan(later, 60));
    await cohorts.cancel(provider, (await cohorts.create(provider, plan(cancelledOnly, 20))).id);
    const full = await cohorts.create(provider, plan(fullOnly, 20, { capacity: 1 }));
    await takePlace(module.dataSource.manager, full.id);

    const starting = async (days: number) =>
      (await programmes.listPublic({ startingWithinDays: days }, 100)).items.map(({ item }) => item.id);
    const within30 = await starting(30);
    expect(within30).toContain(soon);
    expect(within30).not.toContain(later);
    expect(within30).not.toContain(cancelledOnly);
    expect(within30).not.toContain(fullOnly);
    expect(await starting(60)).toContain(later);
    expect((await starting(19)).includes(soon)).toBe(false);
    expect((await starting(20)).includes(soon)).toBe(true);
  });
});
