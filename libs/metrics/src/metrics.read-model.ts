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

/**
 * The snapshot columns in families, each family grouped in one hash together (familyGroups). A family's columns
 * together take a few thousand values per stage mask, so a record is hashed once per family rather than once per
 * column (at the benchmark size about 1.1 s against 0.75 s for the city's programme side, docs/benchmarks.md).
 */
const SNAPSHOT_FAMILIES: readonly (readonly SnapshotColumn[])[] = [
  ['ethnicity', 'gender', 'trans', 'disability'],
  ['age_band', 'ward', 'employment_status'],
];

/** The snapshot columns every breakdown reads: the families' columns, each once. */
export const SNAPSHOT_COLUMNS: readonly SnapshotColumn[] = SNAPSHOT_FAMILIES.flat();

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

// The column that ties a record to its scope, per side (programme side: enrolments e and their cohorts c; vacancy
// side: vacancies v), and a cohort to its scope for the places count (cohorts c, programmes p). CITY takes the
// verified organisations' records, through the PROVIDER or EMPLOYER column; a kind of the other side takes nothing.
// An enrolment keeps its cohort's provider, so only a PROGRAMME scope needs the records' cohorts (programmeRecords).
const PROGRAMME_SCOPE_COLUMN: Partial<Record<MetricsScopeKind, string>> = {
  [MetricsScopeKind.PROVIDER]: 'e.provider_id',
  [MetricsScopeKind.PROGRAMME]: 'c.programme_id',
  [MetricsScopeKind.COHORT]: 'e.cohort_id',
};
const PLACES_SCOPE_COLUMN: Partial<Record<MetricsScopeKind, string>> = {
  ...PROGRAMME_SCOPE_COLUMN,
  [MetricsScopeKind.PROVIDER]: 'p.provider_id',
  [MetricsScopeKind.COHORT]: 'c.id',
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
 * ethnicity, …)`. `where` is programmeScopeCondition's for `scope`. The masks hold the stages a record's statuses
 * reached; POSITIVE_OUTCOME is not a status, and its groups come from the outcomes (outcomeFigures'
 * "positiveGroups"), which are read anyway and are a few per completer, rather than from a test of every record.
 */
export function programmeRecords(where: string, scope: MetricsScope): string {
  const cohorts = scope.kind === MetricsScopeKind.PROGRAMME ? 'JOIN cohorts c ON c.id = e.cohort_id' : '';
  return `SELECT e.record_key, ${ENQUIRED_BIT} | e.stages_reached AS mask, ${snapshotOf('e')}
    FROM enrolments e ${cohorts}
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

const familyOf = (column: SnapshotColumn): number => SNAPSHOT_FAMILIES.findIndex((family) => family.includes(column));

/**
 * The first pass: counts and record-key sums of `records` per (`keys`, a family's columns), for each family, marked
 * with the family's index. `OFFSET 0` keeps the records a subquery of their own: inlined, the planner multiplies the
 * distinct counts of every column the keys read, expects millions of groups, and sorts a million rows several times
 * instead of hashing in one pass.
 */
function familyGroups(records: string, keys: readonly string[]): string {
  const family = `CASE ${SNAPSHOT_FAMILIES.map((columns, i) => `WHEN GROUPING(r.${columns[0]}) = 0 THEN ${i}`).join(' ')} END`;
  const sets = SNAPSHOT_FAMILIES.map((columns) => `(${[...keys, ...columns].map((c) => `r.${c}`).join(', ')})`);
  return `SELECT ${[...keys, ...SNAPSHOT_COLUMNS].map((c) => `r.${c}`).join(', ')}, ${family} AS family,
      count(*) AS records, sum(r.record_key) AS key_sum
    FROM (${records} OFFSET 0) r
    GROUP BY GROUPING SETS (${sets.join(', ')})`;
}

/**
 * The second pass, over familyGroups' few thousand rows: the snapshot column a grouping set is by and its value
 * (both null for a set by the key alone), the counts. A set by one column adds up its family's rows; a set by the
 * key alone, any one family's (each holds every record once).
 */
const groupColumns = `CASE ${SNAPSHOT_COLUMNS.map((column) => `WHEN GROUPING(r.${column}) = 0 THEN '${column}'`).join(' ')}
      END AS "column",
    CASE ${SNAPSHOT_COLUMNS.map((column) => `WHEN GROUPING(r.${column}) = 0 THEN r.${column}::text`).join(' ')} END AS "value",
    sum(r.records)::int AS "count", sum(r.key_sum)::int AS "keySum"`;
const fromOwnFamily = `CASE ${SNAPSHOT_COLUMNS.map((column) => `WHEN GROUPING(r.${column}) = 0 THEN r.family = ${familyOf(column)}`).join(' ')}
      ELSE r.family = 0 END`;

/** The grouping sets by a key alone and with each snapshot column, each within one family's rows. */
function keyedSets(key: string): string {
  return [`(r.family, r.${key})`, ...SNAPSHOT_COLUMNS.map((column) => `(r.family, r.${key}, r.${column})`)].join(', ');
}

/**
 * Counts per (stage mask) and per (stage mask, snapshot column value) of the programme side: a few hundred rows
 * however many records, which the pure tally turns into stages × dimensions × categories.
 */
export function programmeGroups(records: string): string {
  return `SELECT r.mask AS "stageMask", ${groupColumns}
    FROM (${familyGroups(records, ['mask'])}) r
    GROUP BY GROUPING SETS (${keyedSets('mask')})
    HAVING ${fromOwnFamily}`;
}

/**
 * The vacancy side's stage groups (as programmeGroups) and its rejections per (reason) and per (reason, snapshot
 * column value), in one pass over the records: a row with a null "reason" is a stage group, one with a null
 * "stageMask" a rejection group. Applications that were not rejected make no rejection group.
 */
export function vacancyGroups(records: string): string {
  return `SELECT CASE WHEN GROUPING(r.mask) = 0 THEN r.mask END AS "stageMask",
      CASE WHEN GROUPING(r.reason) = 0 THEN r.reason END AS "reason", ${groupColumns}
    FROM (${familyGroups(records, ['mask', 'reason'])}) r
    GROUP BY GROUPING SETS (${keyedSets('mask')}, ${keyedSets('reason')})
    HAVING ${fromOwnFamily} AND (GROUPING(r.reason) = 1 OR r.reason IS NOT NULL)`;
}

/**
 * The outcome report's inputs that are not stage totals (METRICS.md "Outcome report"): places, what the scope's
 * outcomes say, and the POSITIVE_OUTCOME stage's groups ("positiveGroups", rows as programmeGroups returns them, each
 * with only that stage's bit). Driven from `outcomes` (a few per completer) rather than from every record of the
 * scope; `where` is programmeScopeCondition's, over the outcome's record e and its cohort c.
 *
 * A record reached POSITIVE_OUTCOME when it was completed and has an outcome starting between its cohort's start and
 * six months after its completion (`firsts`: such records, with the first such outcome). Counting that stage here
 * rather than as a bit of every record's mask leaves the programme side's million records a plain scan, with no join
 * to outcomes or cohorts (its query went from 1.9 to 1.0 CPU seconds at the benchmark size, this one from 1.0 to 1.6,
 * docs/benchmarks.md); the tally adds rows up per stage bit, so the two ways give the same tallies.
 */
export function outcomeFigures(where: string, placesWhere: string): string {
  return `WITH scoped AS (
      SELECT o.enrolment_id, o.type, o.start_date, o.salary_pence, o.hours_per_week, o.record_key AS outcome_key,
             e.record_key, e.stages_reached, e.completion_date, c.start_date AS cohort_start, ${snapshotOf('e')}
      FROM outcomes o JOIN enrolments e ON e.id = o.enrolment_id JOIN cohorts c ON c.id = e.cohort_id
      WHERE ${where}),
    firsts AS (
      SELECT enrolment_id, completion_date, record_key, ${POSITIVE_OUTCOME_BIT} AS mask, ${SNAPSHOT_COLUMNS.join(', ')},
             min(start_date) AS first_start, bool_or(type <> 'FURTHER_LEARNING') AS employed
      FROM scoped
      WHERE stages_reached & ${COMPLETED_BIT} <> 0
        AND start_date >= cohort_start AND start_date <= ${sixMonthsAfterSql('completion_date')}
      GROUP BY enrolment_id, completion_date, record_key, ${SNAPSHOT_COLUMNS.join(', ')}),
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
      (SELECT coalesce(sum(outcome_key), 0) FROM paying)::int AS "payingRealLivingWageKeySum",
      (SELECT coalesce(json_agg(g), '[]') FROM (${programmeGroups('SELECT * FROM firsts')}) g) AS "positiveGroups"`;
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
