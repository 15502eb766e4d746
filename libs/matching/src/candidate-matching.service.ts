import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash, createHmac } from 'node:crypto';
import { DataSource } from 'typeorm';
import { RUNTIME_CONFIG, RuntimeConfig } from '@app/config';
import { SqlParams } from '@app/database';
import { credit, distanceKm, scoreSql } from './matching.sql';

export interface CandidateRow {
  candidateRef: string;
  residentId: string;
  score: number;
  fullyQualified: boolean;
  distanceKm: number | null;
}

/**
 * Employer → residents (MATCHING.md "Candidates"): residents who agreed to share their profile, scored against the
 * vacancy, blind. A candidate is known to the employer only by a pseudonym that is stable for one vacancy and
 * different for every other, so refs cannot be joined across vacancies.
 */
@Injectable()
export class CandidateMatchingService {
  private readonly refKey: string;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(RUNTIME_CONFIG) config: RuntimeConfig,
  ) {
    // A key of its own, derived from the server secret and hashed in front of (vacancy, resident): without the key a
    // ref cannot be linked to a resident or to the same resident's ref on another vacancy.
    this.refKey = createHmac('sha256', config.jwtSecret).update('candidate-ref').digest('hex');
  }

  /** The same pseudonym the candidate list shows, for one (vacancy, resident): applications use it too. */
  candidateRef(vacancyId: string, residentId: string): string {
    return 'c_' + createHash('sha256').update(`${this.refKey}:${vacancyId}:${residentId}`).digest('hex').slice(0, 20);
  }

  /** How many of the best-scored residents are checked first (never fewer than the page asked for). */
  static shortlistSize = 200;

  /**
   * Only the best-scored residents (and every one tied with the last of them) are checked for consent and distance
   * first: anyone left out scores lower than all of them. If too few pass, every resident with a score is checked.
   */
  async candidates(vacancyId: string, limit: number): Promise<CandidateRow[]> {
    const shortlisted = await this.query(vacancyId, limit, Math.max(CandidateMatchingService.shortlistSize, limit));
    return shortlisted.length < limit ? this.query(vacancyId, limit, null) : shortlisted;
  }

  private async query(vacancyId: string, limit: number, shortlist: number | null): Promise<CandidateRow[]> {
    const sql = new SqlParams();
    const vacancy = sql.param(vacancyId);
    const key = sql.param(this.refKey);
    const cutoff =
      shortlist === null
        ? ''
        : `WHERE credit >= coalesce((SELECT credit FROM hits ORDER BY credit DESC OFFSET ${sql.param(shortlist - 1)} LIMIT 1), 0)`;
    // The resident's own maximum travel applies, as it does when they look for vacancies.
    const distance = `CASE WHEN v.workplace = 'REMOTE' OR vw.code IS NULL OR pw.code IS NULL THEN NULL
                      ELSE ${distanceKm('pw.latitude', 'pw.longitude', 'vw.latitude', 'vw.longitude')} END`;
    const rows: {
      user_id: string;
      ref: string;
      score: number;
      fully_qualified: boolean;
      distance_km: number | null;
    }[] = await this.dataSource.query(
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
         LIMIT ${sql.param(limit)}`,
      sql.values,
    );
    return rows.map((row) => ({
      candidateRef: row.ref,
      residentId: row.user_id,
      score: row.score,
      fullyQualified: row.fully_qualified,
      distanceKm: row.distance_km,
    }));
  }
}
