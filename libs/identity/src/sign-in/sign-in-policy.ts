/**
 * Per-account sign-in throttling (docs/hardening.md "Sign-in throttling"), as plain rules. Attempts are counted per
 * (email, client address), so guessing from one place never holds back the account's owner signing in from another.
 */

/** Attempts allowed back to back before the first pause. */
export const FREE_ATTEMPTS = 5;
/** The first pause, doubled by each further failure, up to the longest. */
export const FIRST_LOCK_SECONDS = 15;
export const LONGEST_LOCK_SECONDS = 15 * 60;
/** Failures older than this are forgotten: a pause never grows from last week's typos. */
export const FORGET_AFTER_SECONDS = 24 * 60 * 60;

export interface AttemptState {
  failures: number;
  lastAttemptAt: Date | null;
  lockedUntil: Date | null;
}

export type AttemptDecision = { allowed: true; next: AttemptState } | { allowed: false; retryAfterSeconds: number };

/** How long the account is paused for this client after `failures` failed attempts in a row (0: not paused). */
export function lockSeconds(failures: number): number {
  if (failures < FREE_ATTEMPTS) return 0;
  return Math.min(FIRST_LOCK_SECONDS * 2 ** (failures - FREE_ATTEMPTS), LONGEST_LOCK_SECONDS);
}

/**
 * Whether an attempt may go ahead now and, if so, the state to store before the password is checked: the attempt is
 * counted as a failure up front (a success deletes the state), so parallel guesses cannot all slip in before the
 * first one is recorded.
 */
export function decideAttempt(state: AttemptState, now: Date): AttemptDecision {
  if (state.lockedUntil && state.lockedUntil > now) {
    return { allowed: false, retryAfterSeconds: Math.ceil((state.lockedUntil.getTime() - now.getTime()) / 1000) };
  }
  const forgotten = !state.lastAttemptAt || now.getTime() - state.lastAttemptAt.getTime() > FORGET_AFTER_SECONDS * 1000;
  const failures = (forgotten ? 0 : state.failures) + 1;
  const lock = lockSeconds(failures);
  return {
    allowed: true,
    next: { failures, lastAttemptAt: now, lockedUntil: lock ? new Date(now.getTime() + lock * 1000) : null },
  };
}
