import { DataSource } from 'typeorm';
import { dataSourceOptions } from '@app/database';
import { createTestDatabase, TestDatabase } from '@app/testing';
import { NotificationKind } from './notification.types';
import { NotificationsReadModel, residentAccountJoin } from './notifications.read-model';

/**
 * Each query of notifications' read model against real PostgreSQL, on rows of the domains it reads (identity,
 * catalogue, vacancies, brokerage) written here by hand, so every answer below is worked out from them.
 */
describe('notifications read model (integration)', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let readModel: NotificationsReadModel;
  const ids = {} as Record<
    | 'employer'
    | 'provider'
    | 'unverified'
    | 'amina'
    | 'bilal'
    | 'chloe'
    | 'broker'
    | 'programme'
    | 'unlisted'
    | 'cohort'
    | 'unlistedCohort'
    | 'vacancy'
    | 'required'
    | 'other',
    string
  >;
  let skillNames: string[] = [];
  const UNKNOWN = '00000000-0000-4000-8000-000000000000';

  const insert = async (sql: string, params: unknown[] = []): Promise<string> =>
    (await dataSource.query(`${sql} RETURNING id`, params))[0].id;
  const organisation = (kind: string, name: string, verified: boolean) =>
    insert(`INSERT INTO organisations (kind, name, verified) VALUES ($1, $2, $3)`, [kind, name, verified]);
  const user = (role: string, email: string) =>
    insert(`INSERT INTO users (email, display_name, role, password_hash) VALUES ($1, $1, $2, 'x')`, [email, role]);
  const programme = (providerId: string, title: string) =>
    insert(
      `INSERT INTO programmes (provider_id, kind, title, summary, duration_weeks, hours_per_week, delivery, fully_funded, published)
       VALUES ($1, 'BOOTCAMP', $2, 'Learn SQL and Python', 12, 10, 'ONLINE', true, true)`,
      [providerId, title],
    );
  const cohort = (programmeId: string, closesOn: string) =>
    insert(
      `INSERT INTO cohorts (programme_id, start_date, end_date, applications_close_on, capacity)
       VALUES ($1, '2030-02-01', '2030-04-26', $2, 10)`,
      [programmeId, closesOn],
    );
  const enrol = (residentId: string, cohortId: string, status: string) =>
    insert(`INSERT INTO enrolments (cohort_id, provider_id, resident_id, status) VALUES ($1, $2, $3, $4)`, [
      cohortId,
      ids.provider,
      residentId,
      status,
    ]);
  const alerted = (residentId: string, kind: NotificationKind, key: string) =>
    insert(
      `INSERT INTO notifications (resident_id, idempotency_key, kind, title, body, email)
       VALUES ($1, $2, $3, 'x', 'x', 'NONE')`,
      [residentId, key, kind],
    );
  const search = (residentId: string, kind: 'JOBS' | 'COURSES', frequency: string, fields: Partial<SearchFields>) =>
    insert(
      `INSERT INTO saved_searches (resident_id, kind, query, programme_filter, vacancy_filter, min_score, frequency)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [
        residentId,
        kind,
        fields.query ?? null,
        fields.programmeFilter ? JSON.stringify(fields.programmeFilter) : null,
        fields.vacancyFilter ? JSON.stringify(fields.vacancyFilter) : null,
        fields.minScore ?? 0.5,
        frequency,
      ],
    );

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = await new DataSource(dataSourceOptions(database.url, [], 2)).initialize();
    readModel = new NotificationsReadModel(dataSource);
    ids.employer = await organisation('EMPLOYER', 'Ancoats Digital', true);
    ids.provider = await organisation('PROVIDER', 'Northern Skills', true);
    ids.unverified = await organisation('PROVIDER', 'Unchecked Courses', false);
    ids.amina = await user('RESIDENT', 'amina.read-model@example.org');
    ids.bilal = await user('RESIDENT', 'bilal.read-model@example.org');
    ids.chloe = await user('RESIDENT', 'chloe.read-model@example.org');
    ids.broker = await user('BROKER', 'broker.read-model@example.org');
    ids.programme = await programme(ids.provider, 'Data Bootcamp');
    ids.unlisted = await programme(ids.unverified, 'Unlisted Bootcamp');
    ids.cohort = await cohort(ids.programme, '2030-01-10');
    ids.unlistedCohort = await cohort(ids.unlisted, '2030-01-10');
    ids.vacancy = await insert(
      `INSERT INTO vacancies (employer_id, title, description, salary_min_pence, salary_max_pence, hours_per_week,
                              contract, workplace, positions, closes_on, status)
       VALUES ($1, 'Junior data analyst', 'Reporting in SQL', 2600000, 3000000, 37.5, 'PERMANENT', 'REMOTE', 1,
               '2030-01-11', 'OPEN')`,
      [ids.employer],
    );
    const skills: { id: string; name: string }[] = await dataSource.query(
      'SELECT id, name FROM skills ORDER BY name LIMIT 2',
    );
    [ids.required, ids.other] = skills.map((skill) => skill.id);
    skillNames = skills.map((skill) => skill.name);
    await dataSource.query(
      `INSERT INTO vacancy_requirements (vacancy_id, skill_id, level, essential) VALUES ($1, $2, 2, true)`,
      [ids.vacancy, ids.required],
    );
  });
  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  it('vacancy: its title, employer and closing date; null for none', async () => {
    expect(await readModel.vacancy(ids.vacancy)).toEqual({
      id: ids.vacancy,
      title: 'Junior data analyst',
      employer: 'Ancoats Digital',
      closesOn: '2030-01-11',
    });
    expect(await readModel.vacancy(UNKNOWN)).toBeNull();
  });

  it("programmeTitle: the programme's title; null for none", async () => {
    expect(await readModel.programmeTitle(ids.programme)).toBe('Data Bootcamp');
    expect(await readModel.programmeTitle(UNKNOWN)).toBeNull();
  });

  it('listedCohort: the programme and start; listed only when published by a verified provider', async () => {
    expect(await readModel.listedCohort(ids.cohort)).toEqual({
      programmeId: ids.programme,
      title: 'Data Bootcamp',
      startDate: '2030-02-01',
      listed: true,
    });
    expect(await readModel.listedCohort(ids.unlistedCohort)).toMatchObject({ listed: false });
    expect(await readModel.listedCohort(UNKNOWN)).toBeNull();
  });

  it('skillNames: the names, in order of name whatever the order asked', async () => {
    expect(await readModel.skillNames([ids.other, ids.required])).toEqual(skillNames);
  });

  describe('with enrolments, applications and alerts', () => {
    beforeAll(async () => {
      await enrol(ids.amina, ids.cohort, 'ENQUIRED');
      await enrol(ids.bilal, ids.cohort, 'WITHDRAWN');
      await enrol(ids.chloe, ids.unlistedCohort, 'ENROLLED');
      // Alerted to the job: amina has applied since (not reminded), bilal has not.
      for (const resident of [ids.amina, ids.bilal]) {
        await alerted(resident, NotificationKind.NEW_MATCHING_JOB, `vacancy-opened:${ids.vacancy}`);
      }
      await dataSource.query(
        `INSERT INTO applications (vacancy_id, resident_id, status, guaranteed_interview) VALUES ($1, $2, 'APPLIED', false)`,
        [ids.vacancy, ids.amina],
      );
      // Alerted to the course: chloe has no record on it (reminded), bilal has one, though withdrawn (not reminded).
      await alerted(ids.chloe, NotificationKind.NEW_MATCHING_COURSE, `cohort-opened:${ids.cohort}`);
      await alerted(ids.bilal, NotificationKind.PATHWAY_OPENED, `cohort-opened:${ids.cohort}`);
    });

    it('residentsOnCohort: residents with a live record on it', async () => {
      expect(await readModel.residentsOnCohort(ids.cohort)).toEqual([ids.amina]);
      expect(await readModel.residentsOnCohort(ids.unlistedCohort)).toEqual([ids.chloe]);
    });

    it('closingSoon: enquiries and alerts closing within the days from today, not yet applied for', async () => {
      const rows = await readModel.closingSoon('2030-01-09', 3);
      const sorted = rows.sort((a, b) => `${a.resident_id}${a.kind}`.localeCompare(`${b.resident_id}${b.kind}`));
      const cohortRow = { kind: 'cohort', id: ids.cohort, programme_id: ids.programme, title: 'Data Bootcamp' };
      expect(sorted).toEqual(
        [
          { ...cohortRow, resident_id: ids.amina, closes_on: '2030-01-10', why: 'ENQUIRED' },
          {
            resident_id: ids.bilal,
            kind: 'vacancy',
            id: ids.vacancy,
            programme_id: null,
            title: 'Junior data analyst',
            closes_on: '2030-01-11',
            why: 'SAVED',
          },
          // chloe's unlisted cohort closes the same day, but she was never alerted to it nor enquired.
          { ...cohortRow, resident_id: ids.chloe, closes_on: '2030-01-10', why: 'SAVED' },
        ].sort((a, b) => `${a.resident_id}${a.kind}`.localeCompare(`${b.resident_id}${b.kind}`)),
      );
      // The day after the cohort closes only the job is left; three days before the job closes, nothing yet.
      expect((await readModel.closingSoon('2030-01-11', 3)).map((row) => row.kind)).toEqual(['vacancy']);
      expect(await readModel.closingSoon('2030-01-05', 3)).toEqual([]);
    });
  });

  describe('matching saved searches', () => {
    beforeAll(async () => {
      await dataSource.query('DELETE FROM saved_searches');
      await search(ids.amina, 'JOBS', 'WEEKLY', { query: 'data analyst' });
      await search(ids.amina, 'JOBS', 'INSTANT', { vacancyFilter: { skillIds: [ids.required] } });
      await search(ids.bilal, 'JOBS', 'INSTANT', { query: 'plumber' });
      await search(ids.bilal, 'JOBS', 'DAILY', { vacancyFilter: { skillIds: [ids.other] } });
      await search(ids.chloe, 'JOBS', 'INSTANT', { vacancyFilter: { workplaces: ['ON_SITE'] } });
      await search(ids.chloe, 'JOBS', 'DAILY', { vacancyFilter: { contracts: ['PERMANENT'] }, minScore: 0.6 });
      await search(ids.amina, 'COURSES', 'DAILY', { query: 'python' });
      await search(ids.bilal, 'COURSES', 'INSTANT', { programmeFilter: { kinds: ['T_LEVEL'] } });
      await search(ids.chloe, 'COURSES', 'WEEKLY', { programmeFilter: { fullyFundedOnly: true } });
    });

    it("jobSearchers: the job's words and fields, the score reaching the minimum, at the soonest frequency", async () => {
      const audience = [
        { residentId: ids.amina, score: 0.75 },
        { residentId: ids.bilal, score: 0.9 },
        { residentId: ids.chloe, score: 0.625 },
      ];
      const found = await readModel.jobSearchers(ids.vacancy, audience);
      expect(found.sort((a, b) => a.residentId.localeCompare(b.residentId))).toEqual(
        [
          { residentId: ids.amina, frequency: 'INSTANT', score: 0.75 },
          { residentId: ids.chloe, frequency: 'DAILY', score: 0.625 },
        ].sort((a, b) => a.residentId.localeCompare(b.residentId)),
      );
      // Below chloe's minimum of 0.6 her search no longer answers.
      const lower = await readModel.jobSearchers(ids.vacancy, [{ residentId: ids.chloe, score: 0.5 }]);
      expect(lower).toEqual([]);
      expect(await readModel.jobSearchers(ids.vacancy, [])).toEqual([]);
    });

    it("courseSearchers: the programme's words and fields", async () => {
      const found = await readModel.courseSearchers(ids.programme);
      expect(found.sort((a, b) => a.residentId.localeCompare(b.residentId))).toEqual(
        [
          { residentId: ids.amina, frequency: 'DAILY' },
          { residentId: ids.chloe, frequency: 'WEEKLY' },
        ].sort((a, b) => a.residentId.localeCompare(b.residentId)),
      );
    });
  });

  it('residentAddresses: the addresses of RESIDENT accounts only', async () => {
    const addresses = await readModel.residentAddresses(dataSource.manager, [ids.amina, ids.broker, UNKNOWN]);
    expect([...addresses]).toEqual([[ids.amina, 'amina.read-model@example.org']]);
  });

  it('residentAccountJoin keeps the rows of RESIDENT accounts only', async () => {
    const rows: { id: string }[] = await dataSource.query(
      `SELECT x.id FROM unnest($1::uuid[]) AS x (id) ${residentAccountJoin('x.id')}`,
      [[ids.broker, UNKNOWN, ids.bilal]],
    );
    expect(rows).toEqual([{ id: ids.bilal }]);
  });
});

interface SearchFields {
  query: string;
  programmeFilter: Record<string, unknown>;
  vacancyFilter: Record<string, unknown>;
  minScore: number;
}
