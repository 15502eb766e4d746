import { CatalogueModule } from '@app/catalogue';
import { IdentityService, OrganisationKind, Requester, Role } from '@app/identity';
import { Ethnicity, Gender, ResidentService, ResidentsModule } from '@app/residents';
import {
  GOOD_PASSWORD,
  openCohort,
  openVacancy,
  serviceActors,
  ServiceTestModule,
  skillIdsByName,
  startServiceTestModule,
} from '@app/testing';
import { VacanciesModule } from '@app/vacancies';
import { ApplicationService } from './application.service';
import { BrokerageModule } from './brokerage.module';
import { ApplicationStatus, EnrolmentStatus } from './brokerage.enums';
import { DataRightsService } from './data-rights.service';
import { EnrolmentService } from './enrolment.service';
import { ACCOUNT_DELETED_REASON } from './erased-records';

/**
 * DataRightsService against real PostgreSQL (the medium test tier): the export holds everything about the person,
 * equality answers included; erasure (after the password) removes the person, ends their live records, frees their
 * places and keeps the records anonymous.
 */
describe('DataRightsService (integration)', () => {
  let module: ServiceTestModule;
  let rights: DataRightsService;
  let enrolments: EnrolmentService;
  let applications: ApplicationService;
  let provider: Requester;
  let employer: Requester;
  let actors: ReturnType<typeof serviceActors>;
  let skillId: string;

  beforeAll(async () => {
    module = await startServiceTestModule([BrokerageModule, CatalogueModule, VacanciesModule, ResidentsModule]);
    rights = module.app.get(DataRightsService);
    enrolments = module.app.get(EnrolmentService);
    applications = module.app.get(ApplicationService);
    actors = serviceActors(module);
    provider = await actors.member(OrganisationKind.PROVIDER);
    employer = await actors.member(OrganisationKind.EMPLOYER);
    [skillId] = await skillIdsByName(module.dataSource, 'Python (computer programming)');
  });
  afterAll(() => module?.close());

  /** A resident with equality answers, an ENROLLED place, and a live application with their own words in it. */
  const activeResident = async () => {
    const resident = await actors.resident('Erin Erased');
    const email = (await module.app.get(IdentityService).findUserById(resident.userId))!.email;
    await module.app.get(ResidentService).setEqualityMonitoring(resident.userId, {
      ethnicity: Ethnicity.WHITE_IRISH,
      gender: Gender.WOMAN,
    });
    const { cohortId } = await openCohort(module, provider, skillId);
    const enrolment = await enrolments.apply(resident, cohortId);
    await enrolments.offer(provider, enrolment.id);
    await enrolments.accept(resident, enrolment.id);
    const vacancyId = await openVacancy(module, employer, skillId);
    const application = await applications.apply(resident, vacancyId, 'My own words', {
      adjustments: 'Step-free access',
    });
    return { resident, email, cohortId, enrolmentId: enrolment.id, vacancyId, applicationId: application.id };
  };
  const placesTaken = async (cohortId: string): Promise<number> =>
    (await module.dataSource.query(`SELECT places_taken FROM cohorts WHERE id = $1`, [cohortId]))[0].places_taken;

  it('exports everything held about the person, their equality answers and snapshots included', async () => {
    const { resident, email, enrolmentId, applicationId } = await activeResident();
    const exported = JSON.parse(await rights.exportFor(resident.userId));
    expect(exported.account).toMatchObject({ id: resident.userId, email, role: Role.RESIDENT });
    expect(exported.equalityMonitoring).toMatchObject({ ethnicity: 'WHITE_IRISH', gender: 'WOMAN' });
    expect(exported.enrolments.map((e: { id: string; status: string }) => [e.id, e.status])).toEqual([
      [enrolmentId, 'ENROLLED'],
    ]);
    expect(exported.enrolments[0].demographicSnapshot).toMatchObject({ ethnicity: 'WHITE_IRISH', gender: 'WOMAN' });
    expect(exported.applications[0]).toMatchObject({
      id: applicationId,
      coverNote: 'My own words',
      adjustments: 'Step-free access',
    });
    expect(exported.auditTrail.length).toBeGreaterThan(0);
  });

  it('erases nothing without the right password', async () => {
    const { resident } = await activeResident();
    await expect(rights.deleteAccount(resident.userId, Role.RESIDENT, 'not the password')).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      fieldErrors: [{ path: 'password' }],
    });
    expect(await module.app.get(IdentityService).findUserById(resident.userId)).not.toBeNull();
  });

  it('erases the person, ends their live records, frees their place and keeps the records anonymous', async () => {
    const { resident, email, cohortId, enrolmentId, vacancyId, applicationId } = await activeResident();
    expect(await placesTaken(cohortId)).toBe(1);
    await rights.deleteAccount(resident.userId, Role.RESIDENT, GOOD_PASSWORD);

    expect(await module.app.get(IdentityService).findUserById(resident.userId)).toBeNull();
    expect(await module.app.get(ResidentService).equalityMonitoringOf(resident.userId)).toBeNull();
    const [enrolment] = await enrolments.findByIds([enrolmentId]);
    expect(enrolment).toMatchObject({ status: EnrolmentStatus.WITHDRAWN, residentId: null });
    expect((await enrolments.historyFor([enrolmentId])).at(-1)?.reason).toBe(ACCOUNT_DELETED_REASON);
    expect(await placesTaken(cohortId)).toBe(0);
    const [application] = await applications.findByIds([applicationId]);
    expect(application).toMatchObject({
      status: ApplicationStatus.WITHDRAWN,
      residentId: null,
      coverNote: null,
      adjustments: null,
    });
    const snapshots = await module.dataSource.query(
      `SELECT snapshot_ethnicity AS ethnicity, snapshot_gender AS gender FROM enrolments WHERE id = $1
       UNION ALL
       SELECT snapshot_ethnicity, snapshot_gender FROM applications WHERE id = $2`,
      [enrolmentId, applicationId],
    );
    expect(snapshots).toEqual([
      { ethnicity: null, gender: null },
      { ethnicity: null, gender: null },
    ]);
    // Metrics hear of both ends; the events name nobody.
    const events = await module.dataSource.query(
      `SELECT type, payload->>'residentId' AS "residentId" FROM domain_events
       WHERE type IN ('EnrolmentChanged', 'ApplicationChanged') AND (payload->>'cohortId' = $1 OR payload->>'vacancyId' = $2)
         AND payload->>'enrolmentId' IS NULL AND payload->>'applicationId' IS NULL`,
      [cohortId, vacancyId],
    );
    expect(events.map((e: { type: string }) => e.type).sort()).toEqual(['ApplicationChanged', 'EnrolmentChanged']);
    expect(events.every((e: { residentId: string | null }) => e.residentId === null)).toBe(true);

    // The email may register again.
    const again = await module.app.get(IdentityService).registerResident({
      email,
      password: GOOD_PASSWORD,
      displayName: 'Back again',
    });
    expect(again.user.id).not.toBe(resident.userId);
  });
});
