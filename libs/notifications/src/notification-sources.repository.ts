import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/**
 * What notices say about other domains' records, read from their tables (vacancies, organisations, programmes,
 * cohorts, enrolments, saved searches' matches): titles, dates and who is concerned. Nothing about any other person
 * is read into a notice, and no equality data at all.
 */
@Injectable()
export class NotificationSources {
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
}
