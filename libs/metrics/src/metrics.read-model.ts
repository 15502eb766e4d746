import { EntityManager } from 'typeorm';
import { SqlParams } from '@app/database';
import { verifiedOrganisationIdsSql } from '@app/identity';
import { paysRealLivingWageSql, sixMonthsAfterSql } from '@app/reference';
import {
  FunnelStage,
  MetricsScopeKind,
  PROGRAMME_STAGES,
  SnapshotColumn,
  stageBit,
  VACANCY_STAGES,
} from './metrics.types';
import { REASON_NOT_GIVEN } from './rejection-reasons';
import { MetricsScope } from './scope';

/**
 * Metrics' read model (docs/metrics.md, docs/architecture.md "Read models"; declared in
 * scripts/architecture/read-models.txt): the funnel aggregation and the open-data release count other domains' records
 * in SQL, in one pass and one snapshot, so every query of metrics on tables it does not own is built here, read-only.
 * metrics.read-model.int-spec.ts runs each against real PostgreSQL on hand-made records. The tables read, and why:
 *
 * - `enrolments`, `outcomes` (brokerage): the programme-side records, the stages they reached, the equality answers
 *   they count under (their `snapshot_*` columns), their outcomes.
 * - `applications` (brokerage): the vacancy-side records, their stages, equality answers and rejection reasons.
 * - `cohorts`, `programmes` (catalogue): a record's cohort start and programme; places; the programmes released.
 * - `vacancies` (vacancies): a vacancy-side record's employer.
 *
 * Reference data (`real_living_wage_rates`) is shared read-only. Only verified organisations' records count city-wide
 * and in open data: identity says which (`verifiedOrganisationIdsSql`).
 */

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

// Stage masks (stageBit, metrics.types.ts). A record's `stages_reached` holds the statuses it ever reached with the
// same bits; ENQUIRED (programme side) and APPLIED (vacancy side) are set for every record, since the record existing
// is that stage.
const ENQUIRED_BIT = stageBit(PROGRAMME_STAGES, FunnelStage.ENQUIRED);
const COMPLETED_BIT = stageBit(PROGRAMME_STAGES, FunnelStage.COMPLETED);
const POSITIVE_OUTCOME_BIT = stageBit(PROGRAMME_STAGES, FunnelStage.POSITIVE_OUTCOME);
const APPLIED_BIT = stageBit(VACANCY_STAGES, FunnelStage.APPLIED);

/**
 * The scope condition of CITY (before any creation window): the records of verified organisations only (METRICS.md
 * "Whose records count"), on each side by the column that names the record's organisation. A record under an
 * unverified organisation counts only in that organisation's own scopes.
 */
const cityCondition = (organisationColumn: string): string =>
  `${organisationColumn} IN (${verifiedOrganisationIdsSql()})`;

/**
 * The positive-outcome bit: completed, and an outcome starting between the cohort's start and six months after the
 * completion. A city-wide run gathers each record's outcome start days once, as a multirange hash-joined to the
 * records, which beat an index probe per completer (350,000 of them, about 1 s at the benchmark size); a narrower scope
 * probes the outcomes index for its own few completers rather than gathering every outcome in the city.
 */
function positiveOutcome(cityWide: boolean): { join: string; bit: string } {
  const completed = `e.stages_reached & ${COMPLETED_BIT} <> 0`;
  if (cityWide) {
    return {
      join: `LEFT JOIN (SELECT enrolment_id, range_agg(daterange(start_date, start_date, '[]')) AS days
                        FROM outcomes GROUP BY enrolment_id) od ON od.enrolment_id = e.id`,
      // Without a completion date the range would have no end: such a record has no positive outcome.
      bit: `CASE WHEN ${completed} AND e.completion_date IS NOT NULL
                  AND od.days && daterange(c.start_date, ${sixMonthsAfterSql('e.completion_date')}, '[]')
                 THEN ${POSITIVE_OUTCOME_BIT} ELSE 0 END`,
    };
  }
  return {
    join: '',
    bit: `CASE WHEN ${completed} AND EXISTS (SELECT 1 FROM outcomes o WHERE o.enrolment_id = e.id
              AND o.start_date >= c.start_date AND o.start_date <= ${sixMonthsAfterSql('e.completion_date')})
            THEN ${POSITIVE_OUTCOME_BIT} ELSE 0 END`,
  };
}

// The column that ties a record to its scope, per side (programme side: enrolments e and their cohorts c; vacancy
// side: vacancies v), and a cohort to its scope for the places count (cohorts c, programmes p). CITY takes the
// verified organisations' records, through the PROVIDER or EMPLOYER column; a kind of the other side takes nothing.
// An enrolment keeps its cohort's provider, so the records need no join to programmes.
const PROGRAMME_SCOPE_COLUMN: Partial<Record<MetricsScopeKind, string>> = {
  [MetricsScopeKind.PROVIDER]: 'e.provider_id',
  [MetricsScopeKind.PROGRAMME]: 'c.programme_id',
  [MetricsScopeKind.COHORT]: 'c.id',
};
const PLACES_SCOPE_COLUMN: Partial<Record<MetricsScopeKind, string>> = {
  ...PROGRAMME_SCOPE_COLUMN,
  [MetricsScopeKind.PROVIDER]: 'p.provider_id',
};
const VACANCY_SCOPE_COLUMN: Partial<Record<MetricsScopeKind, string>> = {
  [MetricsScopeKind.EMPLOYER]: 'v.employer_id',
  [MetricsScopeKind.VACANCY]: 'v.id',
};

function inScope(sql: SqlParams, scope: MetricsScope, columns: Partial<Record<MetricsScopeKind, string>>): string {
  const organisation = columns[MetricsScopeKind.PROVIDER] ?? columns[MetricsScopeKind.EMPLOYER]!;
  if (scope.kind === MetricsScopeKind.CITY) return cityCondition(organisation);
  const column = columns[scope.kind];
  return column ? `${column} = ${sql.param(scope.id)}::uuid` : 'false';
}

/** The WHERE condition selecting the programme-side records (enrolments e, cohorts c) of a scope. */
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
  return inScope(sql, scope, PLACES_SCOPE_COLUMN) + from + to;
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

/** A record's snapshot columns under the names SNAPSHOT_COLUMNS gives them (brokerage's DemographicSnapshotColumns). */
const snapshotOf = (alias: string): string =>
  SNAPSHOT_COLUMNS.map((column) => `${alias}.snapshot_${column} AS ${column}`).join(', ');

/**
 * Programme-side records of the scope with their stage masks, record keys and snapshots: `rec(record_key, mask,
 * ethnicity, …)`. `cityWide` picks the way positive outcomes are found (positiveOutcome).
 */
export function programmeRecords(where: string, cityWide: boolean): string {
  const positive = positiveOutcome(cityWide);
  return `SELECT e.record_key, ${ENQUIRED_BIT} | e.stages_reached | ${positive.bit} AS mask, ${snapshotOf('e')}
    FROM enrolments e JOIN cohorts c ON c.id = e.cohort_id
    ${positive.join}
    WHERE ${where}`;
}

/**
 * Vacancy-side records of the scope with their stage masks, record keys, snapshots and, for a REJECTED application,
 * the reason the employer gave (NOT_GIVEN when they gave none; null for the others): `rec(record_key, mask, reason,
 * ethnicity, …)`. `where` is vacancyScopeCondition's.
 */
export function vacancyRecords(where: string): string {
  return `SELECT a.record_key, ${APPLIED_BIT} | a.stages_reached AS mask,
      CASE WHEN a.status = 'REJECTED' THEN coalesce(a.feedback_reason, '${REASON_NOT_GIVEN}') END AS reason, ${snapshotOf('a')}
    FROM applications a JOIN vacancies v ON v.id = a.vacancy_id
    WHERE ${where}`;
}

/** The snapshot column a grouping set is by and its value (both null for a set by the key alone), the counts. */
const groupColumns = `CASE ${SNAPSHOT_COLUMNS.map((column) => `WHEN GROUPING(r.${column}) = 0 THEN '${column}'`).join(' ')}
      END AS "column",
    CASE ${SNAPSHOT_COLUMNS.map((column) => `WHEN GROUPING(r.${column}) = 0 THEN r.${column}::text`).join(' ')} END AS "value",
    count(*)::int AS "count", sum(r.record_key)::int AS "keySum"`;

/** The grouping sets by a records' column alone and with each snapshot column. */
function keyedSets(key: string): string {
  return [`(r.${key})`, ...SNAPSHOT_COLUMNS.map((column) => `(r.${key}, r.${column})`)].join(', ');
}

/**
 * Counts per (stage mask) and per (stage mask, snapshot column value) of the programme side, in one pass with
 * GROUPING SETS: a few hundred rows however many records, which the pure tally turns into stages × dimensions ×
 * categories. `OFFSET 0` keeps the records a subquery of their own: inlined, the planner multiplies the distinct
 * counts of every column the mask reads, expects millions of groups, and sorts a million rows three times instead of
 * hashing every set in one pass (5.2 s against 3.9 s for the city's programme side, docs/benchmarks.md).
 */
export function programmeGroups(records: string): string {
  return `SELECT r.mask AS "stageMask", ${groupColumns}
    FROM (${records} OFFSET 0) r
    GROUP BY GROUPING SETS (${keyedSets('mask')})`;
}

/**
 * The vacancy side's stage groups (as programmeGroups) and its rejections per (reason) and per (reason, snapshot
 * column value), in one pass over the records: a row with a null "reason" is a stage group, one with a null
 * "stageMask" a rejection group. Applications that were not rejected make no rejection group.
 */
export function vacancyGroups(records: string): string {
  return `SELECT CASE WHEN GROUPING(r.mask) = 0 THEN r.mask END AS "stageMask",
      CASE WHEN GROUPING(r.reason) = 0 THEN r.reason END AS "reason", ${groupColumns}
    FROM (${records} OFFSET 0) r
    GROUP BY GROUPING SETS (${keyedSets('mask')}, ${keyedSets('reason')})
    HAVING GROUPING(r.reason) = 1 OR r.reason IS NOT NULL`;
}

/**
 * The outcome report's inputs that are not stage totals (METRICS.md "Outcome report"): places, and what the scope's
 * outcomes say. Driven from `outcomes` (a few per completer) rather than from every record of the scope; `where` is
 * programmeScopeCondition's, over the outcome's record e and its cohort c.
 */
export function outcomeFigures(where: string, placesWhere: string): string {
  return `WITH scoped AS (
      SELECT o.enrolment_id, o.type, o.start_date, o.salary_pence, o.hours_per_week, o.record_key AS outcome_key,
             e.record_key, e.stages_reached, e.completion_date, c.start_date AS cohort_start
      FROM outcomes o JOIN enrolments e ON e.id = o.enrolment_id JOIN cohorts c ON c.id = e.cohort_id
      WHERE ${where}),
    firsts AS (
      SELECT enrolment_id, completion_date, record_key, min(start_date) AS first_start,
             bool_or(type <> 'FURTHER_LEARNING') AS employed
      FROM scoped
      WHERE stages_reached & ${COMPLETED_BIT} <> 0
        AND start_date >= cohort_start AND start_date <= ${sixMonthsAfterSql('completion_date')}
      GROUP BY enrolment_id, completion_date, record_key),
    employment AS (
      SELECT salary_pence, hours_per_week, start_date, outcome_key FROM scoped WHERE type <> 'FURTHER_LEARNING'),
    -- Each Real Living Wage rate with the day its successor takes over (null for the one in force now).
    rates AS (
      SELECT hourly_pence, effective_from, lead(effective_from) OVER (ORDER BY effective_from) AS superseded_on
      FROM real_living_wage_rates),
    paying AS (
      SELECT m.outcome_key FROM employment m
        JOIN rates w ON w.effective_from <= m.start_date AND (w.superseded_on IS NULL OR m.start_date < w.superseded_on)
        WHERE m.salary_pence IS NOT NULL AND m.hours_per_week > 0
          AND ${paysRealLivingWageSql('m.salary_pence', 'm.hours_per_week', 'w.hourly_pence')})
    SELECT
      (SELECT coalesce(sum(c.capacity), 0) FROM cohorts c JOIN programmes p ON p.id = c.programme_id
        WHERE c.cancelled_at IS NULL AND ${placesWhere})::int AS places,
      (SELECT count(*) FROM firsts WHERE employed)::int AS "employedWithinSixMonths",
      (SELECT coalesce(sum(record_key), 0) FROM firsts WHERE employed)::int AS "employedKeySum",
      (SELECT coalesce(array_agg(greatest(first_start - completion_date, 0)), '{}') FROM firsts) AS "daysToOutcome",
      (SELECT coalesce(array_agg(salary_pence), '{}') FROM employment WHERE salary_pence IS NOT NULL) AS "employmentSalaries",
      (SELECT count(*) FROM employment WHERE salary_pence IS NOT NULL AND hours_per_week > 0)::int AS "employmentWithPay",
      (SELECT coalesce(sum(outcome_key), 0) FROM employment WHERE salary_pence IS NOT NULL AND hours_per_week > 0)::int
        AS "withPayKeySum",
      (SELECT count(*) FROM paying)::int AS "employmentPayingRealLivingWage",
      (SELECT coalesce(sum(outcome_key), 0) FROM paying)::int AS "payingRealLivingWageKeySum"`;
}

/**
 * The first day (Europe/London) a record counted in open data was created, on either side (null when there is none),
 * and today: the release's time period.
 */
export async function openDataDays(manager: EntityManager): Promise<{ first: string | null; today: string }> {
  const [row] = await manager.query(
    `SELECT to_char(least(
              (SELECT min(e.created_at) FROM enrolments e WHERE ${cityCondition('e.provider_id')}),
              (SELECT min(a.created_at) FROM applications a JOIN vacancies v ON v.id = a.vacancy_id
                WHERE ${cityCondition('v.employer_id')}))
              AT TIME ZONE 'Europe/London', 'YYYY-MM-DD') AS first,
            to_char(now() AT TIME ZONE 'Europe/London', 'YYYY-MM-DD') AS today`,
  );
  return row;
}

/** Published programmes of verified providers with at least one record, by title: a draft's name never appears. */
export function releasedProgrammes(manager: EntityManager): Promise<{ id: string; title: string }[]> {
  return manager.query(
    `SELECT p.id, p.title FROM programmes p
     WHERE p.published AND ${cityCondition('p.provider_id')}
       AND EXISTS (SELECT 1 FROM cohorts c JOIN enrolments e ON e.cohort_id = c.id WHERE c.programme_id = p.id)
     ORDER BY p.title, p.id`,
  );
}
