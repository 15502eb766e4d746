import { stringify } from 'csv-stringify/sync';
import { CATEGORIES, DIMENSIONS } from './categories';
import { PROGRAMME_STAGES, VACANCY_STAGES } from './metrics.types';
import { NOT_APPLICABLE_SYMBOL, OPEN_DATA_ROUNDING_BASE, stageMeasure, SUPPRESSED_SYMBOL } from './open-data';
import { PROTECTED_THRESHOLD } from './protected-disclosure';

/**
 * `GET /open-data/outcomes.meta.csv`: what every column, measure and dimension of the open-data file means, in the
 * way the Department for Education's explore-education-statistics data guidance describes its files. Columns
 * `kind, name, description`.
 */
const COLUMNS: [string, string][] = [
  [
    'time_period',
    'The days the figures cover, as an ISO 8601 interval: from the first record to the day of the release',
  ],
  ['scope_kind', 'CITY for all of Manchester, PROGRAMME for one course'],
  ['scope_id', 'The course identifier, as used by the service; empty for CITY'],
  ['scope_name', 'The course title, or Manchester'],
  ['measure', 'What is counted or worked out (see the measures below)'],
  ['dimension', 'The characteristic the figure is broken down by, or TOTAL'],
  [
    'category',
    'The group within the dimension, or TOTAL; NOT_KNOWN is people who preferred not to say or did not answer',
  ],
  [
    'value',
    `The figure. Counts have small random noise added (at most 2 either way) and are then rounded to the nearest ${OPEN_DATA_ROUNDING_BASE}; ` +
      `${SUPPRESSED_SYMBOL} means withheld to protect people (a count under ${PROTECTED_THRESHOLD}, or a breakdown where almost everyone is in one group); ` +
      `${NOT_APPLICABLE_SYMBOL} means not applicable. Rates are decimals to 2 places`,
  ],
];

const STAGE_MEANINGS: Record<string, string> = {
  ENQUIRED: 'People who enquired about a course (every course record)',
  APPLIED: 'People who applied for a course',
  OFFERED: 'People offered a place',
  ENROLLED: 'People who started (took up their place)',
  COMPLETED: 'People who completed the course',
  POSITIVE_OUTCOME:
    'Completers with a job, a better job, self-employment, an apprenticeship or further learning within six months',
  VACANCY_APPLIED: 'Applications for jobs',
  VACANCY_SHORTLISTED: 'Job applicants shortlisted',
  VACANCY_INTERVIEWED: 'Job applicants interviewed',
  VACANCY_OFFERED: 'Job applicants offered the job',
  VACANCY_HIRED: 'Job applicants hired',
};

const OUTCOME_MEASURES: [string, string][] = [
  ['enquiries', 'Enquiries (as ENQUIRED)'],
  ['applications', 'Applications (as APPLIED)'],
  ['places', 'Places on the courses’ cohorts that were not cancelled (not rounded for noise: places are published)'],
  ['enquiriesPerPlace', 'Enquiries for each place'],
  ['starts', 'Starts (as ENROLLED)'],
  ['completions', 'Completions (as COMPLETED)'],
  ['completionRate', 'Completions as a share of starts'],
  ['positiveOutcomes', 'Completers with a positive outcome within six months (as POSITIVE_OUTCOME)'],
  ['outcomeRateOfCompletions', 'Positive outcomes as a share of completions'],
  ['outcomeRateOfStarts', 'Positive outcomes as a share of starts'],
  ['employedWithinSixMonths', 'Completers in work within six months of completing'],
  ['medianDaysToOutcome', 'Median days from completing to the first positive outcome (at least 10 people)'],
  ['medianSalaryPence', 'Median yearly salary of the jobs people went into, in pence (at least 10 jobs)'],
  ['realLivingWageShare', 'Share of those jobs paying at least the Real Living Wage when they started'],
];

export function openDataGuidanceCsv(): string {
  const rows: [string, string, string][] = [
    ...COLUMNS.map(([name, description]): [string, string, string] => ['column', name, description]),
    ...[
      ...PROGRAMME_STAGES.map((s) => stageMeasure('PROGRAMME', s)),
      ...VACANCY_STAGES.map((s) => stageMeasure('VACANCY', s)),
    ].map((measure): [string, string, string] => ['measure', measure, STAGE_MEANINGS[measure]]),
    ...OUTCOME_MEASURES.map(([name, description]): [string, string, string] => ['measure', name, description]),
    ...DIMENSIONS.map((dimension): [string, string, string] => [
      'dimension',
      dimension,
      `Categories: ${CATEGORIES[dimension].join(', ')}`,
    ]),
  ];
  return stringify(rows, { header: true, columns: ['kind', 'name', 'description'], record_delimiter: 'windows' });
}
