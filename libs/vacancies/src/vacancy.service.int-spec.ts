import { OrganisationKind, Requester, Role } from '@app/identity';
import { matchableVacancy } from '@app/matching';
import { addDays, londonToday, RealLivingWageService, ReferenceModule, SkillLevel } from '@app/reference';
import { serviceActors, ServiceTestModule, skillIdsByName, startServiceTestModule } from '@app/testing';
import { VacancyStatus, ContractType, Workplace } from './vacancy.enums';
import { NewVacancy, VacancyFilter } from './vacancy-input';
import { VacanciesModule } from './vacancies.module';
import { VacancyService } from './vacancy.service';
import { VacancyErrorReason } from './vacancy.error';
import { fillPosition } from './vacancy-positions.repository';

/**
 * VacancyService against real PostgreSQL (the medium test tier): DRAFT → OPEN → CLOSED, who may open, what may still
 * change, who sees what, the public list's filters (the Real Living Wage, hours in tenths), the requirement weights
 * kept for matching, and the VacancyOpened outbox row.
 */
describe('VacancyService (integration)', () => {
  let module: ServiceTestModule;
  let vacancies: VacancyService;
  let employer: Requester;
  let otherEmployer: Requester;
  let unverified: Requester;
  let broker: Requester;
  let python: string;
  let sql: string;
  // Each test's vacancies carry its own word in the title, so a search finds only that test's.
  let counter = 0;

  beforeAll(async () => {
    module = await startServiceTestModule([VacanciesModule, ReferenceModule]);
    vacancies = module.app.get(VacancyService);
    const actors = serviceActors(module);
    employer = await actors.member(OrganisationKind.EMPLOYER);
    otherEmployer = await actors.member(OrganisationKind.EMPLOYER);
    unverified = await actors.member(OrganisationKind.EMPLOYER, false);
    broker = await actors.staff(Role.BROKER);
    [python, sql] = await skillIdsByName(module.dataSource, 'Python (computer programming)', 'SQL');
  });
  afterAll(() => module?.close());

  const input = (overrides: Partial<NewVacancy> = {}): NewVacancy => ({
    title: 'Junior Data Analyst',
    description: 'Analyse data for a Manchester charity.',
    requirements: [
      { skillId: python, level: SkillLevel.WORKING, essential: true },
      { skillId: sql, level: SkillLevel.AWARENESS, essential: false },
    ],
    salaryMinPence: 2_600_000,
    salaryMaxPence: 3_000_000,
    hoursPerWeek: 37.5,
    contract: ContractType.PERMANENT,
    workplace: Workplace.REMOTE,
    positions: 1,
    closesOn: addDays(londonToday(), 30),
    ...overrides,
  });
  const draft = (overrides: Partial<NewVacancy> = {}, by = employer) => vacancies.create(by, input(overrides));
  const opened = async (overrides: Partial<NewVacancy> = {}, by = employer) => {
    const { id } = await draft(overrides, by);
    return (await vacancies.open(by, id)).id;
  };
  const reason = (promise: Promise<unknown>) =>
    promise.then(
      () => 'no error',
      (error: { reason?: string; code?: string }) => error.reason ?? error.code,
    );
  const publicIds = async (filter: VacancyFilter) =>
    (await vacancies.listPublic(filter, 100)).items.map(({ item }) => item.id);
  const word = () => `zebrafinch${(counter += 1)}`;

  it('creates a DRAFT with its requirements, their scoring weight and essentials kept beside them', async () => {
    const vacancy = await draft();
    expect(vacancy).toMatchObject({
      status: VacancyStatus.DRAFT,
      employerId: employer.organisationId,
      positionsFilled: 0,
    });
    // Weights of the scoring model: essential 2, desirable 1.
    const [stored] = await vacancies.findByIds([vacancy.id]);
    expect({ weight: stored.requirementWeight, essentials: stored.essentialRequirements }).toEqual({
      weight: 3,
      essentials: 1,
    });
    const requirements = await vacancies.requirementsFor([vacancy.id]);
    expect(requirements.map((r) => [r.skillId, r.level, r.essential, r.vacancyWeight]).sort()).toEqual(
      [
        [python, 2, true, 3],
        [sql, 1, false, 3],
      ].sort(),
    );
    // Replacing the requirements replaces the weights too.
    await vacancies.update(employer, vacancy.id, {
      requirements: [{ skillId: sql, level: SkillLevel.EXPERT, essential: true }],
    });
    const [updated] = await vacancies.findByIds([vacancy.id]);
    expect({ weight: updated.requirementWeight, essentials: updated.essentialRequirements }).toEqual({
      weight: 2,
      essentials: 1,
    });
    expect((await vacancies.requirementsFor([vacancy.id])).map((r) => [r.skillId, r.level])).toEqual([[sql, 4]]);
  });

  it('opens a DRAFT once, publishing VacancyOpened in the same transaction; closes an OPEN one; nothing leaves CLOSED', async () => {
    const { id } = await draft();
    expect(await reason(vacancies.close(employer, id))).toBe(VacancyErrorReason.ILLEGAL_TRANSITION);
    const open = await vacancies.open(employer, id);
    expect(open.status).toBe(VacancyStatus.OPEN);
    expect(open.openedAt).toBeInstanceOf(Date);
    expect(await reason(vacancies.open(employer, id))).toBe(VacancyErrorReason.ILLEGAL_TRANSITION);
    const events = await module.dataSource.query(
      `SELECT type, payload FROM domain_events WHERE payload->>'vacancyId' = $1`,
      [id],
    );
    expect(events).toEqual([
      { type: 'VacancyOpened', payload: { vacancyId: id, employerId: employer.organisationId } },
    ]);

    const closed = await vacancies.close(employer, id);
    expect(closed.status).toBe(VacancyStatus.CLOSED);
    expect(await reason(vacancies.open(employer, id))).toBe(VacancyErrorReason.ILLEGAL_TRANSITION);
    expect(await reason(vacancies.close(employer, id))).toBe(VacancyErrorReason.ILLEGAL_TRANSITION);
    expect(await reason(vacancies.update(employer, id, { title: 'Changed' }))).toBe(
      VacancyErrorReason.ILLEGAL_TRANSITION,
    );
  });

  it('lets only a verified employer open a vacancy, and not once its closing date has passed', async () => {
    const { id } = await draft({}, unverified);
    expect(await reason(vacancies.open(unverified, id))).toBe(VacancyErrorReason.ORGANISATION_NOT_VERIFIED);
    const late = await draft({ closesOn: addDays(londonToday(), -1) });
    await expect(vacancies.open(employer, late.id)).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      fieldErrors: [{ path: 'closesOn' }],
    });
    // Closing today is still open today.
    const today = await draft({ closesOn: londonToday() });
    expect((await vacancies.open(employer, today.id)).status).toBe(VacancyStatus.OPEN);
    // An OPEN vacancy past its closing date shows as CLOSED: it cannot be changed or closed again.
    await module.dataSource.query(`UPDATE vacancies SET closes_on = $2 WHERE id = $1`, [
      today.id,
      addDays(londonToday(), -1),
    ]);
    expect(await reason(vacancies.close(employer, today.id))).toBe(VacancyErrorReason.ILLEGAL_TRANSITION);
  });

  it("acts only on the employer's own vacancies: another's, or a malformed id, is NOT_FOUND", async () => {
    const { id } = await draft();
    for (const attempt of [
      vacancies.open(otherEmployer, id),
      vacancies.close(otherEmployer, id),
      vacancies.update(otherEmployer, id, { title: 'Mine now' }),
      vacancies.update(broker, id, { title: 'A broker edits nothing' }),
      vacancies.open(employer, 'not-a-uuid'),
    ]) {
      expect(await reason(attempt)).toBe(VacancyErrorReason.VACANCY_NOT_FOUND);
    }
    expect((await vacancies.findByIds([id]))[0].title).toBe('Junior Data Analyst');
  });

  it('refuses an update that would pay less than its minimum, or leave no position unfilled', async () => {
    const id = await opened({ positions: 3 });
    await module.dataSource.transaction((manager) => fillPosition(manager, id));
    await module.dataSource.transaction((manager) => fillPosition(manager, id));
    await expect(vacancies.update(employer, id, { salaryMaxPence: 2_500_000, positions: 1 })).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      fieldErrors: [{ path: 'input.salaryMaxPence' }, { path: 'input.positions' }],
    });
    // As many positions as filled would leave an OPEN vacancy taking applications no hire could answer.
    await expect(vacancies.update(employer, id, { positions: 2 })).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      fieldErrors: [{ path: 'input.positions', message: expect.stringContaining('close the vacancy') }],
    });
    const updated = await vacancies.update(employer, id, { positions: 4, hoursPerWeek: 16.5 });
    expect(updated).toMatchObject({ positions: 4, positionsFilled: 2, hoursPerWeek: 16.5 });
    expect((await vacancies.findByIds([id]))[0].salaryMaxPence).toBe(3_000_000);
  });

  it('finds a vacancy by the words of its title and description as they are now, after an update', async () => {
    const [first, second, third] = [word(), word(), word()];
    const id = await opened({ title: `Data ${first}`, description: `A role with ${second} in it.` });
    expect(await publicIds({ search: first })).toEqual([id]);
    expect(await publicIds({ search: second })).toEqual([id]);
    await vacancies.update(employer, id, { title: 'Data analyst', description: `Now about ${third}.` });
    expect(await publicIds({ search: first })).toEqual([]);
    expect(await publicIds({ search: second })).toEqual([]);
    expect(await publicIds({ search: third })).toEqual([id]);
    // Writing other columns leaves the words alone.
    await vacancies.update(employer, id, { positions: 5 });
    expect(await publicIds({ search: third })).toEqual([id]);
  });

  it('shows a draft only to its employer and staff, and nothing of an unverified employer to the public', async () => {
    const { id: draftId } = await draft();
    const openId = await opened();
    const unverifiedDraft = await draft({}, unverified);
    await module.dataSource.query(`UPDATE vacancies SET status = 'OPEN' WHERE id = $1`, [unverifiedDraft.id]);
    const resident = { role: Role.RESIDENT, organisationId: null };

    expect(await vacancies.findVisible(employer, draftId)).not.toBeNull();
    expect(await vacancies.findVisible(broker, draftId)).not.toBeNull();
    expect(await vacancies.findVisible(otherEmployer, draftId)).toBeNull();
    expect(await vacancies.findVisible(undefined, draftId)).toBeNull();
    expect((await vacancies.findVisible(resident, openId))?.id).toBe(openId);
    expect(await vacancies.findVisible(resident, unverifiedDraft.id)).toBeNull();
    expect(await vacancies.findVisible(unverified, unverifiedDraft.id)).not.toBeNull();
    expect(await vacancies.findVisible(resident, 'not-a-uuid')).toBeNull();

    const listed = await publicIds({});
    expect(listed).toContain(openId);
    expect(listed).not.toContain(draftId);
    expect(listed).not.toContain(unverifiedDraft.id);
  });

  it("lists publicly only what a resident could apply for, matching matching's rule of a matchable vacancy", async () => {
    const title = word();
    const open = await opened({ title });
    const closingToday = await opened({ title, closesOn: londonToday() });
    const closed = await opened({ title });
    await vacancies.close(employer, closed);
    const pastClosing = await opened({ title });
    await module.dataSource.query(`UPDATE vacancies SET closes_on = $2 WHERE id = $1`, [
      pastClosing,
      addDays(londonToday(), -1),
    ]);
    const filled = await opened({ title });
    await module.dataSource.transaction((manager) => fillPosition(manager, filled));

    const listed = await publicIds({ search: title });
    expect(listed.sort()).toEqual([open, closingToday].sort());
    const matchable: { id: string }[] = await module.dataSource.query(
      `SELECT v.id FROM vacancies v WHERE v.title = $1 AND ${matchableVacancy('$2')}`,
      [title, londonToday()],
    );
    expect(matchable.map((row) => row.id).sort()).toEqual(listed.sort());
  });

  it('filters by the Real Living Wage in force today, to the penny, with hours in tenths', async () => {
    const title = word();
    const rate = (await module.app.get(RealLivingWageService).hourlyPenceOn(londonToday()))!;
    // 22.5 hours: the annual living wage is rate × 22.5 × 52, a whole number of pence for any rate in pence.
    const living = rate * 22.5 * 52;
    const pays = await opened({ title, hoursPerWeek: 22.5, salaryMinPence: living, salaryMaxPence: living });
    const short = await opened({ title, hoursPerWeek: 22.5, salaryMinPence: living - 1, salaryMaxPence: living });
    // A tenth of an hour more on the same pay falls below it.
    const longer = await opened({ title, hoursPerWeek: 22.6, salaryMinPence: living, salaryMaxPence: living });

    expect((await publicIds({ search: title, realLivingWageOnly: true })).sort()).toEqual([pays]);
    expect((await publicIds({ search: title })).sort()).toEqual([pays, short, longer].sort());
    expect((await publicIds({ search: title, maxHoursPerWeek: 22.5 })).sort()).toEqual([pays, short].sort());
    expect((await publicIds({ search: title, minSalaryPence: living })).sort()).toEqual([pays, longer].sort());
    expect((await vacancies.findByIds([longer]))[0].hoursPerWeek).toBe(22.6);
  });

  it('filters by skill, workplace and contract, and lists an employer its own vacancies of every status', async () => {
    const title = word();
    const remote = await opened({ title });
    const onSite = await opened({
      title,
      workplace: Workplace.ON_SITE,
      contract: ContractType.TEMPORARY,
      requirements: [{ skillId: sql, level: SkillLevel.WORKING, essential: true }],
    });
    expect(await publicIds({ search: title, skillIds: [python] })).toEqual([remote]);
    expect(await publicIds({ search: title, workplaces: [Workplace.ON_SITE] })).toEqual([onSite]);
    expect(await publicIds({ search: title, contracts: [ContractType.PERMANENT] })).toEqual([remote]);

    const other = await opened({ title }, otherEmployer);
    const own = (await vacancies.listOwn(otherEmployer, 100)).items.map(({ item }) => item.id);
    expect(own).toContain(other);
    expect(own).not.toContain(remote);
  });
});
