import { SqlParams } from '@app/database';
import { MetricsScopeKind, SnapshotColumn } from './metrics.types';
import { MetricsScope } from './scope';

/** The snapshot columns every breakdown reads, in one GROUPING SETS pass. */
export const SNAPSHOT_COLUMNS: readonly SnapshotColumn[] = [
  'ethnicity',
  'gender',
  'trans',
  'disability',
  'age_band',
  'ward',
  'employment_status',
];

// Stage bits, in PROGRAMME_STAGES / VACANCY_STAGES order (metrics.types.ts). ENQUIRED and APPLIED are implied by the
// record existing on their side; the others come from the status history ("ever reached").
const PROGRAMME_MASK = `1
  | CASE WHEN h.mask & 1 <> 0 THEN 2 ELSE 0 END
  | CASE WHEN h.mask & 2 <> 0 THEN 4 ELSE 0 END
  | CASE WHEN h.mask & 4 <> 0 THEN 8 ELSE 0 END
  | CASE WHEN h.mask & 8 <> 0 THEN 16 ELSE 0 END
  | CASE WHEN h.mask & 8 <> 0 AND EXISTS (
      SELECT 1 FROM outcomes o WHERE o.enrolment_id = e.id
        AND o.start_date >= c.start_date AND o.start_date <= e.completion_date + 182) THEN 32 ELSE 0 END`;

const PROGRAMME_HISTORY_MASK = `bit_or(CASE status WHEN 'APPLIED' THEN 1 WHEN 'OFFERED' THEN 2
  WHEN 'ENROLLED' THEN 4 WHEN 'COMPLETED' THEN 8 ELSE 0 END)`;

const VACANCY_HISTORY_MASK = `bit_or(CASE status WHEN 'SHORTLISTED' THEN 2 WHEN 'INTERVIEWING' THEN 4
  WHEN 'OFFERED' THEN 8 WHEN 'HIRED' THEN 16 ELSE 0 END)`;

/** The scope condition of CITY (before any creation window): every record. */
const WHOLE_CITY = 'true';

/**
 * `h.mask`: a record's status history folded into one mask. For CITY, one pass over the whole history table grouped
 * by record (hashed or sorted as the planner sees fit). For any narrower scope, a lookup per record of the scope
 * through the history's record index: grouping the whole table to keep a few hundred records' rows took seconds per
 * PROGRAMME scope at METRICS.md's benchmark size (docs/benchmarks.md), the lookups take milliseconds.
 */
function historyJoin(where: string, table: string, key: string, mask: string, record: string): string {
  const cityWide = where === WHOLE_CITY || where.startsWith(`${WHOLE_CITY} AND `);
  return cityWide
    ? `LEFT JOIN (SELECT ${key}, ${mask} AS mask FROM ${table} GROUP BY ${key}) h ON h.${key} = ${record}`
    : `LEFT JOIN LATERAL (SELECT ${mask} AS mask FROM ${table} s WHERE s.${key} = ${record}) h ON true`;
}

// The column that ties a record to its scope, per side (programme side: cohorts c, programmes p; vacancy side:
// vacancies v). CITY takes everything; a kind of the other side takes nothing.
const PROGRAMME_SCOPE_COLUMN: Partial<Record<MetricsScopeKind, string>> = {
  [MetricsScopeKind.PROVIDER]: 'p.provider_id',
  [MetricsScopeKind.PROGRAMME]: 'c.programme_id',
  [MetricsScopeKind.COHORT]: 'c.id',
};
const VACANCY_SCOPE_COLUMN: Partial<Record<MetricsScopeKind, string>> = {
  [MetricsScopeKind.EMPLOYER]: 'v.employer_id',
  [MetricsScopeKind.VACANCY]: 'v.id',
};

function inScope(sql: SqlParams, scope: MetricsScope, columns: Partial<Record<MetricsScopeKind, string>>): string {
  if (scope.kind === MetricsScopeKind.CITY) return WHOLE_CITY;
  const column = columns[scope.kind];
  return column ? `${column} = ${sql.param(scope.id)}::uuid` : 'false';
}

/** The WHERE condition selecting the programme-side records (enrolments e, cohorts c, programmes p) of a scope. */
export function programmeScopeCondition(sql: SqlParams, scope: MetricsScope): string {
  return inScope(sql, scope, PROGRAMME_SCOPE_COLUMN) + createdWithin(sql, scope, 'e');
}

export function vacancyScopeCondition(sql: SqlParams, scope: MetricsScope): string {
  return inScope(sql, scope, VACANCY_SCOPE_COLUMN) + createdWithin(sql, scope, 'a');
}

/** The cohorts whose places count (cohorts c, programmes p): in the scope, starting within the window if any. */
export function placesScopeCondition(sql: SqlParams, scope: MetricsScope): string {
  const from = scope.from ? ` AND c.start_date >= ${sql.param(scope.from)}::date` : '';
  const to = scope.to ? ` AND c.start_date <= ${sql.param(scope.to)}::date` : '';
  return inScope(sql, scope, PROGRAMME_SCOPE_COLUMN) + from + to;
}

// `from`/`to` are inclusive dates in Europe/London.
function createdWithin(sql: SqlParams, scope: MetricsScope, alias: string): string {
  const from = scope.from
    ? ` AND (${alias}.created_at AT TIME ZONE 'Europe/London')::date >= ${sql.param(scope.from)}::date`
    : '';
  const to = scope.to
    ? ` AND (${alias}.created_at AT TIME ZONE 'Europe/London')::date <= ${sql.param(scope.to)}::date`
    : '';
  return from + to;
}

/** Programme-side records of the scope with their stage masks: `rec(id, snapshot_id, mask, completion_date, cohort_start)`. */
export function programmeRecords(where: string): string {
  return `SELECT e.id, e.snapshot_id, e.completion_date, c.start_date AS cohort_start, (${PROGRAMME_MASK}) AS mask
    FROM enrolments e JOIN cohorts c ON c.id = e.cohort_id JOIN programmes p ON p.id = c.programme_id
    ${historyJoin(where, 'enrolment_status_changes', 'enrolment_id', PROGRAMME_HISTORY_MASK, 'e.id')}
    WHERE ${where}`;
}

export function vacancyRecords(where: string): string {
  return `SELECT a.id, a.snapshot_id, 1 | coalesce(h.mask, 0) AS mask
    FROM applications a JOIN vacancies v ON v.id = a.vacancy_id
    ${historyJoin(where, 'application_status_changes', 'application_id', VACANCY_HISTORY_MASK, 'a.id')}
    WHERE ${where}`;
}

/**
 * Counts per (stage mask) and per (stage mask, snapshot column value), in one pass with GROUPING SETS: a few hundred
 * rows however many records, which the pure tally turns into stages × dimensions × categories.
 */
export function snapshotGroups(records: string): string {
  const sets = SNAPSHOT_COLUMNS.map((column) => `(r.mask, d.${column})`).join(', ');
  const columnName = SNAPSHOT_COLUMNS.map((column) => `WHEN GROUPING(d.${column}) = 0 THEN '${column}'`).join(' ');
  const value = SNAPSHOT_COLUMNS.map((column) => `WHEN GROUPING(d.${column}) = 0 THEN d.${column}::text`).join(' ');
  return `SELECT r.mask AS "stageMask", CASE ${columnName} END AS "column", CASE ${value} END AS "value",
      count(*)::int AS "count"
    FROM (${records}) r JOIN demographic_snapshots d ON d.id = r.snapshot_id
    GROUP BY GROUPING SETS ((r.mask), ${sets})`;
}

/** The outcome report's inputs over the programme-side records (METRICS.md "Outcome report"). */
export function outcomeInputs(records: string, placesWhere: string): string {
  return `WITH r AS (${records}),
    firsts AS (
      SELECT r.id, r.completion_date, min(o.start_date) AS first_start,
             bool_or(o.type <> 'FURTHER_LEARNING') AS employed
      FROM r JOIN outcomes o ON o.enrolment_id = r.id
      WHERE r.mask & 16 <> 0 AND o.start_date >= r.cohort_start AND o.start_date <= r.completion_date + 182
      GROUP BY r.id, r.completion_date),
    employment AS (
      SELECT o.salary_pence, o.hours_per_week, o.start_date FROM r JOIN outcomes o ON o.enrolment_id = r.id
      WHERE o.type <> 'FURTHER_LEARNING')
    SELECT
      (SELECT count(*) FROM r)::int AS enquiries,
      (SELECT count(*) FROM r WHERE r.mask & 2 <> 0)::int AS applications,
      (SELECT coalesce(sum(c.capacity), 0) FROM cohorts c JOIN programmes p ON p.id = c.programme_id
        WHERE c.cancelled_at IS NULL AND ${placesWhere})::int AS places,
      (SELECT count(*) FROM r WHERE r.mask & 8 <> 0)::int AS starts,
      (SELECT count(*) FROM r WHERE r.mask & 16 <> 0)::int AS completions,
      (SELECT count(*) FROM r WHERE r.mask & 32 <> 0)::int AS "positiveOutcomes",
      (SELECT count(*) FROM firsts WHERE employed)::int AS "employedWithinSixMonths",
      (SELECT coalesce(array_agg(greatest(first_start - completion_date, 0)), '{}') FROM firsts) AS "daysToOutcome",
      (SELECT coalesce(array_agg(salary_pence), '{}') FROM employment WHERE salary_pence IS NOT NULL) AS "employmentSalaries",
      (SELECT count(*) FROM employment WHERE salary_pence IS NOT NULL AND hours_per_week > 0)::int AS "employmentWithPay",
      (SELECT count(*) FROM employment m WHERE m.salary_pence IS NOT NULL AND m.hours_per_week > 0
         AND m.salary_pence >= m.hours_per_week * 52 * (SELECT w.hourly_pence FROM real_living_wage_rates w
                                                        WHERE w.effective_from <= m.start_date
                                                        ORDER BY w.effective_from DESC LIMIT 1))::int
        AS "employmentPayingRealLivingWage"`;
}
