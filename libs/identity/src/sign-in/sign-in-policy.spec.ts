import { decideAttempt, FREE_ATTEMPTS, lockSeconds, LONGEST_LOCK_SECONDS } from './sign-in-policy';

const at = (seconds: number) => new Date(Date.UTC(2026, 0, 1) + seconds * 1000);
const fresh = { failures: 0, lastAttemptAt: null, lockedUntil: null };

describe('sign-in throttling rules', () => {
  it('lets the first attempts through with no pause, then pauses from the fifth failure', () => {
    expect([1, 2, 3, 4].map(lockSeconds)).toEqual([0, 0, 0, 0]);
    expect(lockSeconds(FREE_ATTEMPTS)).toBe(15);
  });

  it('doubles the pause with each further failure, never beyond 15 minutes', () => {
    expect([5, 6, 7, 8].map(lockSeconds)).toEqual([15, 30, 60, 120]);
    expect(lockSeconds(50)).toBe(LONGEST_LOCK_SECONDS);
    expect(LONGEST_LOCK_SECONDS).toBe(900);
  });

  it('counts an attempt before the password is checked, and pauses on the fifth', () => {
    let state = { ...fresh } as Parameters<typeof decideAttempt>[0];
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      const decision = decideAttempt(state, at(attempt));
      if (!decision.allowed) throw new Error(`attempt ${attempt} refused`);
      state = decision.next;
    }
    expect(state).toEqual({ failures: 5, lastAttemptAt: at(5), lockedUntil: at(20) });
    expect(decideAttempt(state, at(6))).toEqual({ allowed: false, retryAfterSeconds: 14 });
  });

  it('lets an attempt through once the pause is over, with a longer pause if it fails too', () => {
    const locked = { failures: 5, lastAttemptAt: at(0), lockedUntil: at(15) };
    expect(decideAttempt(locked, at(15))).toEqual({
      allowed: true,
      next: { failures: 6, lastAttemptAt: at(15), lockedUntil: at(45) },
    });
  });

  it('forgets failures after a day without attempts', () => {
    const old = { failures: 9, lastAttemptAt: at(0), lockedUntil: at(240) };
    const decision = decideAttempt(old, at(24 * 60 * 60 + 1));
    expect(decision).toEqual({ allowed: true, next: { failures: 1, lastAttemptAt: at(86_401), lockedUntil: null } });
  });
});
