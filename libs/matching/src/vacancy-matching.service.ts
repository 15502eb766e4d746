import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { SqlParams } from '@app/database';
import { londonToday } from '@app/reference';
import { credit, distanceKm, matchableVacancy } from './matching.sql';
import { loadResidentContext, ResidentContext } from './resident-context';

export interface MatchFilter {
  workplaces?: string[] | null;
  kinds?: string[] | null;
  fullyQualifiedOnly?: boolean | null;
}

export interface VacancyMatchRow {
  vacancyId: string;
  score: number;
  fullyQualified: boolean;
  distanceKm: number | null;
}

/**
 * Resident → vacancies (MATCHING.md "Vacancy score"). Candidates come from the requirement index: only vacancies
 * that ask for a skill the resident holds can score above 0, so the query starts from the resident's few skills and
 * never scans every open vacancy. Scoring, the location rule, the filter and the order are all in one SQL query.
 */
@Injectable()
export class VacancyMatchingService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  context(userId: string): Promise<ResidentContext> {
    return loadResidentContext(this.dataSource, userId);
  }

  async matchVacancies(resident: ResidentContext, filter: MatchFilter, limit: number): Promise<VacancyMatchRow[]> {
    if (resident.skills.size === 0) return [];
    const sql = new SqlParams();
    const skillIds = sql.param([...resident.skills.keys()]);
    const levels = sql.param([...resident.skills.values()]);
    const lat = sql.param(resident.latitude);
    const lon = sql.param(resident.longitude);
    const maxTravel = sql.param(resident.maxTravelKm);
    const distance = `CASE WHEN v.workplace = 'REMOTE' OR w.code IS NULL OR ${lat}::float8 IS NULL THEN NULL
                      ELSE ${distanceKm(`${lat}::float8`, `${lon}::float8`, 'w.latitude', 'w.longitude')} END`;
    const where = [matchableVacancy(sql.param(londonToday()))];
    if (filter.workplaces?.length) where.push(`v.workplace = ANY(${sql.param(filter.workplaces)}::workplace[])`);
    if (filter.fullyQualifiedOnly) where.push('h.essentials_met = v.essential_requirements');
    const rows: { id: string; score: number; fully_qualified: boolean; distance_km: number | null }[] =
      await this.dataSource.query(
        `WITH rs AS (SELECT * FROM unnest(${skillIds}::uuid[], ${levels}::int[]) AS t(skill_id, level)),
       -- Scored from the covering index alone, once (MATERIALIZED: not re-run by each parallel worker).
       hits AS MATERIALIZED (
         SELECT r.vacancy_id, sum(${credit('rs.level')}) AS credit,
                count(*) FILTER (WHERE r.essential AND rs.level >= r.level) AS essentials_met
         FROM rs JOIN vacancy_requirements r ON r.skill_id = rs.skill_id
         GROUP BY r.vacancy_id),
       scored AS (
         SELECT v.id, h.credit::float8 / (12 * v.requirement_weight) AS score,
                h.essentials_met = v.essential_requirements AS fully_qualified, ${distance} AS distance_km, v.closes_on
         FROM hits h
         -- One primary-key lookup per candidate. OFFSET 0 keeps the planner from turning this into a scan of every
         -- vacancy, which it prefers and which costs more than the few thousand lookups (docs/benchmarks.md).
         CROSS JOIN LATERAL (SELECT * FROM vacancies v WHERE v.id = h.vacancy_id OFFSET 0) v
         JOIN organisations o ON o.id = v.employer_id
         LEFT JOIN wards w ON w.code = v.ward_code
         WHERE ${where.join(' AND ')})
       SELECT id, score, fully_qualified, distance_km FROM scored
       WHERE distance_km IS NULL OR ${maxTravel}::float8 IS NULL OR distance_km <= ${maxTravel}::float8
       ORDER BY score DESC, distance_km ASC NULLS LAST, closes_on ASC, id ASC
       LIMIT ${sql.param(limit)}`,
        sql.values,
      );
    return rows.map((row) => ({
      vacancyId: row.id,
      score: row.score,
      fullyQualified: row.fully_qualified,
      distanceKm: row.distance_km,
    }));
  }
}
