import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * Recent failed sign-ins for one (email, client address), so throttling holds across API replicas. The key is a
 * SHA-256 of both, never the email itself; rows exist for unknown emails too, so the table does not tell which
 * accounts exist. A successful sign-in deletes its row; rows a day old are deleted as attempts come in.
 */
@Entity('sign_in_attempts')
export class SignInAttemptEntity {
  @PrimaryColumn({ type: 'char', length: 64 })
  key: string;

  /** Attempts in a row that did not succeed (the current one is counted before its password is checked). */
  @Column({ type: 'int' })
  failures: number;

  @Index('sign_in_attempts_last_attempt_at_idx')
  @Column({ name: 'last_attempt_at', type: 'timestamptz' })
  lastAttemptAt: Date;

  @Column({ name: 'locked_until', type: 'timestamptz', nullable: true })
  lockedUntil: Date | null;
}
