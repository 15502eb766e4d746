import { DataSource, EntityManager } from 'typeorm';
import { ELIGIBILITY_COLUMNS_SQL, ProgrammeEligibility } from '@app/catalogue';
import { SqlParams } from '@app/database';
import { verifiedOrganisationIdsSql } from '@app/identity';
import { INDEXED_VACANCY } from './matchable-vacancy';
import { credit, distanceKm, matchableVacancy, scoreSql } from './matching.sql';

/**
 * Matching's read model (issue 14 allows it; docs/architecture.md): every query matching runs on other domains'
 * tables, in this one file and nowhere else in libs/matching. Queries only: what a row means, and what is done with
 * it, lives in the callers (resident-context.ts, the indexes, the matching services). Each query has an int-spec
 * (matching.repository.int-spec.ts). Matching never writes any of these tables.
 *
 * Tables read, by owner, and why:
 * - vacancies (vacancies): the matchable-vacancy rule (status, closing date, positions), the workplace and ward, and
 *   the Σ weight and essential count the vacancies domain stores beside the requirements, which the scores divide by.
 * - vacancy_requirements (vacancies): what each vacancy asks for, the input of every score; its covering skill index
 *   is where resident → vacancy matching starts.
 * - organisations (identity), only through identity's `verifiedOrganisationIdsSql`: which employers and providers are
 *   verified, part of the rule for a matchable vacancy and a listed programme.
 * - programmes, programme_skills_taught, programme_prerequisites, cohorts (catalogue): the programme index (what a
 *   published programme teaches, who is eligible, its cohorts' dates and whether places are left).
 * - users, resident_profiles, resident_skills (identity, residents): the residents a vacancy is scored against
 *   (candidates: only those sharing their profile; alert audiences: the residents themselves). One resident's own
 *   facts, equality answers included, come from residents (`residentFacts`).
 * - wards, skills (reference, shared read-only): locations for distances, categories for interests.
 */
type Db = DataSource | EntityManager;

/** What resident → vacancy matching asks about the resident and the page. */
export interface VacancyMatchQuery {
  skills: ReadonlyMap<string, number>;
  latitude: number | null;
  longitude: number | null;
  maxTravelKm: number | null;
  interests: readonly string[];
  workplaces?: readonly string[] | null;
  fullyQualifiedOnly?: boolean | null;
  interestsOnly?: boolean | null;
  today: string;
  limit: number;
  /** Check only the best `shortlist` scores (and ties with the last) against the match rules; null: every hit. */
  shortlist: number | null;
}

export interface VacancyMatchSqlRow {
  id: string;
  score: number;
  fully_qualified: boolean;
  distance_km: number | null;
  in_interests: boolean;
  /** The vacancy's requirements: [skill id, level, essential]. */
  requirements: [string, number, boolean][];
}

/**
 * Resident → vacancies (MATCHING.md "Vacancy score"): candidates come from the requirement index, so the query starts
 * from the resident's few skills and never scans every open vacancy. Scoring, the location rule, the filter and the
 * order are all in this one query; the page's requirements come with it.
 */
export function vacancyMatchRows(db: Db, q: VacancyMatchQuery): Promise<VacancyMatchSqlRow[]> {
  const sql = new SqlParams();
  const skillIds = sql.param([...q.skills.keys()]);
  const levels = sql.param([...q.skills.values()]);
  const lat = sql.param(q.latitude);
  const lon = sql.param(q.longitude);
  const maxTravel = sql.param(q.maxTravelKm);
  const distance = `CASE WHEN v.workplace = 'REMOTE' OR w.code IS NULL OR ${lat}::float8 IS NULL THEN NULL
                      ELSE ${distanceKm(`${lat}::float8`, `${lon}::float8`, 'w.latitude', 'w.longitude')} END`;
  const where = [matchableVacancy(sql.param(q.today))];
  // Interests order equal scores (docs/matching.md "Interests"): a vacancy is in them when any skill it asks for is in
  // a category the resident chose. Only read for residents who chose some.
  const inInterests = q.interests.length
    ? `EXISTS (SELECT 1 FROM vacancy_requirements ir JOIN skills s ON s.id = ir.skill_id
                 WHERE ir.vacancy_id = v.id AND s.category = ANY(${sql.param(q.interests)}::text[]))`
    : 'false';
  if (q.interestsOnly) where.push(inInterests);
  if (q.workplaces?.length) where.push(`v.workplace = ANY(${sql.param(q.workplaces)}::workplace[])`);
  if (q.fullyQualifiedOnly) where.push('h.essentials_met = v.essential_requirements');
  const order = 'score DESC, in_interests DESC, distance_km ASC NULLS LAST, closes_on ASC, id ASC';
  const cutoff =
    q.shortlist === null
      ? ''
      : `WHERE score >= coalesce((SELECT score FROM hits ORDER BY score DESC OFFSET ${sql.param(q.shortlist - 1)} LIMIT 1), 0)`;
  return db.query(
    `WITH rs AS (SELECT * FROM unnest(${skillIds}::uuid[], ${levels}::int[]) AS t(skill_id, level)),
       -- Scored from the covering skill index alone (it carries each vacancy's Σ weight), once.
       hits AS MATERIALIZED (
         SELECT r.vacancy_id, ${scoreSql(`sum(${credit('rs.level')})`, 'min(r.vacancy_weight)')} AS score,
                count(*) FILTER (WHERE r.essential AND rs.level >= r.level) AS essentials_met
         FROM rs JOIN vacancy_requirements r ON r.skill_id = rs.skill_id
         GROUP BY r.vacancy_id),
       shortlist AS (SELECT * FROM hits ${cutoff}),
       scored AS (
         SELECT v.id, h.score, h.essentials_met = v.essential_requirements AS fully_qualified,
                ${distance} AS distance_km, v.closes_on, ${inInterests} AS in_interests
         FROM shortlist h
         -- One primary-key lookup per shortlisted candidate. OFFSET 0 keeps the planner from turning this into a scan
         -- of every vacancy (docs/benchmarks.md).
         CROSS JOIN LATERAL (SELECT * FROM vacancies v WHERE v.id = h.vacancy_id OFFSET 0) v
         LEFT JOIN wards w ON w.code = v.ward_code
         WHERE ${where.join(' AND ')}),
       ranked AS (
         SELECT id, score, fully_qualified, distance_km, in_interests, closes_on FROM scored
         WHERE distance_km IS NULL OR ${maxTravel}::float8 IS NULL OR distance_km <= ${maxTravel}::float8
         ORDER BY ${order}
         LIMIT ${sql.param(q.limit)})
       -- The requirements of the page's vacancies only (the per-skill breakdown), from the vacancy_id index.
       SELECT id, score, fully_qualified, distance_km, in_interests,
              coalesce((SELECT json_agg(json_build_array(q.skill_id, q.level, q.essential))
                        FROM vacancy_requirements q WHERE q.vacancy_id = ranked.id), '[]') AS requirements
       FROM ranked
       ORDER BY ${order}`,
    sql.values,
  );
}

export interface CandidateSqlRow {
  user_id: string;
  ref: string;
  score: number;
  fully_qualified: boolean;
  distance_km: number | null;
}

/**
 * Employer → residents (MATCHING.md "Candidates"): residents sharing their profile, scored against the vacancy, with
 * the pseudonym `c_` + sha256(refKey:vacancy:resident) (candidate-matching.service.ts). The resident's own maximum
 * travel applies. `shortlist` as in vacancyMatchRows.
 */
export function candidateRows(
  db: Db,
  q: { vacancyId: string; refKey: string; limit: number; shortlist: number | null },
): Promise<CandidateSqlRow[]> {
  const sql = new SqlParams();
  const vacancy = sql.param(q.vacancyId);
  const key = sql.param(q.refKey);
  const cutoff =
    q.shortlist === null
      ? ''
      : `WHERE credit >= coalesce((SELECT credit FROM hits ORDER BY credit DESC OFFSET ${sql.param(q.shortlist - 1)} LIMIT 1), 0)`;
  const distance = `CASE WHEN v.workplace = 'REMOTE' OR vw.code IS NULL OR pw.code IS NULL THEN NULL
                      ELSE ${distanceKm('pw.latitude', 'pw.longitude', 'vw.latitude', 'vw.longitude')} END`;
  return db.query(
    `WITH hits AS MATERIALIZED (
           SELECT s.user_id, sum(${credit('s.level')}) AS credit,
                  count(*) FILTER (WHERE r.essential AND s.level >= r.level) AS met
           FROM vacancy_requirements r JOIN resident_skills s ON s.skill_id = r.skill_id
           WHERE r.vacancy_id = ${vacancy}::uuid
           GROUP BY s.user_id),
         shortlist AS (SELECT * FROM hits ${cutoff}),
         scored AS (
           SELECT h.user_id, 'c_' || left(encode(sha256(convert_to(${key} || ':' || ${vacancy} || ':' || h.user_id::text, 'UTF8')), 'hex'), 20) AS ref,
                  ${scoreSql('h.credit', 'v.requirement_weight')} AS score, h.met = v.essential_requirements AS fully_qualified,
                  ${distance} AS distance_km, p.max_travel_km, p.share_profile_with_employers
           FROM shortlist h
           -- Primary-key lookups for the shortlist only; OFFSET 0 keeps the planner from scanning every profile.
           CROSS JOIN LATERAL (
             SELECT p.* FROM resident_profiles p JOIN users u ON u.id = p.user_id AND u.role = 'RESIDENT'
             WHERE p.user_id = h.user_id OFFSET 0) p
           JOIN vacancies v ON v.id = ${vacancy}::uuid
           LEFT JOIN wards pw ON pw.code = p.ward_code
           LEFT JOIN wards vw ON vw.code = v.ward_code)
         SELECT user_id, ref, score, fully_qualified, distance_km FROM scored
         WHERE share_profile_with_employers AND (distance_km IS NULL OR max_travel_km IS NULL OR distance_km <= max_travel_km)
         ORDER BY score DESC, distance_km ASC NULLS LAST, ref ASC
         LIMIT ${sql.param(q.limit)}`,
    sql.values,
  );
}

/**
 * The vacancy's requirements, each with the levels the given residents hold in its skill (resident id → level; a
 * resident without the skill is absent): the candidates' per-skill breakdown, in one read.
 */
export function requirementsHeldBy(
  db: Db,
  vacancyId: string,
  residentIds: readonly string[],
): Promise<{ skill_id: string; level: number; essential: boolean; held: Record<string, number> }[]> {
  return db.query(
    `SELECT r.skill_id, r.level, r.essential,
            coalesce(json_object_agg(s.user_id, s.level) FILTER (WHERE s.user_id IS NOT NULL), '{}') AS held
     FROM vacancy_requirements r
     LEFT JOIN resident_skills s ON s.skill_id = r.skill_id AND s.user_id = ANY($2::uuid[])
     WHERE r.vacancy_id = $1::uuid
     GROUP BY r.skill_id, r.level, r.essential`,
    [vacancyId, residentIds],
  );
}

/**
 * Residents → one vacancy (alert audiences): every resident holding a required skill whose score reaches `minScore`
 * and whose travel limit the vacancy is within. Found through resident_skills by skill, never by scoring everyone.
 */
export function audienceRows(
  db: Db,
  vacancyId: string,
  minScore: number,
): Promise<{ user_id: string; score: number }[]> {
  const score = scoreSql('h.credit', 'v.requirement_weight');
  const distance = `CASE WHEN v.workplace = 'REMOTE' OR vw.code IS NULL OR pw.code IS NULL THEN NULL
                      ELSE ${distanceKm('pw.latitude', 'pw.longitude', 'vw.latitude', 'vw.longitude')} END`;
  return db.query(
    `WITH hits AS MATERIALIZED (
           SELECT s.user_id, sum(${credit('s.level')}) AS credit
           FROM vacancy_requirements r JOIN resident_skills s ON s.skill_id = r.skill_id
           WHERE r.vacancy_id = $1::uuid
           GROUP BY s.user_id)
       SELECT h.user_id, ${score} AS score
       FROM hits h
       JOIN vacancies v ON v.id = $1::uuid
       LEFT JOIN resident_profiles p ON p.user_id = h.user_id
       LEFT JOIN wards pw ON pw.code = p.ward_code
       LEFT JOIN wards vw ON vw.code = v.ward_code
       WHERE ${score} >= $2
         AND (p.max_travel_km IS NULL OR coalesce(${distance} <= p.max_travel_km, true))`,
    [vacancyId, minScore],
  );
}

export interface IndexedVacancyRow {
  id: string;
  closesOn: string;
  positionsOpen: boolean;
  workplace: string;
  latitude: number | null;
  longitude: number | null;
}

/** The vacancies the vacancy index holds (OPEN, verified employer), by id. */
export function indexedVacancies(manager: EntityManager): Promise<IndexedVacancyRow[]> {
  return manager.query(
    `SELECT v.id, v.closes_on::text AS "closesOn", v.positions_filled < v.positions AS "positionsOpen",
            v.workplace::text AS workplace, w.latitude, w.longitude
     FROM vacancies v LEFT JOIN wards w ON w.code = v.ward_code
     WHERE ${INDEXED_VACANCY}
     ORDER BY v.id`,
  );
}

export interface IndexedRequirementRow {
  vacancyId: string;
  skillId: string;
  level: number;
  essential: boolean;
}

/** The requirements of those vacancies. */
export function indexedRequirements(manager: EntityManager): Promise<IndexedRequirementRow[]> {
  return manager.query(
    `SELECT r.vacancy_id AS "vacancyId", r.skill_id AS "skillId", r.level, r.essential
     FROM vacancy_requirements r JOIN vacancies v ON v.id = r.vacancy_id
     WHERE ${INDEXED_VACANCY}`,
  );
}

export type IndexedProgrammeRow = ProgrammeEligibility & {
  id: string;
  kind: string;
  delivery: string;
  weeks: number;
  latitude: number | null;
  longitude: number | null;
  /** [skill id, level] taught; null when none. */
  taught: [string, number][] | null;
  /** [skill id, level] of the essential prerequisites; null when none. */
  prerequisites: [string, number][] | null;
};

/** The published programmes of verified providers, with their eligibility columns, what they teach and require. */
export function indexedProgrammes(manager: EntityManager): Promise<IndexedProgrammeRow[]> {
  return manager.query(
    `SELECT p.id, p.kind::text AS kind, p.delivery::text AS delivery, p.duration_weeks AS weeks, w.latitude, w.longitude,
            ${ELIGIBILITY_COLUMNS_SQL},
            (SELECT json_agg(json_build_array(t.skill_id, t.level)) FROM programme_skills_taught t
              WHERE t.programme_id = p.id) AS taught,
            (SELECT json_agg(json_build_array(q.skill_id, q.level)) FROM programme_prerequisites q
              WHERE q.programme_id = p.id AND q.essential) AS prerequisites
     FROM programmes p LEFT JOIN wards w ON w.code = p.ward_code
     WHERE p.published AND p.provider_id IN (${verifiedOrganisationIdsSql()})
     ORDER BY p.id`,
  );
}

export interface IndexedCohortRow {
  id: string;
  programmeId: string;
  startDate: string;
  applicationsCloseOn: string;
  hasPlaces: boolean; // places_taken < capacity
}

/** Cohorts of published programmes that are not cancelled and whose applications close `today` or later. */
export function indexedCohorts(manager: EntityManager, today: string): Promise<IndexedCohortRow[]> {
  return manager.query(
    `SELECT c.id, c.programme_id AS "programmeId", c.start_date::text AS "startDate",
            c.applications_close_on::text AS "applicationsCloseOn", c.places_taken < c.capacity AS "hasPlaces"
     FROM cohorts c JOIN programmes p ON p.id = c.programme_id AND p.published
     WHERE c.cancelled_at IS NULL AND c.applications_close_on >= $1::date`,
    [today],
  );
}
