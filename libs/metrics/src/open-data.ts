import { stringify } from 'csv-stringify/sync';
import { CATEGORIES, DIMENSIONS } from './categories';
import { isPrimarySuppressed, median, primaryCount, suppressBreakdown } from './disclosure';
import { SideTallies } from './diversity-report';
import { Count, FunnelSide, FunnelStage, MetricsScopeKind, OutcomeInputs } from './metrics.types';

/**
 * METRICS.md "Disclosure control" → open data (`GET /open-data/outcomes.csv`): the published figures of the CITY and
 * PROGRAMME scopes, one row per (scope, measure, dimension, category). Stricter than the reports served to signed-in
 * users: the threshold is max(k, 10), and every count shown is rounded to the nearest 5, so that neither a small
 * cell nor a difference between published cells (across dimensions, stages or scopes) gives a person away.
 *
 * Values: a count rounded to 5; `c` for a suppressed value; `z` where the figure does not apply (a rate whose
 * denominator is 0, a median over no values); a rate or ratio as a decimal to 2 places, computed from the raw counts
 * (so rounding does not distort it) and `c` when a count it is built from is suppressed.
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

export const OPEN_DATA_MIN_THRESHOLD = 10;
export const OPEN_DATA_ROUNDING_BASE = 5;

export const CITY_SCOPE_NAME = 'Manchester';

export function openDataThreshold(k: number): number {
  return Math.max(k, OPEN_DATA_MIN_THRESHOLD);
}

/** To the nearest multiple of 5 (halves cannot occur for whole counts). */
export function roundToBase(value: number): number {
  return OPEN_DATA_ROUNDING_BASE * Math.round(value / OPEN_DATA_ROUNDING_BASE);
}

/** A count as published: `c` when suppressed, else rounded (a true zero stays 0). */
export function countCell(count: Count): string {
  return count.suppressed || count.value === null ? SUPPRESSED_SYMBOL : String(roundToBase(count.value));
}

/** A rate as published: `z` with no denominator, `c` when a count it is built from is suppressed, else 2 places. */
export function rateCell(numerator: number, denominator: number, threshold: number): string {
  if (denominator === 0) return NOT_APPLICABLE_SYMBOL;
  if (isPrimarySuppressed(numerator, threshold) || isPrimarySuppressed(denominator, threshold)) {
    return SUPPRESSED_SYMBOL;
  }
  return (Math.round((numerator / denominator) * 100) / 100).toFixed(2);
}

/** A median as published: `z` over no values, `c` over fewer than the threshold, else the median (`round` for pence). */
export function medianCell(values: readonly number[], threshold: number, round = false): string {
  if (values.length === 0) return NOT_APPLICABLE_SYMBOL;
  if (values.length < threshold) return SUPPRESSED_SYMBOL;
  const middle = median(values)!;
  return String(round ? Math.round(middle) : middle);
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
 * Every published row of one scope, from its raw (unrounded, unsuppressed) tallies and outcome inputs: per funnel
 * stage the total (dimension and category TOTAL) and every category of every dimension, then the outcome report's
 * counts, rates and medians under their contract names (dimension and category TOTAL).
 */
export function openDataRows(
  timePeriod: string,
  scope: OpenDataScope,
  sides: readonly SideTallies[],
  outcomes: OutcomeInputs | null,
  k: number,
): OpenDataRow[] {
  const threshold = openDataThreshold(k);
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
  const count = (value: number): string => countCell(primaryCount(value, threshold));

  for (const { side, tallies } of sides) {
    for (const tally of tallies) {
      const measure = stageMeasure(side, tally.stage);
      push(measure, TOTAL, TOTAL, count(tally.total));
      for (const dimension of DIMENSIONS) {
        // Primary and secondary suppression within the stage and dimension, as in the reports, at the higher threshold.
        const cells = suppressBreakdown(tally.byDimension[dimension], threshold);
        for (const category of CATEGORIES[dimension]) push(measure, dimension, category, countCell(cells[category]));
      }
    }
  }

  if (outcomes) {
    const o = outcomes;
    const scalar = (measure: string, value: string) => push(measure, TOTAL, TOTAL, value);
    scalar('enquiries', count(o.enquiries));
    scalar('applications', count(o.applications));
    scalar('places', count(o.places));
    scalar('enquiriesPerPlace', rateCell(o.enquiries, o.places, threshold));
    scalar('starts', count(o.starts));
    scalar('completions', count(o.completions));
    scalar('completionRate', rateCell(o.completions, o.starts, threshold));
    scalar('positiveOutcomes', count(o.positiveOutcomes));
    scalar('outcomeRateOfCompletions', rateCell(o.positiveOutcomes, o.completions, threshold));
    scalar('outcomeRateOfStarts', rateCell(o.positiveOutcomes, o.starts, threshold));
    scalar('employedWithinSixMonths', count(o.employedWithinSixMonths));
    scalar('medianDaysToOutcome', medianCell(o.daysToOutcome, threshold));
    scalar('medianSalaryPence', medianCell(o.employmentSalaries, threshold, true));
    scalar('realLivingWageShare', rateCell(o.employmentPayingRealLivingWage, o.employmentWithPay, threshold));
  }
  return rows;
}

/**
 * The file: RFC 4180 (header row, CRLF line ends, fields quoted when they hold a comma, quote or line break, quotes
 * doubled). A name a provider typed that starts like a spreadsheet formula (=, +, -, @) is prefixed with `'` so that
 * opening the file in a spreadsheet cannot run it.
 */
export function openDataCsv(rows: readonly OpenDataRow[]): string {
  return stringify(rows as OpenDataRow[], {
    header: true,
    columns: [...OPEN_DATA_COLUMNS],
    record_delimiter: 'windows',
    // csv-stringify quotes the record delimiter (CRLF) by itself; a lone CR or LF in a name must be quoted too.
    quoted_match: /[\r\n]/,
    escape_formulas: true,
  });
}
