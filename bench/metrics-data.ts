import { DataSource } from 'typeorm';

/** BENCH_METRICS_SCALE (default 1) shrinks the record counts for a quick trial run; results are written at 1 only. */
export const METRICS_SCALE = Number(process.env.BENCH_METRICS_SCALE ?? 1);

export const METRICS_SIZES = {
  enrolments: Math.round(1_000_000 * METRICS_SCALE),
  applications: Math.round(500_000 * METRICS_SCALE),
  outcomes: Math.round(200_000 * METRICS_SCALE),
  providers: 200,
  programmes: 2_000,
  cohortsPerProgramme: 2,
  employers: 500,
  vacancies: 20_000,
};

/**
 * The data set of METRICS.md "Speed", generated in SQL from a fixed seed so every run builds the same records:
 * 1,000,000 enrolment records (each with its demographic snapshot and status history), 500,000 applications (the
 * same), and 200,000 outcomes of completers. Ids are derived from row numbers (md5 → uuid).
 *
 * Funnel (furthest stage): 25% stop at ENQUIRED, 15% APPLIED, 10% OFFERED, 15% ENROLLED, 35% COMPLETED; 30% of
 * those who stop before completing are also WITHDRAWN. Applications: 50% stay APPLIED, 20% SHORTLISTED, 15%
 * INTERVIEWING, 5% OFFERED, 10% HIRED. Snapshots mix every category, PREFER_NOT_TO_SAY and missing answers.
 */
export async function generateMetricsData(dataSource: DataSource, log: (line: string) => void): Promise<void> {
  const s = METRICS_SIZES;
  const cohorts = s.programmes * s.cohortsPerProgramme;
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  const step = async (label: string, sql: string) => {
    const start = Date.now();
    await runner.query(sql);
    log(`  ${label} (${((Date.now() - start) / 1000).toFixed(1)} s)`);
  };
  // One pick from an array per row (random() is re-evaluated for every row).
  const pick = (values: (string | null)[]) =>
    `(ARRAY[${values.map((v) => (v === null ? 'NULL' : `'${v}'`)).join(', ')}])[1 + floor(random() * ${values.length})::int]`;
  const ethnicities = [
    ...Array<string>(18).fill('WHITE_BRITISH'),
    'WHITE_IRISH',
    'WHITE_GYPSY_OR_IRISH_TRAVELLER',
    'WHITE_ROMA',
    'WHITE_OTHER',
    'WHITE_OTHER',
    'MIXED_WHITE_AND_BLACK_CARIBBEAN',
    'MIXED_WHITE_AND_BLACK_AFRICAN',
    'MIXED_WHITE_AND_ASIAN',
    'MIXED_OTHER',
    'ASIAN_INDIAN',
    'ASIAN_PAKISTANI',
    'ASIAN_PAKISTANI',
    'ASIAN_PAKISTANI',
    'ASIAN_BANGLADESHI',
    'ASIAN_CHINESE',
    'ASIAN_OTHER',
    'BLACK_CARIBBEAN',
    'BLACK_AFRICAN',
    'BLACK_AFRICAN',
    'BLACK_OTHER',
    'ARAB',
    'OTHER_ETHNIC_GROUP',
    'PREFER_NOT_TO_SAY',
    null,
  ];
  // A record's demographic snapshot (brokerage's DemographicSnapshotColumns): the columns and random values for them.
  const SNAPSHOT_COLUMNS = `snapshot_ethnicity, snapshot_gender, snapshot_trans, snapshot_disability, snapshot_age_band,
                            snapshot_ward, snapshot_employment_status`;
  const snapshotColumns = `
      ${pick(ethnicities)}::ethnicity,
      ${pick(['WOMAN', 'WOMAN', 'MAN', 'MAN', 'NON_BINARY', 'SELF_DESCRIBED', 'PREFER_NOT_TO_SAY', null])}::gender,
      ${pick(['NO', 'NO', 'NO', 'NO', 'NO', 'NO', 'YES', 'PREFER_NOT_TO_SAY', null])}::yes_no_prefer_not,
      ${pick(['NO', 'NO', 'NO', 'YES', 'PREFER_NOT_TO_SAY', null])}::yes_no_prefer_not,
      ${pick(['16-18', '19-24', '19-24', '25-34', '25-34', '35-44', '45-54', '55-64', '65+', null])},
      CASE WHEN random() < 0.85 THEN k.wards[1 + floor(random() * 32)::int]
           WHEN random() < 0.5 THEN 'OUTSIDE_MANCHESTER' END,
      ${pick(['UNEMPLOYED', 'UNEMPLOYED', 'EMPLOYED_LOW_PAID', 'EMPLOYED', 'SELF_EMPLOYED', 'IN_EDUCATION', 'ECONOMICALLY_INACTIVE', null])}::employment_status`;
  try {
    await runner.query(`SELECT setseed(0.2027)`);
    await runner.query(
      `CREATE TEMP TABLE bench_pick AS SELECT (SELECT array_agg(code ORDER BY code) FROM wards) AS wards`,
    );

    await step(
      'organisations, programmes, cohorts, vacancies',
      `
      INSERT INTO organisations (id, kind, name, verified)
      SELECT md5('provider' || i)::uuid, 'PROVIDER'::organisation_kind, 'Provider ' || i, true FROM generate_series(1, ${s.providers}) i
      UNION ALL
      SELECT md5('employer' || i)::uuid, 'EMPLOYER'::organisation_kind, 'Employer ' || i, true FROM generate_series(1, ${s.employers}) i;
      INSERT INTO programmes (id, provider_id, kind, title, summary, duration_weeks, hours_per_week, delivery, fully_funded, published)
      SELECT md5('programme' || i)::uuid, md5('provider' || (1 + i % ${s.providers}))::uuid, 'BOOTCAMP', 'Programme ' || i,
             'A generated programme.', 12, 15, 'ONLINE', true, true
      FROM generate_series(1, ${s.programmes}) i;
      INSERT INTO cohorts (id, programme_id, start_date, end_date, applications_close_on, capacity, cancelled_at)
      SELECT md5('cohort' || j)::uuid, md5('programme' || (1 + (j - 1) / ${s.cohortsPerProgramme}))::uuid, d, d + 84, d - 7,
             300 + floor(random() * 400)::int, CASE WHEN random() < 0.03 THEN d - 30 END
      FROM (SELECT j, date '2023-09-04' + (j * 7) % 900 AS d FROM generate_series(1, ${cohorts}) j) c;
      INSERT INTO vacancies (id, employer_id, title, description, salary_min_pence, salary_max_pence, hours_per_week,
                             contract, workplace, closes_on, status)
      SELECT md5('vacancy' || i)::uuid, md5('employer' || (1 + i % ${s.employers}))::uuid, 'Vacancy ' || i, 'Generated.',
             2500000, 3500000, 37.5, 'PERMANENT', 'HYBRID', date '2026-12-31', 'OPEN'
      FROM generate_series(1, ${s.vacancies}) i`,
    );

    // furthest: 0 ENQUIRED, 1 APPLIED, 2 OFFERED, 3 ENROLLED, 4 COMPLETED.
    await step(
      'enrolment plan',
      `
      CREATE TEMP TABLE bench_enrolments AS
      SELECT i, md5('enrolment' || i)::uuid AS id, cohort,
             furthest, furthest BETWEEN 1 AND 3 AND random() < 0.3 AS withdrawn,
             (date '2023-09-04' + (cohort * 7) % 900) AS cohort_start
      FROM (SELECT i, 1 + floor(random() * ${cohorts})::int AS cohort,
                   CASE WHEN r < 0.25 THEN 0 WHEN r < 0.40 THEN 1 WHEN r < 0.50 THEN 2 WHEN r < 0.65 THEN 3 ELSE 4 END AS furthest
            FROM (SELECT i, random() AS r FROM generate_series(1, ${s.enrolments}) i) g) g`,
    );
    await step(
      'enrolments',
      `
      INSERT INTO enrolments (id, cohort_id, provider_id, status, completion_date, created_at, updated_at, ${SNAPSHOT_COLUMNS})
      SELECT b.id, md5('cohort' || b.cohort)::uuid,
             md5('provider' || (1 + (1 + (b.cohort - 1) / ${s.cohortsPerProgramme}) % ${s.providers}))::uuid,
             (CASE WHEN b.withdrawn THEN 'WITHDRAWN'
                   ELSE (ARRAY['ENQUIRED', 'APPLIED', 'OFFERED', 'ENROLLED', 'COMPLETED'])[b.furthest + 1] END)::enrolment_status,
             CASE WHEN b.furthest = 4 THEN b.cohort_start + 84 END,
             b.cohort_start - 30 + (b.i % 25) * interval '1 day', b.cohort_start, ${snapshotColumns}
      FROM bench_enrolments b CROSS JOIN bench_pick k ORDER BY b.i`,
    );
    await step(
      'enrolment status history',
      `
      INSERT INTO enrolment_status_changes (enrolment_id, status, at, by_role)
      SELECT b.id, (ARRAY['ENQUIRED', 'APPLIED', 'OFFERED', 'ENROLLED', 'COMPLETED'])[n + 1], b.cohort_start - 30 + n * interval '7 days',
             CASE WHEN n IN (2, 4) THEN 'PROVIDER' ELSE 'RESIDENT' END
      FROM bench_enrolments b CROSS JOIN LATERAL generate_series(0, b.furthest) n
      UNION ALL
      SELECT b.id, 'WITHDRAWN', b.cohort_start, 'RESIDENT' FROM bench_enrolments b WHERE b.withdrawn`,
    );
    // Outcomes: one each for completers, start dates from 10 days before completion to 240 after (so some fall
    // outside the six months), 85% employment, most of those with a salary and hours.
    await step(
      'outcomes',
      `
      INSERT INTO outcomes (enrolment_id, type, start_date, salary_pence, hours_per_week)
      SELECT o.id, o.type::outcome_type, o.completion + o.offset_days,
             CASE WHEN o.type <> 'FURTHER_LEARNING' AND random() < 0.8 THEN 1800000 + floor(random() * 2700000)::int END,
             CASE WHEN o.type <> 'FURTHER_LEARNING' AND random() < 0.9 THEN 16 + floor(random() * 25)::int END
      FROM (SELECT b.id, b.cohort_start + 84 AS completion, floor(random() * 250)::int - 10 AS offset_days,
                   ${pick(['NEW_JOB', 'NEW_JOB', 'NEW_JOB', 'NEW_JOB', 'NEW_ROLE_WITH_EMPLOYER', 'INCREASED_RESPONSIBILITIES', 'SELF_EMPLOYMENT', 'APPRENTICESHIP', 'APPRENTICESHIP', 'FURTHER_LEARNING', 'FURTHER_LEARNING'])} AS type
            FROM bench_enrolments b WHERE b.furthest = 4 ORDER BY b.i LIMIT ${s.outcomes}) o`,
    );

    // furthest: 0 APPLIED, 1 SHORTLISTED, 2 INTERVIEWING, 3 OFFERED, 4 HIRED.
    await step(
      'application plan',
      `
      CREATE TEMP TABLE bench_applications AS
      SELECT i, md5('application' || i)::uuid AS id,
             1 + floor(random() * ${s.vacancies})::int AS vacancy,
             CASE WHEN r < 0.5 THEN 0 WHEN r < 0.7 THEN 1 WHEN r < 0.85 THEN 2 WHEN r < 0.9 THEN 3 ELSE 4 END AS furthest,
             timestamptz '2024-01-01 09:00Z' + (i % 700) * interval '1 day' AS created
      FROM (SELECT i, random() AS r FROM generate_series(1, ${s.applications}) i) g`,
    );
    await step(
      'applications',
      `
      INSERT INTO applications (id, vacancy_id, status, guaranteed_interview, created_at, updated_at, ${SNAPSHOT_COLUMNS})
      SELECT b.id, md5('vacancy' || b.vacancy)::uuid,
             (CASE WHEN b.furthest < 4 AND b.i % 3 = 0 THEN 'REJECTED'
                   ELSE (ARRAY['APPLIED', 'SHORTLISTED', 'INTERVIEWING', 'OFFERED', 'HIRED'])[b.furthest + 1] END)::application_status,
             false, b.created, b.created, ${snapshotColumns}
      FROM bench_applications b CROSS JOIN bench_pick k ORDER BY b.i`,
    );
    await step(
      'application status history',
      `
      INSERT INTO application_status_changes (application_id, status, at, by_role)
      SELECT b.id, (ARRAY['APPLIED', 'SHORTLISTED', 'INTERVIEWING', 'OFFERED', 'HIRED'])[n + 1], b.created + n * interval '3 days',
             CASE WHEN n = 0 THEN 'RESIDENT' ELSE 'EMPLOYER' END
      FROM bench_applications b CROSS JOIN LATERAL generate_series(0, b.furthest) n
      UNION ALL
      SELECT b.id, 'REJECTED', b.created + interval '20 days', 'EMPLOYER' FROM bench_applications b
      WHERE b.furthest < 4 AND b.i % 3 = 0`,
    );
    await runner.query('DROP TABLE bench_enrolments, bench_applications, bench_pick');
    await step('vacuum and analyse', 'VACUUM ANALYZE');
  } finally {
    await runner.release();
  }
}
