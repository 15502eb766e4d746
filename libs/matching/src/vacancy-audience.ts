import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { audienceRows } from './matching.repository';

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
    const rows = await audienceRows(this.dataSource, vacancyId, minScore);
    return rows.map((row) => ({ residentId: row.user_id, score: row.score }));
  }
}
