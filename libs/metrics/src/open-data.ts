import { stringify } from 'csv-stringify/sync';
import {
  Audience,
  Count,
  FunnelSide,
  FunnelStage,
  MetricsScopeKind,
  ReportTallies,
  ValuesSummary,
} from './metrics.types';
import { reportView } from './report-views';

/**
 * Open data (METRICS.md "Open data"): the published figures of CITY and of every published programme of a verified
 * provider, one row per (scope, measure, dimension, category). The figures are the protected view (perturbed counts,
 * shown 1..9 suppressed, dominated dimensions suppressed), with every count then rounded to the nearest 5.
 *
 * Values: a count rounded to 5; `c` for a suppressed value; `z` where the figure does not apply (a rate whose
 * denominator is 0, a median over no values); a rate or ratio as a decimal to 2 places, worked out from the shown
 * (perturbed, unrounded) counts, and `c` when a count it is built from is suppressed.
 */

export const OPEN_DATA_COLUMNS = [
  'time_period',
  'scope_kind',
  'scope_id',
  'scope_name',
  'measure',
  'dimension',
  'category',
  'value',
] as const;

export type OpenDataRow = Record<(typeof OPEN_DATA_COLUMNS)[number], string>;

/** GSS symbols: `c` confidential (suppressed), `z` not applicable. */
export const SUPPRESSED_SYMBOL = 'c';
export const NOT_APPLICABLE_SYMBOL = 'z';

/** The dimension and category of a figure that is not broken down. */
export const TOTAL = 'TOTAL';

export const OPEN_DATA_ROUNDING_BASE = 5;

export const CITY_SCOPE_NAME = 'Manchester';

/** To the nearest multiple of 5 (halves cannot occur for whole counts). */
export function roundToBase(value: number): number {
  return OPEN_DATA_ROUNDING_BASE * Math.round(value / OPEN_DATA_ROUNDING_BASE);
}

/** A count as published: `c` when suppressed, else rounded (a true zero stays 0). */
export function countCell(count: Count): string {
  return count.suppressed || count.value === null ? SUPPRESSED_SYMBOL : String(roundToBase(count.value));
}

/** A rate as published: `z` when its denominator shows 0 (nothing to divide by), `c` when a count it needs is hidden. */
export function rateCell(rate: number | null, numerator: Count, denominator: Count): string {
  if (rate !== null) return (Math.round(rate * 100) / 100).toFixed(2);
  if (denominator.value === 0) return NOT_APPLICABLE_SYMBOL;
  return numerator.value === null || denominator.value === null ? SUPPRESSED_SYMBOL : NOT_APPLICABLE_SYMBOL;
}

/** A median as published: `z` over no values, `c` when the view hid it (too few values), else the median. */
export function medianCell(median: number | null, values: ValuesSummary): string {
  if (values.count === 0) return NOT_APPLICABLE_SYMBOL;
  return median === null ? SUPPRESSED_SYMBOL : String(median);
}

/**
 * The measure name of a funnel stage. Programme-side stages keep their names (ENQUIRED … POSITIVE_OUTCOME); the
 * vacancy side's are prefixed, since APPLIED and OFFERED exist on both sides of a CITY scope.
 */
export function stageMeasure(side: FunnelSide, stage: FunnelStage): string {
  return side === 'PROGRAMME' ? stage : `VACANCY_${stage}`;
}

export interface OpenDataScope {
  kind: MetricsScopeKind.CITY | MetricsScopeKind.PROGRAMME;
  /** Null for CITY. */
  id: string | null;
  name: string;
}

/**
 * Every published row of one scope, from its exact tallies through the protected view: per funnel stage the total
 * (dimension and category TOTAL) and every category of every dimension, then the outcome report's counts, rates and
 * medians under their contract names (dimension and category TOTAL).
 */
export function openDataRows(
  timePeriod: string,
  scope: OpenDataScope,
  tallies: ReportTallies,
  k: number,
): OpenDataRow[] {
  const view = reportView(tallies, Audience.PROTECTED, k);
  const rows: OpenDataRow[] = [];
  const push = (measure: string, dimension: string, category: string, value: string) =>
    rows.push({
      time_period: timePeriod,
      scope_kind: scope.kind,
      scope_id: scope.id ?? '',
      scope_name: scope.name,
      measure,
      dimension,
      category,
      value,
    });

  // The view lists the stages side by side in the tallies' order.
  const stages = [...view.diversity.stages];
  for (const { side, tallies: sideTallies } of tallies.sides) {
    for (const stage of stages.splice(0, sideTallies.length)) {
      const measure = stageMeasure(side, stage.stage);
      push(measure, TOTAL, TOTAL, countCell(stage.total));
      // A stage's rows come in the order of DIMENSIONS and their CATEGORIES, every category present.
      for (const row of stage.rows) push(measure, row.dimension, row.category, countCell(row.count));
    }
  }

  const o = view.outcomes;
  const inputs = tallies.outcomes;
  if (o && inputs) {
    const scalar = (measure: string, value: string) => push(measure, TOTAL, TOTAL, value);
    scalar('enquiries', countCell(o.enquiries));
    scalar('applications', countCell(o.applications));
    scalar('places', countCell(o.places));
    scalar('enquiriesPerPlace', rateCell(o.enquiriesPerPlace, o.enquiries, o.places));
    scalar('starts', countCell(o.starts));
    scalar('completions', countCell(o.completions));
    scalar('completionRate', rateCell(o.completionRate, o.completions, o.starts));
    scalar('positiveOutcomes', countCell(o.positiveOutcomes));
    scalar('outcomeRateOfCompletions', rateCell(o.outcomeRateOfCompletions, o.positiveOutcomes, o.completions));
    scalar('outcomeRateOfStarts', rateCell(o.outcomeRateOfStarts, o.positiveOutcomes, o.starts));
    scalar('employedWithinSixMonths', countCell(o.employedWithinSixMonths));
    scalar('medianDaysToOutcome', medianCell(o.medianDaysToOutcome, inputs.daysToOutcome));
    scalar('medianSalaryPence', medianCell(o.medianSalaryPence, inputs.employmentSalaries));
    // The counts it is made from are not published; a true zero of jobs with pay is `z`, else `c` when hidden.
    const withPay =
      inputs.employmentWithPay === 0 ? { value: 0, suppressed: false } : { value: null, suppressed: true };
    scalar('realLivingWageShare', rateCell(o.realLivingWageShare, withPay, withPay));
  }
  return rows;
}

/**
 * Rows as RFC 4180 CSV (CRLF line ends, fields quoted when they hold a comma, quote or line break, quotes doubled),
 * with the header row when `header` is set, so a file can be written scope by scope. A name a provider typed that
 * starts like a spreadsheet formula (=, +, -, @) is prefixed with `'` so that opening the file cannot run it.
 */
export function openDataCsv(rows: readonly OpenDataRow[], header = true): string {
  return stringify(rows as OpenDataRow[], {
    header,
    columns: [...OPEN_DATA_COLUMNS],
    record_delimiter: 'windows',
    // csv-stringify quotes the record delimiter (CRLF) by itself; a lone CR or LF in a name must be quoted too.
    quoted_match: /[\r\n]/,
    escape_formulas: true,
  });
}
