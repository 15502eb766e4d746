import { weightSql } from '@app/matching';
import { DataSource } from 'typeorm';

export const SIZES = { vacancies: 100_000, programmes: 10_000, residents: 50_000, employers: 500, providers: 200 };

/**
 * The data set of MATCHING.md "Speed", generated in SQL from a fixed seed, so every run builds the same catalogue:
 * 100,000 OPEN vacancies with 3–8 requirements over the whole taxonomy (popular skills more often, as in real
 * adverts), 10,000 published programmes with 1–3 open cohorts, 50,000 residents with 3–15 skills.
 * Ids are derived from the row number (md5 → uuid), so they are the same in every run too.
 */
export async function generateMatchingData(dataSource: DataSource, log: (line: string) => void): Promise<void> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  const step = async (label: string, sql: string) => {
    const start = Date.now();
    await runner.query(sql);
    log(`  ${label} (${((Date.now() - start) / 1000).toFixed(1)} s)`);
  };
  try {
    await runner.query(`SELECT setseed(0.2026)`);
    await runner.query(`CREATE TEMP TABLE bench_pick AS SELECT
      (SELECT array_agg(id ORDER BY esco_uri) FROM skills) AS skills, (SELECT count(*) FROM skills)::int AS skill_count,
      (SELECT array_agg(code ORDER BY code) FROM wards) AS wards`);
    // Picks from arrays (each row calls random() afresh). Skills are skewed towards the first of the list
    // (random()² is denser near 0): a few skills are asked for often, as in real adverts.
    const skill = `k.skills[1 + floor(k.skill_count * random() ^ 2)::int]`;
    const ward = `k.wards[1 + floor(32 * random())::int]`;

    await step(
      'organisations',
      `
      INSERT INTO organisations (id, kind, name, verified, ward_code)
      SELECT md5('employer' || i)::uuid, 'EMPLOYER'::organisation_kind, 'Employer ' || i, true, ${ward} FROM generate_series(1, ${SIZES.employers}) i CROSS JOIN bench_pick k
      UNION ALL
      SELECT md5('provider' || i)::uuid, 'PROVIDER'::organisation_kind, 'Provider ' || i, true, ${ward} FROM generate_series(1, ${SIZES.providers}) i CROSS JOIN bench_pick k`,
    );

    await step(
      'vacancies',
      `
      INSERT INTO vacancies (id, employer_id, title, description, salary_min_pence, salary_max_pence, hours_per_week, contract,
                             workplace, ward_code, positions, positions_filled, closes_on, status)
      SELECT md5('vacancy' || i)::uuid, md5('employer' || (1 + i % ${SIZES.employers}))::uuid, 'Vacancy ' || i,
             'A generated vacancy for the matching benchmark.', s, s + 500000, 37.5, 'PERMANENT', w,
             CASE WHEN w = 'REMOTE' THEN NULL ELSE ${ward} END, 1 + (i % 3), 0, current_date + 1 + (i % 90), 'OPEN'
      FROM (SELECT i, 2200000 + floor(random() * 2000000)::int AS s,
                   (ARRAY['ON_SITE', 'HYBRID', 'REMOTE'])[1 + floor(random() * 3)::int]::workplace AS w
            FROM generate_series(1, ${SIZES.vacancies}) i) g CROSS JOIN bench_pick k`,
    );

    await step(
      'vacancy requirements',
      `
      INSERT INTO vacancy_requirements (vacancy_id, skill_id, level, essential)
      SELECT md5('vacancy' || v.i)::uuid, r.skill, r.level, r.essential
      FROM (SELECT i, 3 + floor(random() * 6)::int AS n FROM generate_series(1, ${SIZES.vacancies}) i) v
      CROSS JOIN bench_pick k
      CROSS JOIN LATERAL (SELECT ${skill} AS skill, 1 + floor(random() * 4)::int AS level, random() < 0.6 AS essential
                          FROM generate_series(1, v.n) WHERE v.i > 0) r
      ON CONFLICT DO NOTHING`,
    );
    await step(
      'vacancy weights',
      `
      UPDATE vacancies v SET requirement_weight = r.weight, essential_requirements = r.essentials
      FROM (SELECT vacancy_id, sum(${weightSql('essential')}) AS weight, count(*) FILTER (WHERE essential) AS essentials
            FROM vacancy_requirements GROUP BY vacancy_id) r WHERE r.vacancy_id = v.id;
      UPDATE vacancy_requirements r SET vacancy_weight = v.requirement_weight FROM vacancies v WHERE v.id = r.vacancy_id`,
    );

    await step(
      'programmes',
      `
      INSERT INTO programmes (id, provider_id, kind, title, summary, duration_weeks, hours_per_week, delivery, ward_code,
                              fully_funded, cost_pence, min_age, residency, target_groups, published)
      SELECT md5('programme' || i)::uuid, md5('provider' || (1 + i % ${SIZES.providers}))::uuid,
             (ARRAY['BOOTCAMP', 'APPRENTICESHIP', 'SHORT_COURSE'])[1 + floor(random() * 3)::int]::programme_kind,
             'Programme ' || i, 'A generated programme.', 4 + floor(random() * 48)::int, 10 + floor(random() * 25)::int, d,
             CASE WHEN d = 'ONLINE' THEN NULL ELSE ${ward} END, true, 0,
             CASE WHEN random() < 0.1 THEN 19 END, 'ANY',
             CASE WHEN random() < 0.1 THEN '{WOMEN,TRANS_AND_NON_BINARY}'::target_group[] ELSE '{}' END, true
      FROM (SELECT i, (ARRAY['IN_PERSON', 'ONLINE', 'HYBRID'])[1 + floor(random() * 3)::int]::delivery_mode AS d
            FROM generate_series(1, ${SIZES.programmes}) i) g CROSS JOIN bench_pick k`,
    );
    await step(
      'skills taught and prerequisites',
      `
      INSERT INTO programme_skills_taught (programme_id, skill_id, level)
      SELECT md5('programme' || p.i)::uuid, ${skill}, 2 + floor(random() * 3)::int
      FROM (SELECT i, 2 + floor(random() * 5)::int AS n FROM generate_series(1, ${SIZES.programmes}) i) p
      CROSS JOIN bench_pick k CROSS JOIN LATERAL generate_series(1, p.n)
      ON CONFLICT DO NOTHING;
      INSERT INTO programme_prerequisites (programme_id, skill_id, level, essential)
      SELECT md5('programme' || p.i)::uuid, ${skill}, 1 + floor(random() * 2)::int, random() < 0.5
      FROM (SELECT i, floor(random() * 3)::int AS n FROM generate_series(1, ${SIZES.programmes}) i) p
      CROSS JOIN bench_pick k CROSS JOIN LATERAL generate_series(1, p.n)
      ON CONFLICT DO NOTHING`,
    );
    await step(
      'cohorts',
      `
      INSERT INTO cohorts (programme_id, start_date, end_date, applications_close_on, capacity)
      SELECT md5('programme' || p.i)::uuid, s, s + 84, s - 5, 20 + floor(random() * 21)::int
      FROM (SELECT i, 1 + floor(random() * 3)::int AS n FROM generate_series(1, ${SIZES.programmes}) i) p
      CROSS JOIN LATERAL (SELECT current_date + 10 + floor(random() * 90)::int AS s FROM generate_series(1, p.n) WHERE p.i > 0) c`,
    );

    await step(
      'residents',
      `
      INSERT INTO users (id, email, display_name, role, password_hash)
      SELECT md5('resident' || i)::uuid, 'bench.resident.' || i || '@example.org', 'Resident ' || i, 'RESIDENT', 'not-a-real-hash'
      FROM generate_series(1, ${SIZES.residents}) i;
      INSERT INTO resident_profiles (user_id, ward_code, lives_in_greater_manchester, date_of_birth, employment_status,
                                     highest_qualification_level, max_travel_km, share_profile_with_employers)
      SELECT md5('resident' || i)::uuid, CASE WHEN random() < 0.9 THEN ${ward} END, true,
             current_date - (18 * 365 + floor(random() * 47 * 365)::int),
             (ARRAY['UNEMPLOYED', 'EMPLOYED_LOW_PAID', 'EMPLOYED', 'IN_EDUCATION'])[1 + floor(random() * 4)::int]::employment_status,
             floor(random() * 7)::int, CASE WHEN random() < 0.5 THEN 5 + floor(random() * 26)::int END, random() < 0.5
      FROM generate_series(1, ${SIZES.residents}) i CROSS JOIN bench_pick k;
      INSERT INTO equality_monitoring (user_id, gender, ethnicity)
      SELECT md5('resident' || i)::uuid, (ARRAY['WOMAN', 'MAN', 'NON_BINARY'])[1 + floor(random() * 3)::int]::gender,
             (ARRAY['WHITE_BRITISH', 'ASIAN_PAKISTANI', 'BLACK_AFRICAN', 'MIXED_OTHER'])[1 + floor(random() * 4)::int]::ethnicity
      FROM generate_series(1, ${SIZES.residents}) i`,
    );
    await step(
      'resident skills',
      `
      INSERT INTO resident_skills (user_id, skill_id, level, evidence)
      SELECT md5('resident' || r.i)::uuid, ${skill}, 1 + floor(random() * 4)::int, 'SELF_DECLARED'
      FROM (SELECT i, 3 + floor(random() * 13)::int AS n FROM generate_series(1, ${SIZES.residents}) i) r
      CROSS JOIN bench_pick k CROSS JOIN LATERAL generate_series(1, r.n)
      ON CONFLICT DO NOTHING`,
    );
    await step('vacuum and analyse', 'VACUUM ANALYZE'); // index-only scans need the visibility map
  } finally {
    await runner.release();
  }
}
