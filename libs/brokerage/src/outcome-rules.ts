// The six-month window is reference data's (one definition for brokerage and metrics); re-exported for brokerage's
// callers.
export { SIX_MONTHS_DAYS, withinSixMonths } from '@app/reference';
