import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { NotificationKind } from './notification.types';
import { Searcher, SOONEST_FREQUENCY } from './saved-search.repository';

/**
 * Notifications' read model: every query of this domain on tables other domains own, read-only and logic-free
 * (docs/architecture.md "Read models"; declared in scripts/architecture/read-models.txt, each query proven by
 * notifications.read-model.int-spec.ts). A notice is about other domains' records, so it reads them; it never writes
 * them. The tables read, and why:
 *
 * - `vacancies` (vacancies): a job's title and closing date for its notices; a new job's words and fields against
 *   JOBS searches; open jobs closing soon.
 * - `vacancy_requirements` (vacancies): a JOBS search's skills filter.
 * - `organisations` (identity): a job's employer name; a cohort is listed only when its provider is verified.
 * - `programmes` (catalogue): a course's title; its words and fields against COURSES searches.
 * - `cohorts` (catalogue): a cohort's programme, start date, closing date and cancellation.
 * - `enrolments` (brokerage): who is on a cancelled cohort; enquiries whose applications close soon, and who already
 *   has a record on a course closing soon (they are not reminded).
 * - `applications` (brokerage): who has already applied for a job closing soon (they are not reminded).
 * - `users` (identity): only existing RESIDENT accounts get notices and emails, at their account's address.
 *
 * Nothing about any other person is read into a notice, and no equality data at all. Reference data (`skills`) is
 * shared read-only.
 */
@Injectable()
export class NotificationsReadModel {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async vacancy(id: string): Promise<{ id: string; title: string; employer: string; closesOn: string } | null> {
    const [row] = await this.dataSource.query(
      `SELECT v.id, v.title, o.name AS employer, v.closes_on::text AS "closesOn"
       FROM vacancies v JOIN organisations o ON o.id = v.employer_id WHERE v.id = $1`,
      [id],
    );
    return row ?? null;
  }

  async programmeTitle(id: string): Promise<string | null> {
    const [row] = await this.dataSource.query('SELECT title FROM programmes WHERE id = $1', [id]);
    return row?.title ?? null;
  }

  /** The cohort and its programme, when the programme is published by a verified provider. */
  async listedCohort(
    cohortId: string,
  ): Promise<{ programmeId: string; title: string; startDate: string; listed: boolean } | null> {
    const [row] = await this.dataSource.query(
      `SELECT p.id AS "programmeId", p.title, c.start_date::text AS "startDate",
              (p.published AND o.verified) AS listed
       FROM cohorts c JOIN programmes p ON p.id = c.programme_id JOIN organisations o ON o.id = p.provider_id
       WHERE c.id = $1`,
      [cohortId],
    );
    return row ?? null;
  }

  /** Residents with a live record on the cohort (they are told when it is cancelled). */
  async residentsOnCohort(cohortId: string): Promise<string[]> {
    const rows: { resident_id: string }[] = await this.dataSource.query(
      `SELECT DISTINCT resident_id FROM enrolments
       WHERE cohort_id = $1 AND resident_id IS NOT NULL AND status IN ('ENQUIRED', 'APPLIED', 'OFFERED', 'ENROLLED')`,
      [cohortId],
    );
    return rows.map((row) => row.resident_id);
  }

  async skillNames(ids: readonly string[]): Promise<string[]> {
    const rows: { name: string }[] = await this.dataSource.query(
      'SELECT name FROM skills WHERE id = ANY($1::uuid[]) ORDER BY name',
      [ids],
    );
    return rows.map((row) => row.name);
  }

  /**
   * Applications closing within `days` days of `today` (today included) on something the resident enquired about (a
   * cohort) or was alerted to (a vacancy or a course: the alert's key names it), and has not applied for yet.
   */
  closingSoon(today: string, days: number): Promise<ClosingSoonRow[]> {
    return this.dataSource.query(
      `SELECT e.resident_id, 'cohort' AS kind, c.id, p.id AS programme_id, p.title,
                c.applications_close_on::text AS closes_on, 'ENQUIRED' AS why
         FROM enrolments e JOIN cohorts c ON c.id = e.cohort_id JOIN programmes p ON p.id = c.programme_id
         WHERE e.status = 'ENQUIRED' AND e.resident_id IS NOT NULL AND c.cancelled_at IS NULL
           AND c.applications_close_on BETWEEN $1::date AND $1::date + $2::int - 1
         UNION ALL
         SELECT n.resident_id, 'vacancy', v.id, NULL, v.title, v.closes_on::text, 'SAVED'
         FROM notifications n JOIN vacancies v ON v.id = split_part(n.idempotency_key, ':', 2)::uuid
         WHERE n.kind = $3 AND v.status = 'OPEN' AND v.closes_on BETWEEN $1::date AND $1::date + $2::int - 1
           AND NOT EXISTS (SELECT 1 FROM applications a WHERE a.resident_id = n.resident_id AND a.vacancy_id = v.id)
         UNION ALL
         SELECT n.resident_id, 'cohort', c.id, p.id, p.title, c.applications_close_on::text, 'SAVED'
         FROM notifications n JOIN cohorts c ON c.id = split_part(n.idempotency_key, ':', 2)::uuid
         JOIN programmes p ON p.id = c.programme_id
         WHERE n.kind = ANY($4::text[]) AND c.cancelled_at IS NULL
           AND c.applications_close_on BETWEEN $1::date AND $1::date + $2::int - 1
           AND NOT EXISTS (SELECT 1 FROM enrolments e WHERE e.resident_id = n.resident_id AND e.cohort_id = c.id)`,
      [
        today,
        days,
        NotificationKind.NEW_MATCHING_JOB,
        [NotificationKind.NEW_MATCHING_COURSE, NotificationKind.PATHWAY_OPENED],
      ],
    );
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
      `SELECT s.resident_id AS "residentId", ${SOONEST_FREQUENCY} AS frequency, max(a.score) AS score
       FROM unnest($2::uuid[], $3::float8[]) AS a (resident_id, score)
       JOIN saved_searches s ON s.resident_id = a.resident_id AND s.kind = 'JOBS' AND a.score >= s.min_score
       JOIN vacancies v ON v.id = $1
       WHERE (s.query IS NULL
              OR v.search_vector @@ websearch_to_tsquery('english', s.query))
         AND ${VACANCY_FILTER}
       GROUP BY s.resident_id`,
      [vacancyId, audience.map((member) => member.residentId), audience.map((member) => member.score)],
    );
  }

  /** Residents with a COURSES search the programme answers (its words in its title or summary, its filter). */
  courseSearchers(programmeId: string): Promise<Searcher[]> {
    return this.dataSource.query(
      `SELECT s.resident_id AS "residentId", ${SOONEST_FREQUENCY} AS frequency
       FROM saved_searches s JOIN programmes p ON p.id = $1
       WHERE s.kind = 'COURSES'
         AND (s.query IS NULL
              OR p.search_vector @@ websearch_to_tsquery('english', s.query))
         AND ${PROGRAMME_FILTER}
       GROUP BY s.resident_id`,
      [programmeId],
    );
  }

  /** The addresses of residents who still have an account, by id. */
  async residentAddresses(manager: EntityManager, residentIds: readonly string[]): Promise<Map<string, string>> {
    const rows: { id: string; email: string }[] = await manager.query(
      `SELECT id, email FROM users WHERE id = ANY($1::uuid[]) AND role = 'RESIDENT'`,
      [residentIds],
    );
    return new Map(rows.map((row) => [row.id, row.email]));
  }
}

/** One thing closing soon for one resident: why they are told (they enquired, or an alert named it). */
export interface ClosingSoonRow {
  resident_id: string;
  kind: 'cohort' | 'vacancy';
  id: string;
  programme_id: string | null;
  title: string;
  closes_on: string;
  why: 'SAVED' | 'ENQUIRED';
}

/**
 * Keeps the rows whose `residentColumn` is an existing RESIDENT account (a join, for a statement of notifications'
 * own, such as storing notices: a deleted account or a staff id gets nothing).
 */
export const residentAccountJoin = (residentColumn: string): string =>
  `JOIN users u ON u.id = ${residentColumn} AND u.role = 'RESIDENT'`;

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
