import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AlertFrequency, SavedSearchKind } from './notification.types';

export interface SavedSearchRecord {
  id: string;
  kind: SavedSearchKind;
  query: string | null;
  programmeFilter: Record<string, unknown> | null;
  vacancyFilter: Record<string, unknown> | null;
  minScore: number;
  frequency: AlertFrequency;
  createdAt: Date;
}

export type NewSavedSearch = Omit<SavedSearchRecord, 'id' | 'createdAt'>;

/** A resident to alert, with the soonest frequency among their searches that asked for it. */
export interface Searcher {
  residentId: string;
  frequency: AlertFrequency;
}

const COLUMNS = `id, kind, query, programme_filter AS "programmeFilter", vacancy_filter AS "vacancyFilter",
  min_score AS "minScore", frequency, created_at AS "createdAt"`;

/** INSTANT before DAILY before WEEKLY: a resident with several matching searches is told at the soonest. */
export const SOONEST_FREQUENCY = `(array_agg(s.frequency ORDER BY array_position(ARRAY['INSTANT','DAILY','WEEKLY'], s.frequency)))[1]`;

/** Every query on saved_searches alone (matching them against jobs and courses: notifications.read-model.ts). */
@Injectable()
export class SavedSearchRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async create(residentId: string, search: NewSavedSearch): Promise<SavedSearchRecord> {
    const [row] = await this.dataSource.query(
      `INSERT INTO saved_searches (resident_id, kind, query, programme_filter, vacancy_filter, min_score, frequency)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING ${COLUMNS}`,
      [
        residentId,
        search.kind,
        search.query,
        search.programmeFilter && JSON.stringify(search.programmeFilter),
        search.vacancyFilter && JSON.stringify(search.vacancyFilter),
        search.minScore,
        search.frequency,
      ],
    );
    return row;
  }

  async count(residentId: string): Promise<number> {
    const [{ count }] = await this.dataSource.query(
      'SELECT count(*)::int AS count FROM saved_searches WHERE resident_id = $1',
      [residentId],
    );
    return count;
  }

  list(residentId: string): Promise<SavedSearchRecord[]> {
    return this.dataSource.query(
      `SELECT ${COLUMNS} FROM saved_searches WHERE resident_id = $1 ORDER BY created_at DESC, id DESC`,
      [residentId],
    );
  }

  /** Deletes one of the resident's own searches; false when they have none with that id. */
  async delete(residentId: string, id: string): Promise<boolean> {
    const [, affected] = await this.dataSource.query('DELETE FROM saved_searches WHERE resident_id = $1 AND id = $2', [
      residentId,
      id,
    ]);
    return affected > 0;
  }

  /** The lowest minimum score of any JOBS search (null when there is none): the audience need go no lower. */
  async lowestJobScore(): Promise<number | null> {
    const [{ lowest }] = await this.dataSource.query(
      `SELECT min(min_score)::float8 AS lowest FROM saved_searches WHERE kind = 'JOBS'`,
    );
    return lowest;
  }

  /** Every resident with at least one saved search: they asked for alerts, pathway alerts included. */
  searchers(): Promise<Searcher[]> {
    return this.dataSource.query(
      `SELECT s.resident_id AS "residentId", ${SOONEST_FREQUENCY} AS frequency FROM saved_searches s GROUP BY s.resident_id`,
    );
  }
}
