import { DataSource } from 'typeorm';
import { dataSourceOptions } from '@app/database';
import { createTestDatabase, TestDatabase } from '@app/testing';
import { londonToday } from '@app/reference';
import { aggregateScope } from './metrics-aggregation.repository';
import { openDataDays, releasedProgrammes } from './metrics.read-model';
import { Audience, FunnelStage, MetricsScopeKind, PROGRAMME_STAGES, SnapshotGroupRow, stageBit } from './metrics.types';
import { buildTallies } from './report-assembly';
import { tallyRejections } from './rejection-reasons';
import { reportView } from './report-views';

/**
 * Metrics' read model (metrics.read-model.ts: the aggregation and the open-data queries) against real PostgreSQL on a
 * small hand-made data set: five learners in one cohort whose stages, snapshots and outcomes are known, so every count
 * below is worked out by hand.
 */
describe('metrics read model (integration)', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  const ids = { cohort: '', provider: '', programme: '' };

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = await new DataSource(dataSourceOptions(database.url, [], 2)).initialize();
    const [provider] = await dataSource.query(
      `INSERT INTO organisations (kind, name, verified) VALUES ('PROVIDER', 'Metrics Provider', true) RETURNING id`,
    );
    const [programme] = await dataSource.query(
      `INSERT INTO programmes (provider_id, kind, title, summary, duration_weeks, hours_per_week, delivery, fully_funded, published)
       VALUES ($1, 'BOOTCAMP', 'Metrics Bootcamp', 'x', 12, 10, 'ONLINE', true, true) RETURNING id`,
      [provider.id],
    );
    const [cohort] = await dataSource.query(
      `INSERT INTO cohorts (programme_id, start_date, end_date, applications_close_on, capacity)
       VALUES ($1, '2025-01-06', '2025-03-28', '2025-01-01', 10) RETURNING id`,
      [programme.id],
    );
    Object.assign(ids, { cohort: cohort.id, provider: provider.id, programme: programme.id });
    // learner: [ethnicity, stages reached, completion date, outcome start]
    const learners: [string | null, string[], string | null, string | null][] = [
      ['WHITE_BRITISH', ['ENQUIRED'], null, null],
      ['ASIAN_PAKISTANI', ['APPLIED', 'OFFERED', 'ENROLLED', 'WITHDRAWN'], null, null],
      ['BLACK_AFRICAN', ['APPLIED', 'OFFERED', 'ENROLLED', 'COMPLETED'], '2025-03-28', '2025-05-01'],
      ['PREFER_NOT_TO_SAY', ['APPLIED', 'OFFERED', 'ENROLLED', 'COMPLETED'], '2025-03-28', '2025-12-01'], // 248 days: too late
      [null, ['APPLIED'], null, null],
    ];
    for (const [ethnicity, stages, completion, outcome] of learners) {
      const final = stages[stages.length - 1];
      const [enrolment] = await dataSource.query(
        `INSERT INTO enrolments (cohort_id, provider_id, status, snapshot_ethnicity, completion_date, reported_by_provider)
         VALUES ($1, $2, $3, $4, $5, true) RETURNING id`,
        [cohort.id, provider.id, final, ethnicity, completion],
      );
      for (const status of stages) {
        await dataSource.query(
          `INSERT INTO enrolment_status_changes (enrolment_id, status, by_role) VALUES ($1, $2, 'PROVIDER')`,
          [enrolment.id, status],
        );
      }
      if (outcome) {
        await dataSource.query(
          `INSERT INTO outcomes (enrolment_id, type, start_date, salary_pence, hours_per_week) VALUES ($1, 'NEW_JOB', $2, 2600000, 37.5)`,
          [enrolment.id, outcome],
        );
      }
    }
  });
  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  it('counts every stage ever reached and the outcome inputs of a cohort', async () => {
    const aggregated = await aggregateScope(dataSource.manager, {
      kind: MetricsScopeKind.COHORT,
      id: ids.cohort,
      from: null,
      to: null,
    });
    expect(aggregated.vacancyGroups).toBeNull();
    expect(aggregated.outcomes).toMatchObject({
      enquiries: 5,
      applications: 4,
      places: 10,
      starts: 3,
      completions: 2,
      positiveOutcomes: 1,
      employedWithinSixMonths: 1,
      daysToOutcome: [34],
      employmentSalaries: [2600000, 2600000],
      employmentWithPay: 2,
    });
    const { diversity, outcomes } = reportView(buildTallies(aggregated, []), Audience.STAFF, 1);
    expect(diversity.stages.map((stage) => [stage.stage, stage.total.value])).toEqual([
      ['ENQUIRED', 5],
      ['APPLIED', 4],
      ['OFFERED', 3],
      ['ENROLLED', 3],
      ['COMPLETED', 2],
      ['POSITIVE_OUTCOME', 1],
    ]);
    const enrolled = diversity.stages.find((stage) => stage.stage === 'ENROLLED')!;
    const minority = enrolled.rows.filter((row) => row.dimension === 'ETHNIC_MINORITY');
    expect(minority.map((row) => [row.category, row.count.value, row.share])).toEqual([
      ['YES', 2, 1],
      ['NO', 0, 0],
      ['NOT_KNOWN', 1, null],
    ]);
    expect(outcomes).toMatchObject({ enquiriesPerPlace: 0.5, completionRate: 2 / 3, outcomeRateOfStarts: 1 / 3 });
  });

  it('a CITY scope reads both sides, and a window excludes records made outside it', async () => {
    const city = await aggregateScope(dataSource.manager, {
      kind: MetricsScopeKind.CITY,
      id: null,
      from: null,
      to: null,
    });
    // The one cohort holds every record, so the city-wide queries must agree with the cohort's.
    const cohort = await aggregateScope(dataSource.manager, {
      kind: MetricsScopeKind.COHORT,
      id: ids.cohort,
      from: null,
      to: null,
    });
    const sorted = (groups: SnapshotGroupRow[] | null) =>
      [...groups!].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
    expect(sorted(city.programmeGroups)).toEqual(sorted(cohort.programmeGroups));
    expect(city.programmeGroups!.some((row) => row.stageMask & 32)).toBe(true);
    expect(city.outcomes).toEqual(cohort.outcomes);
    expect(city.vacancyGroups).toEqual([]);
    const empty = await aggregateScope(dataSource.manager, {
      kind: MetricsScopeKind.PROVIDER,
      id: ids.provider,
      from: '2000-01-01',
      to: '2000-12-31',
    });
    expect(empty.outcomes).toMatchObject({ enquiries: 0, starts: 0 });
  });

  it('sums the record keys of each group, as stored on the records (METRICS.md "Cell keys")', async () => {
    const aggregated = await aggregateScope(dataSource.manager, {
      kind: MetricsScopeKind.COHORT,
      id: ids.cohort,
      from: null,
      to: null,
    });
    const [{ sum }] = await dataSource.query(
      `SELECT sum(record_key)::int AS sum FROM enrolments WHERE cohort_id = $1`,
      [ids.cohort],
    );
    // Every record is an enquiry, so the ENQUIRED stage's totals (bit 1) hold each record's key once.
    const totals = aggregated.programmeGroups!.filter((row) => row.column === null && row.stageMask & 1);
    expect(totals.reduce((n, row) => n + row.keySum, 0)).toBe(sum);
    const keys = await dataSource.query(`SELECT record_key FROM enrolments WHERE cohort_id = $1`, [ids.cohort]);
    for (const { record_key } of keys) expect(record_key).toEqual(expect.any(Number));
    expect(keys.every(({ record_key }: { record_key: number }) => record_key >= 0 && record_key <= 255)).toBe(true);
  });

  it("counts an unverified organisation's records in its own scopes only, never in CITY", async () => {
    const city = () =>
      aggregateScope(dataSource.manager, { kind: MetricsScopeKind.CITY, id: null, from: null, to: null });
    const before = await city();
    const [provider] = await dataSource.query(
      `INSERT INTO organisations (kind, name, verified) VALUES ('PROVIDER', 'Self-registered', false) RETURNING id`,
    );
    const [programme] = await dataSource.query(
      `INSERT INTO programmes (provider_id, kind, title, summary, duration_weeks, hours_per_week, delivery, fully_funded)
       VALUES ($1, 'BOOTCAMP', 'Invented', 'x', 12, 10, 'ONLINE', true) RETURNING id`,
      [provider.id],
    );
    const [cohort] = await dataSource.query(
      `INSERT INTO cohorts (programme_id, start_date, end_date, applications_close_on, capacity)
       VALUES ($1, '2025-01-06', '2025-03-28', '2025-01-01', 500) RETURNING id`,
      [programme.id],
    );
    await dataSource.query(
      `INSERT INTO enrolments (cohort_id, provider_id, status, reported_by_provider) VALUES ($1, $2, 'ENQUIRED', true)`,
      [cohort.id, provider.id],
    );
    const after = await city();
    expect(after.outcomes).toEqual(before.outcomes);
    expect(after.programmeGroups).toEqual(before.programmeGroups);
    const own = await aggregateScope(dataSource.manager, {
      kind: MetricsScopeKind.PROVIDER,
      id: provider.id,
      from: null,
      to: null,
    });
    expect(own.outcomes).toMatchObject({ enquiries: 1, places: 500 });
  });

  it('stages_reached follows the status history, however it is written (triggers of migration StagesReached)', async () => {
    const newEnrolment = async () => {
      const [row] = await dataSource.query(
        `INSERT INTO enrolments (cohort_id, provider_id, status, reported_by_provider)
         VALUES ($1, $2, 'ENQUIRED', true) RETURNING id`,
        [ids.cohort, ids.provider],
      );
      return row.id as string;
    };
    const bits = async (id: string) =>
      (await dataSource.query(`SELECT stages_reached FROM enrolments WHERE id = $1`, [id]))[0].stages_reached;
    const [first, second] = [await newEnrolment(), await newEnrolment()];
    expect(await bits(first)).toBe(0);

    // One statement writing several records' history, as a learner return does.
    await dataSource.query(
      `INSERT INTO enrolment_status_changes (enrolment_id, status, by_role)
       VALUES ($1, 'ENQUIRED', 'PROVIDER'), ($1, 'APPLIED', 'PROVIDER'), ($2, 'APPLIED', 'PROVIDER'),
              ($2, 'OFFERED', 'PROVIDER'), ($2, 'ENROLLED', 'PROVIDER'), ($2, 'WITHDRAWN', 'PROVIDER')`,
      [first, second],
    );
    // The trigger's bits are metrics' stage bits (stageBit), the one definition the aggregation reads them with.
    const bit = (stage: FunnelStage) => stageBit(PROGRAMME_STAGES, stage);
    const { ENQUIRED, APPLIED, OFFERED, ENROLLED } = FunnelStage;
    expect([await bits(first), await bits(second)]).toEqual([
      bit(ENQUIRED) | bit(APPLIED),
      bit(APPLIED) | bit(OFFERED) | bit(ENROLLED),
    ]);

    // A rewritten history (a corrected return): the bits are the new history's, not the union with the old.
    await dataSource.query(`DELETE FROM enrolment_status_changes WHERE enrolment_id = $1`, [second]);
    expect(await bits(second)).toBe(0);
    await dataSource.query(
      `INSERT INTO enrolment_status_changes (enrolment_id, status, by_role) VALUES ($1, 'APPLIED', 'PROVIDER')`,
      [second],
    );
    expect([await bits(first), await bits(second)]).toEqual([bit(ENQUIRED) | bit(APPLIED), bit(APPLIED)]);

    await expect(
      dataSource.query(`UPDATE enrolment_status_changes SET status = 'COMPLETED' WHERE enrolment_id = $1`, [first]),
    ).rejects.toThrow('append-only');
    expect(await bits(first)).toBe(bit(ENQUIRED) | bit(APPLIED));
  });

  it("tallies a vacancy's REJECTED applications by reason and gender, NOT_GIVEN when no reason was given", async () => {
    const [employer] = await dataSource.query(
      `INSERT INTO organisations (kind, name, verified) VALUES ('EMPLOYER', 'Metrics Employer', true) RETURNING id`,
    );
    const [vacancy] = await dataSource.query(
      `INSERT INTO vacancies (employer_id, title, description, salary_min_pence, salary_max_pence, hours_per_week,
                              contract, workplace, closes_on)
       VALUES ($1, 'Analyst', 'x', 2600000, 3000000, 37.5, 'PERMANENT', 'REMOTE', '2030-01-01') RETURNING id`,
      [employer.id],
    );
    // applicant: [gender, status, reason]
    const applicants: [string | null, string, string | null][] = [
      ['WOMAN', 'REJECTED', 'SKILLS'],
      ['WOMAN', 'REJECTED', 'SKILLS'],
      ['MAN', 'REJECTED', 'AVAILABILITY'],
      [null, 'REJECTED', null],
      ['WOMAN', 'HIRED', null],
      ['MAN', 'WITHDRAWN', null],
    ];
    for (const [gender, status, reason] of applicants) {
      await dataSource.query(
        `INSERT INTO applications (vacancy_id, status, guaranteed_interview, snapshot_gender, feedback_reason)
         VALUES ($1, $2, false, $3, $4)`,
        [vacancy.id, status, gender, reason],
      );
    }
    const aggregated = await aggregateScope(dataSource.manager, {
      kind: MetricsScopeKind.VACANCY,
      id: vacancy.id,
      from: null,
      to: null,
    });
    const rejections = tallyRejections(aggregated.rejectionGroups!);
    const gender = (reason: string) => rejections.find((t) => t.reason === reason)!.byDimension.GENDER;
    expect(gender('SKILLS')).toMatchObject({ WOMAN: 2, MAN: 0, NOT_KNOWN: 0 });
    expect(gender('AVAILABILITY')).toMatchObject({ WOMAN: 0, MAN: 1 });
    expect(gender('NOT_GIVEN')).toMatchObject({ WOMAN: 0, MAN: 0, NOT_KNOWN: 1 });
    expect(gender('EXPERIENCE')).toMatchObject({ WOMAN: 0, MAN: 0, NOT_KNOWN: 0 });
    // The programme-side scopes read no rejections.
    const cohort = await aggregateScope(dataSource.manager, {
      kind: MetricsScopeKind.COHORT,
      id: ids.cohort,
      from: null,
      to: null,
    });
    expect(cohort.rejectionGroups).toBeNull();
  });

  // The open-data release's queries; they run last, as they move the records' creation times.
  const organisation = async (kind: string, name: string, verified: boolean): Promise<string> =>
    (
      await dataSource.query(`INSERT INTO organisations (kind, name, verified) VALUES ($1, $2, $3) RETURNING id`, [
        kind,
        name,
        verified,
      ])
    )[0].id;

  it('openDataDays: the first day (Europe/London) a record of a verified organisation was made, on either side', async () => {
    const employer = await organisation('EMPLOYER', 'Unchecked Employer', false);
    const [vacancy] = await dataSource.query(
      `INSERT INTO vacancies (employer_id, title, description, salary_min_pence, salary_max_pence, hours_per_week,
                              contract, workplace, closes_on)
       VALUES ($1, 'Unchecked', 'x', 2600000, 3000000, 37.5, 'PERMANENT', 'REMOTE', '2030-01-01') RETURNING id`,
      [employer],
    );
    // Unverified organisations' records are the oldest, and never count.
    await dataSource.query(
      `INSERT INTO applications (vacancy_id, status, guaranteed_interview, created_at)
       VALUES ($1, 'APPLIED', false, '2019-01-01T12:00Z')`,
      [vacancy.id],
    );
    await dataSource.query(`UPDATE enrolments SET created_at = '2020-01-01T12:00Z' WHERE provider_id <> $1`, [
      ids.provider,
    ]);
    // 23:30 on 30 June in UTC is already 1 July in London (BST).
    await dataSource.query(`UPDATE enrolments SET created_at = '2024-06-30T23:30Z' WHERE provider_id = $1`, [
      ids.provider,
    ]);
    const before = londonToday();
    const days = await openDataDays(dataSource.manager);
    expect(days.first).toBe('2024-07-01');
    expect([before, londonToday()]).toContain(days.today);

    // A verified employer's application made earlier comes first.
    await dataSource.query(
      `UPDATE applications SET created_at = '2024-02-01T10:00Z'
       WHERE id = (SELECT a.id FROM applications a JOIN vacancies v ON v.id = a.vacancy_id
                   JOIN organisations o ON o.id = v.employer_id WHERE o.verified LIMIT 1)`,
    );
    expect((await openDataDays(dataSource.manager)).first).toBe('2024-02-01');
  });

  it('releasedProgrammes: published programmes of verified providers with a record, by title', async () => {
    const unverified = await organisation('PROVIDER', 'Unchecked Provider', false);
    const programme = async (providerId: string, title: string, published: boolean, withRecord: boolean) => {
      const [row] = await dataSource.query(
        `INSERT INTO programmes (provider_id, kind, title, summary, duration_weeks, hours_per_week, delivery, fully_funded, published)
         VALUES ($1, 'BOOTCAMP', $2, 'x', 12, 10, 'ONLINE', true, $3) RETURNING id`,
        [providerId, title, published],
      );
      const [cohort] = await dataSource.query(
        `INSERT INTO cohorts (programme_id, start_date, end_date, applications_close_on, capacity)
         VALUES ($1, '2025-01-06', '2025-03-28', '2025-01-01', 10) RETURNING id`,
        [row.id],
      );
      if (withRecord) {
        await dataSource.query(
          `INSERT INTO enrolments (cohort_id, provider_id, status, reported_by_provider) VALUES ($1, $2, 'ENQUIRED', true)`,
          [cohort.id, providerId],
        );
      }
      return row.id as string;
    };
    const second = await programme(ids.provider, 'A Second Bootcamp', true, true);
    await programme(ids.provider, 'Empty Bootcamp', true, false);
    await programme(ids.provider, 'Draft Bootcamp', false, true);
    await programme(unverified, 'Unchecked Bootcamp', true, true);
    expect(await releasedProgrammes(dataSource.manager)).toEqual([
      { id: second, title: 'A Second Bootcamp' },
      { id: ids.programme, title: 'Metrics Bootcamp' },
    ]);
  });
});
