// Made once: building an Intl formatter costs ~0.1 ms, and one page of 20 jobs asks for today dozens of times.
const LONDON_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' });

let lastMinute = NaN;
let lastDay = '';

/**
 * Today's date in Manchester (Europe/London), YYYY-MM-DD. Cohort states, closing dates and the Real Living Wage in
 * force all turn on the local calendar day, not UTC's.
 */
export function londonToday(now: Date = new Date()): string {
  // London's offset from UTC is always whole hours, so every instant of one UTC minute has the same London date:
  // the last minute's answer is reused exactly (a page can ask dozens of times).
  const minute = Math.floor(now.getTime() / 60_000);
  if (minute !== lastMinute) {
    lastMinute = minute;
    lastDay = LONDON_DAY.format(now);
  }
  return lastDay;
}

/** `date` (YYYY-MM-DD) plus `days`, as YYYY-MM-DD. */
export function addDays(date: string, days: number): string {
  const value = new Date(`${date}T00:00:00Z`);
  value.setUTCDate(value.getUTCDate() + days);
  return value.toISOString().slice(0, 10);
}
