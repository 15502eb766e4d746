import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { credit, distanceKm } from './matching.sql';

export interface AudienceMember {
  residentId: string;
  score: number;
}

/**
 * Residents → one vacancy, for alerts about a vacancy that just opened: every resident it matches (MATCHING.md
 * rules 2 and 3: score > 0 and the resident's travel limit) with at least `minScore`. Found through the skills index
 * (resident_skills by skill: only residents holding a required skill are touched), never by scoring every resident.
 * No consent rule: the alert goes to the resident themself, and nobody else learns anything.
 */
@Injectable()
export class VacancyAudience {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async residentsMatching(vacancyId: string, minScore: number): Promise<AudienceMember[]> {
    const distance = `CASE WHEN v.workplace = 'REMOTE' OR vw.code IS NULL OR pw.code IS NULL THEN NULL
                      ELSE ${distanceKm('pw.latitude', 'pw.longitude', 'vw.latitude', 'vw.longitude')} END`;
    const rows: { user_id: string; score: number }[] = await this.dataSource.query(
      `WITH hits AS MATERIALIZED (
           SELECT s.user_id, sum(${credit('s.level')}) AS credit
           FROM vacancy_requirements r JOIN resident_skills s ON s.skill_id = r.skill_id
           WHERE r.vacancy_id = $1::uuid
           GROUP BY s.user_id)
       SELECT h.user_id, h.credit::float8 / (12 * v.requirement_weight) AS score
       FROM hits h
       JOIN vacancies v ON v.id = $1::uuid
       LEFT JOIN resident_profiles p ON p.user_id = h.user_id
       LEFT JOIN wards pw ON pw.code = p.ward_code
       LEFT JOIN wards vw ON vw.code = v.ward_code
       WHERE h.credit::float8 / (12 * v.requirement_weight) >= $2
         AND (p.max_travel_km IS NULL OR coalesce(${distance} <= p.max_travel_km, true))`,
      [vacancyId, minScore],
    );
    return rows.map((row) => ({ residentId: row.user_id, score: row.score }));
  }
}
