import { TFunction } from 'i18next';

const DATE = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'Europe/London',
});

// Made once, not per call (toLocaleString with options builds a new formatter each time, ~0.1 ms: a list of jobs
// formats dozens of amounts).
const WHOLE_POUNDS = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 0, maximumFractionDigits: 2 });
const POUNDS_AND_PENCE = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** Pence as pounds the way people write them: £28,000, or £12.60 when there are pence. */
export function pounds(pence: number): string {
  return `£${(pence % 100 === 0 ? WHOLE_POUNDS : POUNDS_AND_PENCE).format(pence / 100)}`;
}

const LONG_DATES = new Map<string, string>();

/** An ISO date or time as "6 December 2026" (GOV.UK style), in Manchester's time zone. */
export function longDate(iso: string): string {
  let text = LONG_DATES.get(iso);
  if (text === undefined) {
    const date = /^\d{4}-\d{2}-\d{2}$/.test(iso) ? new Date(`${iso}T12:00:00Z`) : new Date(iso);
    text = DATE.format(date);
    // Lists show the same few hundred dates again and again; times (all different) would only grow it, so it is cut.
    if (LONG_DATES.size >= 2000) LONG_DATES.clear();
    LONG_DATES.set(iso, text);
  }
  return text;
}

/** Filters the views use: `{{ 2800000 | pounds }}`, `{{ cohort.startDate | longDate }}`, `{{ 'BOOTCAMP' | label('kind') }}`. */
export function viewFilters(t: TFunction): Record<string, (...args: never[]) => unknown> {
  return {
    pounds,
    longDate,
    label: (value: string, group: string) => t(`labels.${group}.${value}`),
    /** "£26,500 a year", or "£26,000 to £30,000 a year" when the two ends differ. */
    salary: (min: number, max: number) =>
      min === max
        ? t('jobs.salaryExact', { pay: pounds(min) })
        : t('jobs.salary', { min: pounds(min), max: pounds(max) }),
    pluck: (items: Record<string, unknown>[], key: string) => items.map((item) => item[key]),
  };
}
