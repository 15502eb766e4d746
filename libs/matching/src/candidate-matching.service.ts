import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash, createHmac } from 'node:crypto';
import { DataSource } from 'typeorm';
import { RUNTIME_CONFIG, RuntimeConfig } from '@app/config';
import { blindLevel } from './blind-candidate';
import { candidateRows, requirementsHeldBy } from './matching.repository';
import { skillStandings, SkillMatchResult } from './vacancy-score';

export interface CandidateRow {
  candidateRef: string;
  residentId: string;
  score: number;
  fullyQualified: boolean;
  distanceKm: number | null;
  /** Every requirement against the candidate's level shown blind (up to the one required), in no particular order. */
  skills: SkillMatchResult[];
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
    const rows = shortlisted.length < limit ? await this.query(vacancyId, limit, null) : shortlisted;
    if (rows.length === 0) return [];
    const requirements = await requirementsHeldBy(
      this.dataSource,
      vacancyId,
      rows.map((row) => row.user_id),
    );
    return rows.map((row) => ({
      candidateRef: row.ref,
      residentId: row.user_id,
      score: row.score,
      fullyQualified: row.fully_qualified,
      distanceKm: row.distance_km,
      // Blind before shortlisting: levels only up to the one required (blind-candidate.ts).
      skills: skillStandings(
        requirements.map((r) => ({ skillId: r.skill_id, level: r.level, essential: r.essential })),
        new Map(requirements.map((r) => [r.skill_id, blindLevel(r.held[row.user_id] ?? 0, r.level)])),
      ),
    }));
  }

  private query(vacancyId: string, limit: number, shortlist: number | null) {
    return candidateRows(this.dataSource, { vacancyId, refKey: this.refKey, limit, shortlist });
  }
}
