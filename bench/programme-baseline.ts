import { DataSource } from 'typeorm';
import { credit, scoreSql } from '@app/matching';

// The straightforward implementation of programme matches and pathways, for the benchmark's baseline: everything in
// one SQL query, as the first version of the platform computed them. Eligibility, the next cohort and the location
// rule are written in SQL; every (listed programme, open vacancy) pair that one of the programme's skill gains
// touches is scored before and after, and the pairs are counted (matches) or ranked (pathways). Pairs a programme
// does not touch can neither improve nor open, so leaving them out changes no answer.

const distance = (a: string, b: string) =>
  `round((2 * 6371 * asin(least(1, sqrt(power(sin(radians(${b}.latitude - ${a}.latitude) / 2), 2)
     + cos(radians(${a}.latitude)) * cos(radians(${b}.latitude)) * power(sin(radians(${b}.longitude - ${a}.longitude) / 2), 2)))))::numeric, 1)::float8`;

const PAIRS = `
  WITH me AS (
    SELECT p.ward_code, coalesce(p.lives_in_greater_manchester, false) AS in_gm, p.date_of_birth, p.employment_status,
           p.highest_qualification_level AS qualification, p.max_travel_km, w.latitude, w.longitude,
           e.gender, e.trans, e.ethnicity, e.disability
    FROM users u LEFT JOIN resident_profiles p ON p.user_id = u.id LEFT JOIN wards w ON w.code = p.ward_code
    LEFT JOIN equality_monitoring e ON e.user_id = u.id
    WHERE u.id = $1),
  rs AS (SELECT skill_id, level FROM resident_skills WHERE user_id = $1),
  candidates AS (
    SELECT p.id, p.duration_weeks AS weeks, c.id AS cohort_id, c.start_date,
           CASE WHEN p.delivery = 'ONLINE' OR pw.code IS NULL OR me.latitude IS NULL THEN NULL ELSE ${distance('me', 'pw')} END
             AS distance_km,
           date_part('year', age(c.start_date, me.date_of_birth)) AS age
    FROM programmes p
    JOIN organisations o ON o.id = p.provider_id AND o.verified
    LEFT JOIN wards pw ON pw.code = p.ward_code
    CROSS JOIN me
    JOIN LATERAL (
      SELECT c.id, c.start_date FROM cohorts c
      WHERE c.programme_id = p.id AND c.cancelled_at IS NULL AND c.start_date > $2::date
        AND c.applications_close_on >= $2::date AND c.places_taken < c.capacity
      ORDER BY c.start_date, c.id LIMIT 1) c ON true
    WHERE p.published
      AND (p.min_qualification_level IS NULL OR coalesce(me.qualification, -1) >= p.min_qualification_level)
      AND (cardinality(p.employment_statuses) = 0 OR me.employment_status = ANY(p.employment_statuses))
      AND (p.residency <> 'MANCHESTER' OR me.ward_code IS NOT NULL)
      AND (p.residency <> 'GREATER_MANCHESTER' OR me.ward_code IS NOT NULL OR me.in_gm)
      AND NOT EXISTS (SELECT 1 FROM programme_prerequisites q LEFT JOIN rs ON rs.skill_id = q.skill_id
                      WHERE q.programme_id = p.id AND q.essential AND coalesce(rs.level, 0) < q.level)),
  listed AS (
    SELECT c.* FROM candidates c CROSS JOIN me
    JOIN programmes p ON p.id = c.id
    WHERE (p.min_age IS NULL OR c.age >= p.min_age) AND (p.max_age IS NULL OR c.age <= p.max_age)
      AND (cardinality(p.target_groups) = 0
           OR ('WOMEN' = ANY(p.target_groups) AND me.gender = 'WOMAN')
           OR ('TRANS_AND_NON_BINARY' = ANY(p.target_groups) AND (me.trans = 'YES' OR me.gender = 'NON_BINARY'))
           OR ('ETHNIC_MINORITY' = ANY(p.target_groups) AND me.ethnicity NOT IN ('WHITE_BRITISH', 'PREFER_NOT_TO_SAY'))
           OR ('DISABLED' = ANY(p.target_groups) AND me.disability = 'YES')
           OR ('AGED_50_PLUS' = ANY(p.target_groups) AND c.age >= 50))
      AND (c.distance_km IS NULL OR me.max_travel_km IS NULL OR c.distance_km <= me.max_travel_km)),
  gain AS (
    SELECT l.id AS programme_id, t.skill_id, t.level AS g, coalesce(rs.level, 0) AS l
    FROM listed l JOIN programme_skills_taught t ON t.programme_id = l.id LEFT JOIN rs ON rs.skill_id = t.skill_id
    WHERE t.level > coalesce(rs.level, 0)),
  touched AS (
    SELECT g.programme_id, r.vacancy_id, sum(${credit('g.g')} - ${credit('g.l')}) AS delta,
           count(*) FILTER (WHERE r.essential AND g.g >= r.level) AS closes
    FROM gain g JOIN vacancy_requirements r ON r.skill_id = g.skill_id AND r.level > g.l
    GROUP BY g.programme_id, r.vacancy_id),
  now AS (
    SELECT r.vacancy_id, sum(${credit('rs.level')}) AS credit,
           count(*) FILTER (WHERE r.essential AND rs.level >= r.level) AS met
    FROM rs JOIN vacancy_requirements r ON r.skill_id = rs.skill_id
    GROUP BY r.vacancy_id),
  pairs AS (
    SELECT t.programme_id, t.vacancy_id,
           ${scoreSql('coalesce(n.credit, 0)', 'v.requirement_weight')} AS score_before,
           ${scoreSql('(coalesce(n.credit, 0) + t.delta)', 'v.requirement_weight')} AS score_after,
           v.essential_requirements > coalesce(n.met, 0) AND t.closes = v.essential_requirements - coalesce(n.met, 0) AS opened
    FROM touched t
    JOIN vacancies v ON v.id = t.vacancy_id
    JOIN organisations o ON o.id = v.employer_id
    LEFT JOIN wards w ON w.code = v.ward_code
    LEFT JOIN now n ON n.vacancy_id = t.vacancy_id
    CROSS JOIN me
    WHERE v.status = 'OPEN' AND v.closes_on >= $2::date AND v.positions_filled < v.positions AND o.verified
      AND (v.workplace = 'REMOTE' OR w.code IS NULL OR me.latitude IS NULL OR me.max_travel_km IS NULL
           OR ${distance('me', 'w')} <= me.max_travel_km))`;

/** myProgrammeMatches(first: 20) in one query. */
export function baselineProgrammeMatches(dataSource: DataSource, residentId: string, today: string) {
  return dataSource.query(
    `${PAIRS},
    counts AS (SELECT programme_id, count(*) AS improved, count(*) FILTER (WHERE opened) AS opened
               FROM pairs GROUP BY programme_id),
    gains AS (SELECT programme_id, count(*) AS gained FROM gain GROUP BY programme_id)
    SELECT l.id, coalesce(c.opened, 0) AS opened, coalesce(c.improved, 0) AS improved
    FROM listed l JOIN gains g ON g.programme_id = l.id LEFT JOIN counts c ON c.programme_id = l.id
    ORDER BY 2 DESC, 3 DESC, g.gained DESC, l.start_date, l.distance_km NULLS LAST, l.id
    LIMIT 20`,
    [residentId, today],
  );
}

/** myPathways(first: 10) in one query. */
export function baselinePathways(dataSource: DataSource, residentId: string, today: string) {
  return dataSource.query(
    `${PAIRS}
    SELECT p.programme_id, p.vacancy_id, p.score_before, p.score_after
    FROM pairs p JOIN listed l ON l.id = p.programme_id
    WHERE p.opened
    ORDER BY p.score_after DESC, p.score_after - p.score_before DESC, l.weeks, l.start_date, p.vacancy_id, p.programme_id
    LIMIT 10`,
    [residentId, today],
  );
}
