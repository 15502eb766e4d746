import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { londonToday } from '@app/reference';
import { vacancyMatchRows } from './matching.repository';
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
 * never scans every open vacancy. Scoring, the location rule, the filter and the order are all in one SQL query
 * (vacancyMatchRows, matching.repository.ts).
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
    return vacancyMatchRows(this.dataSource, {
      skills: resident.skills,
      latitude: resident.latitude,
      longitude: resident.longitude,
      maxTravelKm: resident.maxTravelKm,
      interests: resident.interests ?? [],
      workplaces: filter.workplaces,
      fullyQualifiedOnly: filter.fullyQualifiedOnly,
      interestsOnly: filter.interestsOnly,
      today: londonToday(),
      limit,
      shortlist,
    });
  }
}
