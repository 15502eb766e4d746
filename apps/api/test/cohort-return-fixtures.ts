import request from 'supertest';
import { DataSource } from 'typeorm';
import { addDays, londonToday } from '@app/reference';
import { openCohort, TestActor, TestApp } from '@app/testing';

export const today = londonToday();
export const daysAgo = (days: number) => addDays(today, -days);

/** A published programme teaching `skillId` with a cohort that started `startedDaysAgo` days ago. */
export function pastCohort(
  api: TestApp,
  provider: TestActor,
  skillId: string,
  { capacity = 10, startedDaysAgo = 200, lastedDays = 90 } = {},
): Promise<{ programmeId: string; cohortId: string; startDate: string }> {
  return openCohort(api, provider, skillId, { capacity, startDate: daysAgo(startedDaysAgo), lastedDays });
}

/**
 * ENROLLED platform learners with these learnerRefs, written straight to the database with their history and places
 * (the workflow up to ENROLLED is tested in brokerage.e2e-spec.ts). Returns the enrolment ids in order.
 */
export async function enrolledLearners(
  api: TestApp,
  cohortId: string,
  providerId: string,
  residents: TestActor[],
  learnerRefs: string[],
): Promise<string[]> {
  const dataSource = api.app.get(DataSource);
  const rows: { id: string }[] = await dataSource.query(
    `INSERT INTO enrolments (cohort_id, provider_id, resident_id, status, learner_ref)
     SELECT $3, $4, u.resident_id, 'ENROLLED', u.learner_ref
     FROM unnest($1::uuid[], $2::text[]) WITH ORDINALITY AS u(resident_id, learner_ref, n) ORDER BY u.n RETURNING id`,
    [residents.map((r) => r.userId), learnerRefs, cohortId, providerId],
  );
  const ids = rows.map((row) => row.id);
  await dataSource.query(
    `INSERT INTO enrolment_status_changes (enrolment_id, status, by_role)
     SELECT id, s.status, CASE WHEN s.status IN ('OFFERED') THEN 'PROVIDER' ELSE 'RESIDENT' END
     FROM unnest($1::uuid[]) id CROSS JOIN unnest(ARRAY['ENQUIRED', 'APPLIED', 'OFFERED', 'ENROLLED']) s(status)`,
    [ids],
  );
  await dataSource.query(`UPDATE cohorts SET places_taken = places_taken + $2 WHERE id = $1`, [cohortId, ids.length]);
  return ids;
}

/** POSTs a CSV return as its provider would. */
export function postCsv(api: TestApp, path: string, csv: string, token?: string) {
  const call = request(api.app.getHttpServer()).post(path).set('content-type', 'text/csv');
  if (token) call.set('authorization', `Bearer ${token}`);
  return call.send(csv);
}

/** One CSV line per row, RFC 4180 quoting where needed. */
export function toCsv(columns: string[], rows: Record<string, unknown>[]): string {
  const cell = (value: unknown) => {
    if (value === undefined || value === null) return '';
    const text = Array.isArray(value) ? value.join(';') : String(value);
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return [columns.map(snake).join(','), ...rows.map((row) => columns.map((c) => cell(row[c])).join(','))].join('\r\n');
}

const snake = (field: string) => field.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);

/**
 * A return's errors as the CSV routes give them for the same rows sent as a file with a header: rows numbered as a
 * spreadsheet shows them (the first data row is row 2), the return's columns named in snake_case.
 */
export function asCsvErrors(errors: { row: number; field: string; message: string }[], columns: string[]) {
  const toCsv = (text: string) =>
    columns.reduce((result, field) => result.replace(new RegExp(`\\b${field}\\b`, 'g'), snake(field)), text);
  const rowsIn = (text: string) => text.replace(/\bin row (\d+)/g, (_, row: string) => `in row ${Number(row) + 2}`);
  return errors.map((error) => ({
    row: error.row + 2,
    field: toCsv(error.field),
    message: rowsIn(toCsv(error.message)),
  }));
}

/** Counts of the rows a return may write, to show that a rejected or repeated one wrote nothing. */
export async function footprint(api: TestApp, cohortId: string) {
  const [row] = await api.app.get(DataSource).query(
    `SELECT (SELECT count(*) FROM enrolments WHERE cohort_id = $1)::int AS enrolments,
            (SELECT count(*) FROM enrolment_status_changes h JOIN enrolments e ON e.id = h.enrolment_id
              WHERE e.cohort_id = $1)::int AS history,
            (SELECT count(*) FROM outcomes o JOIN enrolments e ON e.id = o.enrolment_id WHERE e.cohort_id = $1)::int
              AS outcomes,
            (SELECT count(*) FROM audit_entries)::int AS audit,
            (SELECT md5(coalesce(string_agg(row(snapshot_ethnicity, snapshot_gender, snapshot_trans, snapshot_disability,
                    snapshot_age_band, snapshot_ward, snapshot_employment_status)::text, ';' ORDER BY id), ''))
              FROM enrolments WHERE cohort_id = $1) AS snapshots,
            (SELECT places_taken FROM cohorts WHERE id = $1) AS "placesTaken",
            (SELECT max(updated_at) FROM enrolments WHERE cohort_id = $1) AS "lastUpdate",
            (SELECT coalesce(json_agg(json_build_object('ref', learner_ref, 'status', status) ORDER BY learner_ref), '[]')
              FROM enrolments WHERE cohort_id = $1) AS statuses`,
    [cohortId],
  );
  return row as Record<string, unknown>;
}

export const IMPORT_RESULT = 'accepted created updated unchanged errors { row field message }';
