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

// INSTANT before DAILY before WEEKLY: a resident with several matching searches is told at the soonest.
const SOONEST = `(array_agg(s.frequency ORDER BY array_position(ARRAY['INSTANT','DAILY','WEEKLY'], s.frequency)))[1]`;

/** The filter's list `key` is unset, or holds `value` (a text SQL expression). */
const anyOf = (filter: string, key: string, value: string) =>
  `(coalesce(jsonb_typeof(${filter} -> '${key}'), 'null') <> 'array' OR ${filter} -> '${key}' ? ${value})`;

/** What a JOBS search's vacancy filter asks of the vacancy `v` (as /jobs filters: workplace, contract, ward, skills). */
const VACANCY_FILTER = [
  anyOf('s.vacancy_filter', 'workplaces', 'v.workplace::text'),
  anyOf('s.vacancy_filter', 'contracts', 'v.contract::text'),
  `(s.vacancy_filter ->> 'wardCode' IS NULL OR v.ward_code = s.vacancy_filter ->> 'wardCode')`,
  `(coalesce(jsonb_typeof(s.vacancy_filter -> 'skillIds'), 'null') <> 'array' OR EXISTS (
     SELECT 1 FROM vacancy_requirements r WHERE r.vacancy_id = v.id AND s.vacancy_filter -> 'skillIds' ? r.skill_id::text))`,
].join(' AND ');

/** What a COURSES search's programme filter asks of the programme `p` (kind, delivery, fully funded). */
const PROGRAMME_FILTER = [
  anyOf('s.programme_filter', 'kinds', 'p.kind::text'),
  anyOf('s.programme_filter', 'delivery', 'p.delivery::text'),
  `(coalesce((s.programme_filter ->> 'fullyFundedOnly')::boolean, false) = false OR p.fully_funded)`,
].join(' AND ');

/** Every query on saved_searches. */
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

  /**
   * Residents with a JOBS search the vacancy answers: its words (when it has any) are in the vacancy's title or
   * description, its filter lets the vacancy through, and the resident's score (from `audience`) reaches the
   * search's minimum. Set-based.
   */
  async jobSearchers(
    vacancyId: string,
    audience: readonly { residentId: string; score: number }[],
  ): Promise<(Searcher & { score: number })[]> {
    if (audience.length === 0) return [];
    return this.dataSource.query(
      `SELECT s.resident_id AS "residentId", ${SOONEST} AS frequency, max(a.score) AS score
       FROM unnest($2::uuid[], $3::float8[]) AS a (resident_id, score)
       JOIN saved_searches s ON s.resident_id = a.resident_id AND s.kind = 'JOBS' AND a.score >= s.min_score
       JOIN vacancies v ON v.id = $1
       WHERE (s.query IS NULL
              OR to_tsvector('english', v.title || ' ' || v.description) @@ websearch_to_tsquery('english', s.query))
         AND ${VACANCY_FILTER}
       GROUP BY s.resident_id`,
      [vacancyId, audience.map((member) => member.residentId), audience.map((member) => member.score)],
    );
  }

  /** The lowest minimum score of any JOBS search (null when there is none): the audience need go no lower. */
  async lowestJobScore(): Promise<number | null> {
    const [{ lowest }] = await this.dataSource.query(
      `SELECT min(min_score)::float8 AS lowest FROM saved_searches WHERE kind = 'JOBS'`,
    );
    return lowest;
  }

  /** Residents with a COURSES search the programme answers (its words in its title or summary, its filter). */
  courseSearchers(programmeId: string): Promise<Searcher[]> {
    return this.dataSource.query(
      `SELECT s.resident_id AS "residentId", ${SOONEST} AS frequency
       FROM saved_searches s JOIN programmes p ON p.id = $1
       WHERE s.kind = 'COURSES'
         AND (s.query IS NULL
              OR to_tsvector('english', p.title || ' ' || p.summary) @@ websearch_to_tsquery('english', s.query))
         AND ${PROGRAMME_FILTER}
       GROUP BY s.resident_id`,
      [programmeId],
    );
  }

  /** Every resident with at least one saved search: they asked for alerts, pathway alerts included. */
  searchers(): Promise<Searcher[]> {
    return this.dataSource.query(
      `SELECT s.resident_id AS "residentId", ${SOONEST} AS frequency FROM saved_searches s GROUP BY s.resident_id`,
    );
  }
}
