import { DataSource } from 'typeorm';
import {
  Actors,
  createActors,
  createEmbeddedTestDatabase,
  manyResidents,
  openCohort,
  openVacancy,
  skillIds,
  TestActor,
  TestApp,
} from '@app/testing';
import { startApi } from '../../platform/test/test-platform';

const CROWD = 300;
const PLACES = 36;

/** Where the tests run: the run's server, and an embedded server too when the run's is a real one (DATABASE_URL). */
const servers: [string, () => Promise<TestApp>][] = [
  [
    process.env.DATABASE_URL ? 'real PostgreSQL (DATABASE_URL)' : 'embedded PostgreSQL (no DATABASE_URL)',
    () => startApi(),
  ],
];
if (process.env.DATABASE_URL) {
  servers.push(['embedded PostgreSQL', async () => startApi({ database: await createEmbeddedTestDatabase() })]);
} else {
  console.warn(
    'capacity-concurrency: DATABASE_URL is not set, so these tests run on embedded PostgreSQL only; CI sets it and runs both',
  );
}

/** Creates OFFERED records for every resident in one statement each (the workflow up to OFFERED is tested elsewhere). */
async function offeredEnrolments(api: TestApp, residents: TestActor[], cohortId: string, providerId: string) {
  const rows: { id: string; resident_id: string }[] = await api.app.get(DataSource).query(
    `INSERT INTO enrolments (cohort_id, provider_id, resident_id, status)
     SELECT $2, $3, u, 'OFFERED' FROM unnest($1::uuid[]) u RETURNING id, resident_id`,
    [residents.map((r) => r.userId), cohortId, providerId],
  );
  return new Map(rows.map((row) => [row.resident_id, row.id]));
}

async function offeredApplications(api: TestApp, residents: TestActor[], vacancyId: string): Promise<string[]> {
  const rows: { id: string }[] = await api.app.get(DataSource).query(
    `INSERT INTO applications (vacancy_id, resident_id, status, guaranteed_interview)
     SELECT $2, u, 'OFFERED', false FROM unnest($1::uuid[]) u RETURNING id`,
    [residents.map((r) => r.userId), vacancyId],
  );
  return rows.map((row) => row.id);
}

/** Tallies the answers: the status reached, or the error's code and reason. */
function tally(
  responses: {
    data?: Record<string, { status: string } | null> | null;
    errors?: { extensions?: Record<string, unknown> }[];
  }[],
) {
  const counts: Record<string, number> = {};
  for (const res of responses) {
    const outcome = res.errors?.length
      ? res.errors.map((e) => `${String(e.extensions?.code)} ${String(e.extensions?.reason)}`).join(', ')
      : (Object.values(res.data ?? {})[0]?.status ?? 'no answer');
    counts[outcome] = (counts[outcome] ?? 0) + 1;
  }
  return counts;
}

describe.each(servers)('capacity holds under concurrency on %s (e2e)', (_server, start) => {
  let api: TestApp;
  let actors: Actors;
  let skill: string;

  beforeAll(async () => {
    api = await start();
    actors = await createActors(api);
    [skill] = await skillIds(api, 'SQL');
  }, 120_000);
  afterAll(() => api?.close());

  it(`${CROWD} residents holding offers accept at once: exactly ${PLACES} are ENROLLED`, async () => {
    const { cohortId } = await openCohort(api, actors.provider, skill, { capacity: PLACES });
    const crowd = await manyResidents(api, CROWD);
    const enrolmentOf = await offeredEnrolments(api, crowd, cohortId, actors.provider.organisationId!);

    const responses = await Promise.all(
      crowd.map((resident) =>
        api.gql<Record<string, { status: string }>>(
          `mutation ($id: ID!) { acceptPlace(enrolmentId: $id) { status } }`,
          { id: enrolmentOf.get(resident.userId) },
          resident.token,
        ),
      ),
    );

    expect(tally(responses)).toEqual({ ENROLLED: PLACES, 'CONFLICT COHORT_FULL': CROWD - PLACES });
    const [row] = await api.app.get(DataSource).query(
      `SELECT c.places_taken, (SELECT count(*)::int FROM enrolments e WHERE e.cohort_id = c.id AND e.status = 'ENROLLED') AS enrolled,
              (SELECT count(*)::int FROM enrolments e WHERE e.cohort_id = c.id AND e.status = 'OFFERED') AS still_offered
       FROM cohorts c WHERE c.id = $1`,
      [cohortId],
    );
    expect(row).toEqual({ places_taken: PLACES, enrolled: PLACES, still_offered: CROWD - PLACES });
    const status = await api.gql<{ cohort: { status: string; placesRemaining: number } }>(
      `query ($id: ID!) { cohort(id: $id) { status placesRemaining } }`,
      { id: cohortId },
    );
    expect(status.data!.cohort).toEqual({ status: 'FULL', placesRemaining: 0 });
  }, 120_000);

  it(`${CROWD} offered applicants are hired at once: exactly ${PLACES} positions are filled`, async () => {
    const vacancyId = await openVacancy(api, actors.employer, skill, { positions: PLACES });
    const crowd = await manyResidents(api, CROWD);
    const applicationIds = await offeredApplications(api, crowd, vacancyId);

    const responses = await Promise.all(
      applicationIds.map((id) =>
        api.gql<Record<string, { status: string }>>(
          `mutation ($id: ID!) { advanceApplication(applicationId: $id, to: HIRED) { status } }`,
          { id },
          actors.employer.token,
        ),
      ),
    );

    expect(tally(responses)).toEqual({ HIRED: PLACES, 'CONFLICT VACANCY_FILLED': CROWD - PLACES });
    const [row] = await api.app.get(DataSource).query(
      `SELECT v.positions_filled, v.status, (SELECT count(*)::int FROM applications a WHERE a.vacancy_id = v.id AND a.status = 'HIRED') AS hired,
              (SELECT count(*)::int FROM applications a WHERE a.vacancy_id = v.id AND a.status = 'UNSUCCESSFUL') AS closed
       FROM vacancies v WHERE v.id = $1`,
      [vacancyId],
    );
    // The hire that filled the vacancy closed every other application (docs/brokerage.md).
    expect(row).toEqual({ positions_filled: PLACES, status: 'FILLED', hired: PLACES, closed: CROWD - PLACES });
  }, 120_000);
});
