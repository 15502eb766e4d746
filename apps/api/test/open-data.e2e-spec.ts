import { parse } from 'csv-parse/sync';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { addDays, londonToday } from '@app/reference';
import { TestApp } from '@app/testing';
import { createActors } from './actors';
import { startApi } from './test-api';

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
      `WITH s AS (INSERT INTO demographic_snapshots (ethnicity, gender, disability) VALUES ($1, $2, $3) RETURNING id)
       INSERT INTO enrolments (cohort_id, provider_id, status, completion_date, snapshot_id, created_at)
       SELECT $4, $5, $6, $7, s.id, $8 FROM s RETURNING id`,
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

describe('open data: GET /open-data/outcomes.csv (e2e)', () => {
  let api: TestApp;
  let cloudId: string;
  let tinyId: string;
  let response: request.Response;
  let rows: Record<string, string>[];

  beforeAll(async () => {
    api = await startApi();
    const actors = await createActors(api);
    const dataSource = api.app.get(DataSource);
    const providerId = actors.provider.organisationId!;
    const programme = async (title: string): Promise<string> =>
      (
        await dataSource.query(
          `INSERT INTO programmes (provider_id, kind, title, summary, duration_weeks, hours_per_week, delivery,
                                   fully_funded, published)
           VALUES ($1, 'BOOTCAMP', $2, 'Seeded for the open data test.', 12, 15, 'ONLINE', true, true) RETURNING id`,
          [providerId, title],
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
        `WITH s AS (INSERT INTO demographic_snapshots (gender) VALUES ('MAN') RETURNING id)
         INSERT INTO applications (vacancy_id, status, guaranteed_interview, snapshot_id, created_at)
         SELECT $1, $2, false, s.id, '2025-08-01T09:00:00Z' FROM s RETURNING id`,
        [vacancyId, hired ? 'HIRED' : 'APPLIED'],
      );
      await dataSource.query(
        `INSERT INTO application_status_changes (application_id, status, by_role) SELECT $1, unnest($2::text[]), 'EMPLOYER'`,
        [id, hired ? ['APPLIED', 'SHORTLISTED', 'INTERVIEWING', 'OFFERED', 'HIRED'] : ['APPLIED']],
      );
    }

    response = await request(api.app.getHttpServer()).get('/open-data/outcomes.csv');
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

  it('is public CSV with the documented header, RFC 4180 line ends and quoting', () => {
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.text.startsWith(`${HEADER}\r\n`)).toBe(true);
    expect(response.text.endsWith('\r\n')).toBe(true);
    expect(response.text).not.toMatch(/[^\r]\n/);
    expect(response.text).toContain(`,"${CLOUD}",`);
  });

  it('publishes CITY and every PROGRAMME with records, over the period the records span', () => {
    const scopes = [...new Set(rows.map((r) => `${r.scope_kind}|${r.scope_id}|${r.scope_name}`))];
    expect(scopes).toEqual([`CITY||Manchester`, `PROGRAMME|${cloudId}|${CLOUD}`, `PROGRAMME|${tinyId}|${TINY}`]);
    expect(new Set(rows.map((r) => r.time_period))).toEqual(new Set([`2025-06-01/${today}`]));
  });

  it('rounds counts to the nearest 5', () => {
    expect(cell(cloudId, 'ENQUIRED')).toBe('35'); // 37
    expect(cell(cloudId, 'APPLIED')).toBe('30');
    expect(cell(cloudId, 'ENROLLED')).toBe('25'); // 23
    expect(cell(cloudId, 'COMPLETED')).toBe('10'); // 12
    expect(cell(cloudId, 'POSITIVE_OUTCOME')).toBe('10'); // 11
    expect(cell(cloudId, 'ENQUIRED', 'GENDER', 'WOMAN')).toBe('20'); // 19
    expect(cell(cloudId, 'ENQUIRED', 'WARD', 'NOT_KNOWN')).toBe('35');
    expect(cell('', 'ENQUIRED')).toBe('40'); // 37 + 3
    expect(cell('', 'VACANCY_APPLIED')).toBe('10'); // 12
    expect(cell(cloudId, 'places')).toBe('25');
    expect(cell(cloudId, 'starts')).toBe('25');
    expect(cell(cloudId, 'employedWithinSixMonths')).toBe('10');
  });

  it('writes `c` below max(k, 10), with a second cell hidden beside a lone one', () => {
    expect(cell(cloudId, 'ENQUIRED', 'ETHNICITY', 'ARAB')).toBe('c'); // 1
    expect(cell(cloudId, 'ENQUIRED', 'ETHNICITY', 'ASIAN_PAKISTANI')).toBe('c'); // 13, hidden beside it
    expect(cell(cloudId, 'ENQUIRED', 'ETHNICITY', 'WHITE_BRITISH')).toBe('25'); // 23
    expect(cell(cloudId, 'ENQUIRED', 'DISABILITY', 'YES')).toBe('c'); // 3
    expect(cell(cloudId, 'ENQUIRED', 'DISABILITY', 'NO')).toBe('c');
    expect(cell(cloudId, 'OFFERED', 'GENDER', 'MAN')).toBe('10'); // 12: shown at 10 and above…
    expect(cell(cloudId, 'COMPLETED', 'GENDER', 'MAN')).toBe('c'); // …6 is not, though it is over k = 5
    expect(cell(tinyId, 'ENQUIRED')).toBe('c'); // 3
    expect(cell(tinyId, 'starts')).toBe('c');
    expect(cell('', 'VACANCY_HIRED')).toBe('c'); // 4
  });

  it('writes rates from the raw counts as decimals, `c` when a count is hidden and `z` when not applicable', () => {
    expect(cell(cloudId, 'enquiriesPerPlace')).toBe('1.48'); // 37 / 25
    expect(cell(cloudId, 'completionRate')).toBe('0.52'); // 12 / 23, not 10 / 25
    expect(cell(cloudId, 'outcomeRateOfCompletions')).toBe('0.92'); // 11 / 12
    expect(cell(cloudId, 'outcomeRateOfStarts')).toBe('0.48'); // 11 / 23
    expect(cell(cloudId, 'realLivingWageShare')).toBe('1.00');
    expect(cell(cloudId, 'medianDaysToOutcome')).toBe('35'); // 10, 15, …, 60
    expect(cell(cloudId, 'medianSalaryPence')).toBe('3045000');
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
    // The lone ARAB learner is hidden in every stage of every scope they are in.
    for (const scopeId of ['', cloudId]) {
      for (const measure of ['ENQUIRED', 'APPLIED', 'OFFERED', 'ENROLLED', 'COMPLETED', 'POSITIVE_OUTCOME']) {
        expect(cell(scopeId, measure, 'ETHNICITY', 'ARAB')).toBe('c');
        expect(cell(scopeId, measure, 'ETHNIC_GROUP', 'OTHER')).toBe('c');
      }
    }
    // No breakdown has a single hidden cell that its total, shown, minus the other cells would recover.
    const groups = new Map<string, Record<string, string>[]>();
    for (const r of rows.filter((row) => row.dimension !== 'TOTAL')) {
      const key = `${r.scope_id}|${r.measure}|${r.dimension}`;
      groups.set(key, [...(groups.get(key) ?? []), r]);
    }
    for (const [key, cells] of groups) {
      const [scopeId, measure] = key.split('|');
      if (cells.filter((c) => c.value === 'c').length === 1) expect(cell(scopeId, measure)).toBe('c');
    }
  });
});
