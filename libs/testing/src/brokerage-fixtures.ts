import { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CohortService, DeliveryMode, ProgrammeKind, ProgrammeService, Residency } from '@app/catalogue';
import { IdentityService, TokenService } from '@app/identity';
import { addDays, londonToday, SkillLevel } from '@app/reference';
import { TestApp } from './test-app';
import { ContractType, VacancyService, Workplace } from '@app/vacancies';
import { GOOD_PASSWORD, uniqueEmail } from './accounts';
import { TestActor } from './actors';

/** What the fixtures need: the services, from the API over HTTP (TestApp) or a service test module alike. */
export interface ServiceHost {
  app: INestApplicationContext;
}

/**
 * A published programme teaching `skillId` with one cohort: by default OPEN (starting in 20 days, applications open
 * for 10 more); `startDate` places it elsewhere, e.g. in the past for a provider's return.
 */
export async function openCohort(
  api: ServiceHost,
  provider: Pick<TestActor, 'organisationId'>,
  skillId: string,
  {
    capacity = 20,
    programme = {} as Record<string, unknown>,
    startDate = addDays(londonToday(), 20),
    lastedDays = 90,
  } = {},
): Promise<{ programmeId: string; cohortId: string; startDate: string }> {
  const programmes = api.app.get(ProgrammeService);
  const created = await programmes.create(provider, {
    kind: ProgrammeKind.BOOTCAMP,
    title: 'Data Skills Bootcamp',
    summary: 'Twelve weeks of data analysis.',
    skillsTaught: [{ skillId, level: SkillLevel.WORKING }],
    durationWeeks: 12,
    hoursPerWeek: 15,
    delivery: DeliveryMode.ONLINE,
    fullyFunded: true,
    eligibility: { residency: Residency.ANY },
    ...programme,
  });
  await programmes.publish(provider, created.id);
  const cohort = await api.app.get(CohortService).create(provider, {
    programmeId: created.id,
    startDate,
    endDate: addDays(startDate, lastedDays),
    applicationsCloseOn: addDays(startDate, -10),
    capacity,
  });
  return { programmeId: created.id, cohortId: cohort.id, startDate };
}

/** An OPEN vacancy of the employer. */
export async function openVacancy(
  api: ServiceHost,
  employer: Pick<TestActor, 'organisationId'>,
  skillId: string,
  overrides: Record<string, unknown> = {},
): Promise<string> {
  const vacancies = api.app.get(VacancyService);
  const created = await vacancies.create(employer, {
    title: 'Junior Data Analyst',
    description: 'Analyse data for a Manchester charity.',
    requirements: [{ skillId, level: SkillLevel.WORKING, essential: true }],
    salaryMinPence: 2_600_000,
    salaryMaxPence: 3_000_000,
    hoursPerWeek: 37.5,
    contract: ContractType.PERMANENT,
    workplace: Workplace.REMOTE,
    wardCode: null,
    positions: 1,
    closesOn: addDays(londonToday(), 30),
    ...overrides,
  });
  await vacancies.open(employer, created.id);
  return created.id;
}

/** A registered resident with a token. */
export async function newResident(api: TestApp, displayName = 'Amina Khan'): Promise<TestActor & { email: string }> {
  const email = uniqueEmail('resident');
  const { user } = await api.app.get(IdentityService).registerResident({ email, password: GOOD_PASSWORD, displayName });
  return { userId: user.id, organisationId: null, email, token: api.app.get(TokenService).issue(user.id).accessToken };
}

/**
 * Many residents at once, written straight to the database (hashing hundreds of passwords would take the test's
 * time, and registration is tested elsewhere); each gets a real token.
 */
export async function manyResidents(api: TestApp, count: number): Promise<TestActor[]> {
  const rows: { id: string }[] = await api.app.get(DataSource).query(
    `INSERT INTO users (email, display_name, role, password_hash)
     SELECT 'crowd.' || i || '.' || $2 || '@example.org', 'Crowd ' || i, 'RESIDENT', 'not-a-real-hash'
     FROM generate_series(1, $1::int) i RETURNING id`,
    [count, Date.now()],
  );
  const tokens = api.app.get(TokenService);
  return rows.map(({ id }) => ({ userId: id, organisationId: null, token: tokens.issue(id).accessToken }));
}

export const ENROLMENT_FIELDS = `id status learnerRef learner { displayName email } history { status byRole }
  qualificationsAchieved outcomes { type startDate salaryPence withinSixMonths } cohort { id placesTaken status }`;
export const APPLICATION_FIELDS = `id status guaranteedInterview coverNote candidate { candidateRef displayName email }
  history { status byRole } vacancy { id status }`;
