import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import { IdentityError, IdentityErrorReason } from '../identity.error';
import { SignInAttemptEntity } from './sign-in-attempt.entity';
import { decideAttempt, FORGET_AFTER_SECONDS } from './sign-in-policy';

/** The row key: the normalised email and the client address, hashed (no email is stored in clear). */
const attemptKey = (email: string, client: string) => createHash('sha256').update(`${email}\n${client}`).digest('hex');

/**
 * Per-account sign-in throttling in PostgreSQL (the rules are sign-in-policy.ts). The decision never depends on
 * whether the account exists: the same rows, the same answer and the same work for any email.
 */
@Injectable()
export class SignInThrottle {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Counts an attempt for (email, client) before its password is checked, or refuses it with RATE_LIMITED while
   * that pair is paused. Returns the key to pass to `succeeded`.
   */
  async begin(email: string, client: string): Promise<string> {
    const key = attemptKey(email, client);
    const decision = await this.dataSource.transaction(async (manager) => {
      await manager.query(`DELETE FROM sign_in_attempts WHERE last_attempt_at < now() - make_interval(secs => $1)`, [
        FORGET_AFTER_SECONDS,
      ]);
      await manager.query(
        `INSERT INTO sign_in_attempts (key, failures, last_attempt_at) VALUES ($1, 0, now()) ON CONFLICT (key) DO NOTHING`,
        [key],
      );
      // The row lock orders parallel attempts for the pair: each sees the count the previous one stored.
      const [row] = (await manager.query(
        `SELECT failures, last_attempt_at, locked_until, now() AS now FROM sign_in_attempts WHERE key = $1 FOR UPDATE`,
        [key],
      )) as { failures: number; last_attempt_at: Date; locked_until: Date | null; now: Date }[];
      const state = { failures: row.failures, lastAttemptAt: row.last_attempt_at, lockedUntil: row.locked_until };
      const result = decideAttempt(row.failures === 0 ? { ...state, lastAttemptAt: null } : state, row.now);
      if (result.allowed) {
        await manager.query(
          `UPDATE sign_in_attempts SET failures = $2, last_attempt_at = $3, locked_until = $4 WHERE key = $1`,
          [key, result.next.failures, result.next.lastAttemptAt, result.next.lockedUntil],
        );
      }
      return result;
    });
    if (!decision.allowed) {
      throw new IdentityError(
        'RATE_LIMITED',
        IdentityErrorReason.TOO_MANY_SIGN_IN_ATTEMPTS,
        `Too many sign-in attempts for this email from here: wait ${decision.retryAfterSeconds} seconds, then try again`,
      );
    }
    return key;
  }

  /** A successful sign-in clears the pair's failures and any pause. */
  async succeeded(key: string): Promise<void> {
    await this.dataSource.getRepository(SignInAttemptEntity).delete({ key });
  }
}
