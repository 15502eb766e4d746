import { IdentityService, OrganisationKind, Role } from '@app/identity';
import { TestApp } from '@app/testing';
import { Page } from 'playwright-core';
import { clickToNewPage, WebTestApp } from './web-test-app';
import { GOOD_PASSWORD, skillIds, uniqueEmail } from '@app/testing';

/** Someone who can sign in on the web pages: their email (the password is GOOD_PASSWORD) and API token. */
export interface WebUser {
  email: string;
  userId: string;
  organisationId: string | null;
  token: string;
}

/** One person of each role, with emails to sign in with, made through the API's own services. */
export async function webUsers(api: TestApp) {
  const identity = api.app.get(IdentityService);
  const login = async (email: string, userId: string, organisationId: string | null): Promise<WebUser> => {
    const answer = await api.gql<{ login: { accessToken: string } }>(
      `mutation ($input: LoginInput!) { login(input: $input) { accessToken } }`,
      { input: { email, password: GOOD_PASSWORD } },
    );
    return { email, userId, organisationId, token: answer.data!.login.accessToken };
  };
  const organisation = async (kind: OrganisationKind, name: string) => {
    const email = uniqueEmail(kind.toLowerCase());
    const { user } = await identity.registerOrganisation({
      email,
      password: GOOD_PASSWORD,
      displayName: `${name} staff`,
      organisationName: name,
      kind,
    });
    await identity.verifyOrganisation(user.organisationId!);
    return login(email, user.id, user.organisationId);
  };
  const staff = async (role: Role, displayName: string) => {
    const email = uniqueEmail(role.toLowerCase());
    const user = await identity.createStaffUser({ email, password: GOOD_PASSWORD, displayName, role });
    return login(email, user.id, null);
  };
  const resident = async (displayName: string) => {
    const email = uniqueEmail('resident');
    const { user } = await identity.registerResident({ email, password: GOOD_PASSWORD, displayName });
    return login(email, user.id, null);
  };
  return {
    provider: await organisation(OrganisationKind.PROVIDER, 'TechEquity Training'),
    employer: await organisation(OrganisationKind.EMPLOYER, 'Ancoats Digital'),
    broker: await staff(Role.BROKER, 'Bea Broker'),
    analyst: await staff(Role.ANALYST, 'Ana Analyst'),
    admin: await staff(Role.ADMIN, 'Ada Admin'),
    resident: await resident('Rosa Resident'),
  };
}
export type WebUsers = Awaited<ReturnType<typeof webUsers>>;

/** Calls the API and fails the test, naming the error, when it refuses. */
export async function call<T>(api: TestApp, query: string, variables: Record<string, unknown>, token: string) {
  const answer = await api.gql<T>(query, variables, token);
  if (answer.errors?.length) throw new Error(`API refused: ${JSON.stringify(answer.errors)}`);
  return answer.data!;
}

// The TechEquity bootcamp of METRICS.md's worked example: 300 enquiries for 36 places; 150 applicants, 99 (66%)
// from ethnic minorities; 36 enrolled, 27 (75%) from ethnic minorities; 20 of the 36 into work or further learning
// within six months. One learner is the only Arab learner, so that cell is small enough to be hidden.
export const TECHEQUITY = { enquiries: 300, places: 36, applicants: 150, completers: 30, positive: 20 };
const MINORITY_APPLICANTS = 99;
const MINORITY_ENROLLED = 27;

function ethnicityOf(i: number): string {
  if (i === 0) return 'ARAB';
  if (i < TECHEQUITY.places) return i < MINORITY_ENROLLED ? 'ASIAN_PAKISTANI' : 'WHITE_BRITISH';
  if (i < TECHEQUITY.applicants)
    return i - TECHEQUITY.places < MINORITY_APPLICANTS - MINORITY_ENROLLED ? 'BLACK_AFRICAN' : 'WHITE_BRITISH';
  return i % 2 ? 'MIXED_OTHER' : 'WHITE_BRITISH';
}

/**
 * The TechEquity cohort as its provider would record it through the API: a published bootcamp, a finished cohort of
 * 36 places and a learner-level return of all 300 people who enquired (the provider journey builds the same through
 * pages; here it is the means to a dashboard with real figures).
 */
export async function techEquityCohort(api: TestApp, provider: WebUser): Promise<{ cohortId: string }> {
  const [skill] = await skillIds(api, 'SQL');
  const { createProgramme } = await call<{ createProgramme: { id: string } }>(
    api,
    `mutation ($input: CreateProgrammeInput!) { createProgramme(input: $input) { id } }`,
    {
      input: {
        kind: 'BOOTCAMP',
        title: 'TechEquity Software Development Bootcamp',
        summary: 'Sixteen weeks of software development for under-represented Mancunians.',
        skillsTaught: [{ skillId: skill, level: 'WORKING' }],
        durationWeeks: 16,
        hoursPerWeek: 20,
        delivery: 'IN_PERSON',
        wardCode: 'E05011361',
        fullyFunded: true,
        eligibility: { residency: 'ANY' },
      },
    },
    provider.token,
  );
  await call(
    api,
    `mutation ($id: ID!) { publishProgramme(id: $id) { id } }`,
    { id: createProgramme.id },
    provider.token,
  );
  const { createCohort } = await call<{ createCohort: { id: string } }>(
    api,
    `mutation ($input: CreateCohortInput!) { createCohort(input: $input) { id } }`,
    {
      input: {
        programmeId: createProgramme.id,
        startDate: '2025-09-01',
        endDate: '2025-12-19',
        applicationsCloseOn: '2025-08-15',
        capacity: TECHEQUITY.places,
      },
    },
    provider.token,
  );
  const rows = Array.from({ length: TECHEQUITY.enquiries }, (_, i) => {
    const stage =
      i < TECHEQUITY.completers
        ? 'COMPLETED'
        : i < TECHEQUITY.places
          ? 'ENROLLED'
          : i < TECHEQUITY.applicants
            ? 'APPLIED'
            : 'ENQUIRED';
    return {
      learnerRef: `TE-${String(i).padStart(3, '0')}`,
      furthestStage: stage,
      withdrawn: stage === 'ENROLLED',
      enquiredOn: '2025-07-01',
      ethnicity: ethnicityOf(i),
      gender: i % 3 ? 'WOMAN' : 'MAN',
      ...(stage === 'COMPLETED' ? { completionDate: '2025-12-19' } : {}),
      ...(i < TECHEQUITY.positive
        ? {
            outcomeType: i % 4 ? 'NEW_JOB' : 'FURTHER_LEARNING',
            outcomeStartDate: '2026-02-02',
            salaryPence: 2_600_000,
            hoursPerWeek: 37.5,
          }
        : {}),
    };
  });
  const { reportCohortLearners } = await call<{ reportCohortLearners: { accepted: number } }>(
    api,
    `mutation ($c: ID!, $rows: [CohortLearnerRowInput!]!) { reportCohortLearners(cohortId: $c, rows: $rows) { accepted } }`,
    { c: createCohort.id, rows },
    provider.token,
  );
  if (reportCohortLearners.accepted !== TECHEQUITY.enquiries) throw new Error('the TechEquity return was refused');
  return { cohortId: createCohort.id };
}

/** Asks for a scope's figures to be worked out and waits until that run has finished. */
export async function computeFigures(api: TestApp, scope: Record<string, unknown>, token: string): Promise<void> {
  const { requestMetrics } = await call<{ requestMetrics: { id: string } }>(
    api,
    `mutation ($scope: MetricsScopeInput!) { requestMetrics(scope: $scope) { id } }`,
    { scope },
    token,
  );
  await runFinished(api, requestMetrics.id, token);
}

/** Waits (polling the API, at most a minute) until a run is COMPLETED; fails when it FAILED. */
export async function runFinished(api: TestApp, runId: string, token: string): Promise<void> {
  for (let attempt = 0; attempt < 600; attempt += 1) {
    const { metricsRun } = await call<{ metricsRun: { state: string; error: string | null } }>(
      api,
      `query ($id: ID!) { metricsRun(id: $id) { state error } }`,
      { id: runId },
      token,
    );
    if (metricsRun.state === 'COMPLETED') return;
    if (metricsRun.state === 'FAILED') throw new Error(`run ${runId} failed: ${metricsRun.error}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`run ${runId} did not finish within a minute`);
}

/** Signs in on the sign-in page and returns where the service sent them. */
export async function signIn(page: Page, app: WebTestApp, user: WebUser): Promise<string> {
  await page.goto(`${app.baseUrl}/sign-in`);
  await page.getByLabel('Email address').fill(user.email);
  await page.getByLabel('Password', { exact: true }).fill(GOOD_PASSWORD);
  await clickToNewPage(page, page.getByRole('button', { name: 'Sign in' }));
  return new URL(page.url()).pathname;
}
