import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { SqlParams } from '@app/database';
import { londonToday } from '@app/reference';
import { credit, distanceKm, matchableVacancy, scoreSql } from './matching.sql';
import { loadResidentContext, ResidentContext } from './resident-context';
import { skillStandings, SkillMatchResult } from './vacancy-score';

export interface MatchFilter {
  workplaces?: string[] | null;
  kinds?: string[] | null;
  fullyQualifiedOnly?: boolean | null;
  /** Only matches in the resident's interests (docs/matching.md "Interests"). */
  interestsOnly?: boolean | null;
}

export interface VacancyMatchRow {
  vacancyId: string;
  score: number;
  fullyQualified: boolean;
  distanceKm: number | null;
  inInterests: boolean;
  /** Every requirement with the resident's level against it, in no particular order (the API sorts by name). */
  skills: SkillMatchResult[];
}

/**
 * Resident → vacancies (MATCHING.md "Vacancy score"). Candidates come from the requirement index: only vacancies
 * that ask for a skill the resident holds can score above 0, so the query starts from the resident's few skills and
 * never scans every open vacancy. Scoring, the location rule, the filter and the order are all in one SQL query.
 */
@Injectable()
export class VacancyMatchingService {
  /** How many of the best-scored candidates are checked first (never fewer than the page asked for). */
  static shortlistSize = 200;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  context(userId: string): Promise<ResidentContext> {
    return loadResidentContext(this.dataSource, userId);
  }

  async matchVacancies(resident: ResidentContext, filter: MatchFilter, limit: number): Promise<VacancyMatchRow[]> {
    if (resident.skills.size === 0) return [];
    // First only the best-scored candidates (and every one tied with the last of them) are checked against the
    // match rules: anything left out scores lower than all of them. If too few pass, the full query runs.
    const shortlisted = await this.query(
      resident,
      filter,
      limit,
      Math.max(VacancyMatchingService.shortlistSize, limit),
    );
    const rows = shortlisted.length < limit ? await this.query(resident, filter, limit, null) : shortlisted;
    return rows.map((row) => ({
      vacancyId: row.id,
      score: row.score,
      fullyQualified: row.fully_qualified,
      distanceKm: row.distance_km,
      inInterests: row.in_interests,
      skills: skillStandings(
        row.requirements.map(([skillId, level, essential]) => ({ skillId, level, essential })),
        resident.skills,
      ),
    }));
  }

  private query(resident: ResidentContext, filter: MatchFilter, limit: number, shortlist: number | null) {
    const sql = new SqlParams();
    const skillIds = sql.param([...resident.skills.keys()]);
    const levels = sql.param([...resident.skills.values()]);
    const lat = sql.param(resident.latitude);
    const lon = sql.param(resident.longitude);
    const maxTravel = sql.param(resident.maxTravelKm);
    const distance = `CASE WHEN v.workplace = 'REMOTE' OR w.code IS NULL OR ${lat}::float8 IS NULL THEN NULL
                      ELSE ${distanceKm(`${lat}::float8`, `${lon}::float8`, 'w.latitude', 'w.longitude')} END`;
    const where = [matchableVacancy(sql.param(londonToday()))];
    // Interests order equal scores (docs/matching.md "Interests"): a vacancy is in them when any skill it asks for is in
    // a category the resident chose. Only read for residents who chose some.
    const interests = resident.interests ?? [];
    const inInterests = interests.length
      ? `EXISTS (SELECT 1 FROM vacancy_requirements ir JOIN skills s ON s.id = ir.skill_id
                 WHERE ir.vacancy_id = v.id AND s.category = ANY(${sql.param(interests)}::text[]))`
      : 'false';
    if (filter.interestsOnly) where.push(inInterests);
    if (filter.workplaces?.length) where.push(`v.workplace = ANY(${sql.param(filter.workplaces)}::workplace[])`);
    if (filter.fullyQualifiedOnly) where.push('h.essentials_met = v.essential_requirements');
    const order = 'score DESC, in_interests DESC, distance_km ASC NULLS LAST, closes_on ASC, id ASC';
    const cutoff =
      shortlist === null
        ? ''
        : `WHERE score >= coalesce((SELECT score FROM hits ORDER BY score DESC OFFSET ${sql.param(shortlist - 1)} LIMIT 1), 0)`;
    return this.dataSource.query(
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
         JOIN organisations o ON o.id = v.employer_id
         LEFT JOIN wards w ON w.code = v.ward_code
         WHERE ${where.join(' AND ')}),
       ranked AS (
         SELECT id, score, fully_qualified, distance_km, in_interests, closes_on FROM scored
         WHERE distance_km IS NULL OR ${maxTravel}::float8 IS NULL OR distance_km <= ${maxTravel}::float8
         ORDER BY ${order}
         LIMIT ${sql.param(limit)})
       -- The requirements of the page's vacancies only (the per-skill breakdown), from the vacancy_id index.
       SELECT id, score, fully_qualified, distance_km, in_interests,
              coalesce((SELECT json_agg(json_build_array(q.skill_id, q.level, q.essential))
                        FROM vacancy_requirements q WHERE q.vacancy_id = ranked.id), '[]') AS requirements
       FROM ranked
       ORDER BY ${order}`,
      sql.values,
    ) as Promise<
      {
        id: string;
        score: number;
        fully_qualified: boolean;
        distance_km: number | null;
        in_interests: boolean;
        requirements: [string, number, boolean][];
      }[]
    >;
  }
}
