import { parse } from 'csv-parse/sync';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { addDays, londonToday } from '@app/reference';
import { createActors, TestApp } from '@app/testing';
import { startApi } from '../../platform/test/test-platform';

const today = londonToday();
const daysAgo = (days: number) => addDays(today, -days);
const HEADER = 'time_period,scope_kind,scope_id,scope_name,measure,dimension,category,value';
const CLOUD = 'Cloud Skills Bootcamp, Level 3';
const TINY = 'Tiny Course';

type Stage = 'ENQUIRED' | 'APPLIED' | 'OFFERED' | 'ENROLLED' | 'COMPLETED';
const FUNNEL: Stage[] = ['ENQUIRED', 'APPLIED', 'OFFERED', 'ENROLLED', 'COMPLETED'];

interface Learner {
  furthest: Stage;
  ethnicity: string;
  gender: string;
  disability: string;
  outcome?: { type: string; daysAfterCompletion: number; salaryPence: number | null };
}

/**
 * The Cloud programme's 37 enrolment records. Learner 0 is the only ARAB learner anywhere, and disabled: no cell may
 * show that. Counts: ENQUIRED 37, APPLIED 30, OFFERED 25, ENROLLED 23, COMPLETED 12, positive outcomes 11 (10 of them
 * jobs with a salary well above the Real Living Wage, one further learning).
 */
function cloudLearners(): Learner[] {
  return Array.from({ length: 37 }, (_, i) => ({
    furthest: i < 12 ? 'COMPLETED' : i < 23 ? 'ENROLLED' : i < 25 ? 'OFFERED' : i < 30 ? 'APPLIED' : 'ENQUIRED',
    ethnicity: i === 0 ? 'ARAB' : i <= 13 ? 'ASIAN_PAKISTANI' : 'WHITE_BRITISH',
    gender: i % 2 === 0 ? 'WOMAN' : 'MAN',
    disability: i < 3 ? 'YES' : 'NO',
    outcome:
      i < 11
        ? {
            type: i === 10 ? 'FURTHER_LEARNING' : 'NEW_JOB',
            daysAfterCompletion: 10 + 5 * i,
            salaryPence: i === 10 ? null : 3_000_000 + 10_000 * i,
          }
        : undefined,
  }));
}

/** Enrolment records with their snapshots, status history and outcomes, written straight to the tables. */
async function insertLearners(
  dataSource: DataSource,
  cohortId: string,
  providerId: string,
  learners: Learner[],
  createdAt: string,
) {
  for (const learner of learners) {
    const reached = FUNNEL.slice(0, FUNNEL.indexOf(learner.furthest) + 1);
    const completionDate = learner.furthest === 'COMPLETED' ? daysAgo(100) : null;
    const [{ id }] = await dataSource.query(
      `INSERT INTO enrolments (snapshot_ethnicity, snapshot_gender, snapshot_disability, cohort_id, provider_id, status,
                               completion_date, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
      [
        learner.ethnicity,
        learner.gender,
        learner.disability,
        cohortId,
        providerId,
        learner.furthest === 'COMPLETED' || learner.furthest === 'ENROLLED' ? learner.furthest : 'WITHDRAWN',
        completionDate,
        createdAt,
      ],
    );
    await dataSource.query(
      `INSERT INTO enrolment_status_changes (enrolment_id, status, by_role) SELECT $1, unnest($2::text[]), 'PROVIDER'`,
      [id, reached],
    );
    if (learner.outcome && completionDate) {
      await dataSource.query(
        `INSERT INTO outcomes (enrolment_id, type, start_date, salary_pence, hours_per_week) VALUES ($1, $2, $3, $4, $5)`,
        [
          id,
          learner.outcome.type,
          addDays(completionDate, learner.outcome.daysAfterCompletion),
          learner.outcome.salaryPence,
          learner.outcome.salaryPence === null ? null : 37.5,
        ],
      );
    }
  }
}

describe('open data: stored releases (e2e)', () => {
  let api: TestApp;
  let cloudId: string;
  let tinyId: string;
  let draftId: string;
  let unverifiedId: string;
  let beforeAnyRelease: request.Response;
  let response: request.Response;
  let rows: Record<string, string>[];

  beforeAll(async () => {
    api = await startApi();
    const actors = await createActors(api);
    const dataSource = api.app.get(DataSource);
    const providerId = actors.provider.organisationId!;
    const programme = async (title: string, owner = providerId, published = true): Promise<string> =>
      (
        await dataSource.query(
          `INSERT INTO programmes (provider_id, kind, title, summary, duration_weeks, hours_per_week, delivery,
                                   fully_funded, published)
           VALUES ($1, 'BOOTCAMP', $2, 'Seeded for the open data test.', 12, 15, 'ONLINE', true, $3) RETURNING id`,
          [owner, title, published],
        )
      )[0].id;
    const cohort = async (programmeId: string, capacity: number, cancelled: boolean): Promise<string> =>
      (
        await dataSource.query(
          `INSERT INTO cohorts (programme_id, start_date, end_date, applications_close_on, capacity, cancelled_at)
           VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
          [programmeId, daysAgo(200), daysAgo(110), daysAgo(207), capacity, cancelled ? new Date() : null],
        )
      )[0].id;
    beforeAnyRelease = await request(api.app.getHttpServer()).get('/open-data/outcomes.csv');
    cloudId = await programme(CLOUD);
    tinyId = await programme(TINY);
    // A programme with no records is not published in the file.
    await programme('Nobody Yet');
    await insertLearners(
      dataSource,
      await cohort(cloudId, 25, false),
      providerId,
      cloudLearners(),
      '2025-06-01T09:00:00Z',
    );
    // Tiny: three completers and no places (its only cohort was cancelled).
    const tiny: Learner[] = [0, 1, 2].map(() => ({
      furthest: 'COMPLETED',
      ethnicity: 'WHITE_BRITISH',
      gender: 'WOMAN',
      disability: 'NO',
    }));
    await insertLearners(dataSource, await cohort(tinyId, 10, true), providerId, tiny, '2025-07-01T09:00:00Z');

    // A verified provider's draft with records, and a self-registered (unverified) provider's invented learners:
    // neither may appear in the file, by name or in CITY's figures.
    draftId = await programme('Draft Course');
    await dataSource.query(`UPDATE programmes SET published = false WHERE id = $1`, [draftId]);
    await insertLearners(dataSource, await cohort(draftId, 10, false), providerId, tiny, '2025-07-01T09:00:00Z');
    const unverifiedProvider = actors.unverifiedProvider.organisationId!;
    unverifiedId = await programme('Invented Bootcamp', unverifiedProvider);
    const invented: Learner[] = Array.from({ length: 40 }, () => ({
      furthest: 'COMPLETED',
      ethnicity: 'WHITE_BRITISH',
      gender: 'MAN',
      disability: 'NO',
      outcome: { type: 'NEW_JOB', daysAfterCompletion: 5, salaryPence: 9_900_000 },
    }));
    await insertLearners(
      dataSource,
      await cohort(unverifiedId, 40, false),
      unverifiedProvider,
      invented,
      '2025-05-01T09:00:00Z',
    );

    // The vacancy side, for CITY: 12 applications, 4 of them hired.
    const [{ id: vacancyId }] = await dataSource.query(
      `INSERT INTO vacancies (employer_id, title, description, salary_min_pence, salary_max_pence, hours_per_week,
                              contract, workplace, closes_on, status)
       VALUES ($1, 'Junior developer', 'Seeded.', 2800000, 3200000, 37.5, 'PERMANENT', 'HYBRID', $2, 'OPEN') RETURNING id`,
      [actors.employer.organisationId, addDays(today, 30)],
    );
    for (let i = 0; i < 12; i += 1) {
      const hired = i < 4;
      const [{ id }] = await dataSource.query(
        `INSERT INTO applications (vacancy_id, status, guaranteed_interview, snapshot_gender, created_at)
         VALUES ($1, $2, false, 'MAN', '2025-08-01T09:00:00Z') RETURNING id`,
        [vacancyId, hired ? 'HIRED' : 'APPLIED'],
      );
      await dataSource.query(
        `INSERT INTO application_status_changes (application_id, status, by_role) SELECT $1, unnest($2::text[]), 'EMPLOYER'`,
        [id, hired ? ['APPLIED', 'SHORTLISTED', 'INTERVIEWING', 'OFFERED', 'HIRED'] : ['APPLIED']],
      );
    }

    response = await publishedFile(api, actors.admin.token);
    rows = parse(response.text, { columns: true });
  });
  afterAll(() => api.close());

  const cell = (scopeId: string, measure: string, dimension = 'TOTAL', category = 'TOTAL') => {
    const found = rows.filter(
      (r) => r.scope_id === scopeId && r.measure === measure && r.dimension === dimension && r.category === category,
    );
    expect(found).toHaveLength(1);
    return found[0].value;
  };
  /** A published count: the truth perturbed by at most 2, then rounded to 5. */
  const near = (published: string, truth: number) => {
    expect(Number(published) % 5).toBe(0);
    expect(Math.abs(Number(published) - truth)).toBeLessThanOrEqual(4);
  };

  it('says plainly that nothing is published before the first CITY run', () => {
    expect(beforeAnyRelease.status).toBe(404);
    expect(beforeAnyRelease.text).toContain('/open-data/');
  });

  it('is public CSV with the documented header, RFC 4180 line ends and quoting', () => {
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.text.startsWith(`${HEADER}\r\n`)).toBe(true);
    expect(response.text.endsWith('\r\n')).toBe(true);
    expect(response.text).not.toMatch(/[^\r]\n/);
    expect(response.text).toContain(`,"${CLOUD}",`);
  });

  it("publishes CITY and the verified providers' published programmes with records, over the period they span", () => {
    const scopes = [...new Set(rows.map((r) => `${r.scope_kind}|${r.scope_id}|${r.scope_name}`))];
    expect(scopes).toEqual([`CITY||Manchester`, `PROGRAMME|${cloudId}|${CLOUD}`, `PROGRAMME|${tinyId}|${TINY}`]);
    expect(response.text).not.toContain(draftId);
    expect(response.text).not.toContain('Draft Course');
    expect(response.text).not.toContain(unverifiedId);
    expect(response.text).not.toContain('Invented');
    // The unverified provider's records (from 2025-05-01) do not start the period either.
    expect(new Set(rows.map((r) => r.time_period))).toEqual(new Set([`2025-06-01/${today}`]));
  });

  it('shows counts perturbed and rounded to 5, and places as they are', () => {
    near(cell(cloudId, 'ENQUIRED'), 37);
    near(cell(cloudId, 'APPLIED'), 30);
    near(cell(cloudId, 'ENROLLED'), 23);
    near(cell(cloudId, 'COMPLETED'), 12);
    near(cell(cloudId, 'ENQUIRED', 'GENDER', 'WOMAN'), 19);
    near(cell(cloudId, 'ENQUIRED', 'WARD', 'NOT_KNOWN'), 37);
    // CITY: Cloud's 37 and Tiny's 3 and the draft's 3 (a verified provider's); never the unverified provider's 40.
    near(cell('', 'ENQUIRED'), 43);
    near(cell('', 'VACANCY_APPLIED'), 12);
    expect(cell(cloudId, 'places')).toBe('25');
  });

  it('writes `c` for shown counts under 10 and for dimensions where nearly everyone is in one group', () => {
    // A true 1 shows as 0 for a quarter of the keys (the table's row 1), otherwise 1 to 3: hidden either way.
    expect(['c', '0']).toContain(cell(cloudId, 'ENQUIRED', 'ETHNICITY', 'ARAB'));
    expect(cell(cloudId, 'ENQUIRED', 'DISABILITY', 'YES')).toBe('c'); // 3 of 37: dominance hides the dimension
    expect(cell(cloudId, 'ENQUIRED', 'DISABILITY', 'NO')).toBe('c');
    expect(cell(tinyId, 'ENQUIRED')).toBe('c'); // 3
    expect(cell(tinyId, 'starts')).toBe('c');
    expect(cell('', 'VACANCY_HIRED')).toBe('c'); // 4
  });

  it('writes rates from the shown counts, `c` when a count is hidden and `z` when not applicable', () => {
    expect(Number(cell(cloudId, 'enquiriesPerPlace'))).toBeCloseTo(37 / 25, 0);
    expect(Number(cell(cloudId, 'completionRate'))).toBeCloseTo(12 / 23, 0);
    expect(cell(tinyId, 'completionRate')).toBe('c'); // 3 / 3
    expect(cell(tinyId, 'enquiriesPerPlace')).toBe('z'); // no places
    expect(cell(tinyId, 'medianDaysToOutcome')).toBe('z'); // no outcomes
    expect(cell(tinyId, 'realLivingWageShare')).toBe('z');
  });

  it("never lets a person's equality data be worked out", () => {
    // Every shown count is 0 or a multiple of 5 of at least 10.
    for (const r of rows) {
      if (/^\d+$/.test(r.value) && !/^median/.test(r.measure)) {
        expect(Number(r.value) === 0 || (Number(r.value) >= 10 && Number(r.value) % 5 === 0)).toBe(true);
      }
    }
    // The lone ARAB learner is hidden in every stage of every scope they are in: `c`, or a 0 that noise can make of
    // a true 1 or 2 (a true 0 always shows 0, so a 0 does not say there is nobody).
    for (const scopeId of ['', cloudId]) {
      for (const measure of ['ENQUIRED', 'APPLIED', 'OFFERED', 'ENROLLED', 'COMPLETED', 'POSITIVE_OUTCOME']) {
        expect(['c', '0']).toContain(cell(scopeId, measure, 'ETHNICITY', 'ARAB'));
        expect(['c', '0']).toContain(cell(scopeId, measure, 'ETHNIC_GROUP', 'OTHER'));
      }
    }
  });

  it('serves the stored file with validators, compressed to clients that take gzip', async () => {
    const server = api.app.getHttpServer();
    expect(response.headers.etag).toMatch(/^"[\w-]+"$/);
    expect(new Date(response.headers['last-modified']).getTime()).not.toBeNaN();
    const again = await request(server).get('/open-data/outcomes.csv').set('If-None-Match', response.headers.etag);
    expect(again.status).toBe(304);
    // supertest unzips the body as a browser does; what travelled is the stored gzip, a fraction of the CSV.
    const zipped = await request(server).get('/open-data/outcomes.csv').set('Accept-Encoding', 'gzip');
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(Number(zipped.headers['content-length'])).toBeLessThan(response.text.length / 4);
    expect(zipped.text).toBe(response.text);
    const plain = await request(server).get('/open-data/outcomes.csv').set('Accept-Encoding', 'identity');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.text).toBe(response.text);
  });

  it('lists the releases for people and for machines, and serves each by its date', async () => {
    const server = api.app.getHttpServer();
    const json = await request(server).get('/open-data/').set('Accept', 'application/json');
    expect(json.status).toBe(200);
    expect(json.body.latest).toBe('/open-data/outcomes.csv');
    expect(json.body.releases).toEqual([
      expect.objectContaining({ date: today, rows: rows.length, link: `/open-data/outcomes-${today}.csv` }),
    ]);
    const page = await request(server).get('/open-data/').set('Accept', 'text/html');
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.text).toContain('<h1>');
    expect(page.text).toContain(`/open-data/outcomes-${today}.csv`);
    const dated = await request(server).get(`/open-data/outcomes-${today}.csv`);
    expect(dated.text).toBe(response.text);
    expect((await request(server).get('/open-data/outcomes-2001-01-01.csv')).status).toBe(404);
    expect((await request(server).get('/open-data/outcomes-yesterday.csv')).status).toBe(404);
  });

  it('describes every column and measure in outcomes.meta.csv', async () => {
    const guidance = await request(api.app.getHttpServer()).get('/open-data/outcomes.meta.csv');
    expect(guidance.status).toBe(200);
    const described: Record<string, string>[] = parse(guidance.text, { columns: true });
    const names = new Set(described.map((d) => d.name));
    for (const column of HEADER.split(',')) expect(names).toContain(column);
    for (const measure of new Set(rows.map((r) => r.measure))) expect(names).toContain(measure);
    expect(described.every((d) => d.description.length > 10)).toBe(true);
  });
});

/**
 * Asks for a CITY recompute as an ADMIN, as the nightly job does, and waits for the worker to finish it and to write
 * its open-data release; returns the published file.
 */
async function publishedFile(api: TestApp, adminToken: string): Promise<request.Response> {
  const requested = await api.gql<{ requestMetrics: { id: string } }>(
    `mutation { requestMetrics(scope: { kind: CITY }) { id } }`,
    {},
    adminToken,
  );
  expect(requested.errors).toBeUndefined();
  for (let i = 0; i < 300; i += 1) {
    const file = await request(api.app.getHttpServer()).get('/open-data/outcomes.csv');
    if (file.status === 200) return file;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('no open-data release 30 s after the CITY run was requested');
}
