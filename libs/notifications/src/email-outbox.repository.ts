import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash, randomBytes } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { ComposedEmail } from './email-composer';

export type EmailState = 'PENDING' | 'SENT' | 'KEPT';

export interface OutboxEmail {
  id: string;
  toAddress: string;
  subject: string;
  text: string;
  html: string;
  unsubscribeUrl: string | null;
  state: EmailState;
  attempts: number;
  lastError: string | null;
  createdAt: Date;
  sentAt: Date | null;
}

const COLUMNS = `id, to_address AS "toAddress", subject, text_body AS "text", html_body AS "html",
  unsubscribe_url AS "unsubscribeUrl", state, attempts, last_error AS "lastError", created_at AS "createdAt",
  sent_at AS "sentAt"`;

/** An unsubscribe token: 32 random bytes; only its SHA-256 is stored, so the table alone unsubscribes nobody. */
export function newUnsubscribeToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashToken(token) };
}

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** Every query on email_outbox and unsubscribe_tokens. */
@Injectable()
export class EmailOutboxRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async saveTokens(manager: EntityManager, tokens: readonly { hash: string; residentId: string }[]): Promise<void> {
    if (tokens.length === 0) return;
    await manager.query(
      `INSERT INTO unsubscribe_tokens (token_hash, resident_id) SELECT * FROM unnest($1::text[], $2::uuid[])`,
      [tokens.map((token) => token.hash), tokens.map((token) => token.residentId)],
    );
  }

  /** Keeps emails to send; one with a key already kept is skipped (sent once). Returns the ids of those added. */
  async add(
    manager: EntityManager,
    emails: readonly (ComposedEmail & { residentId: string; key: string; to: string; unsubscribeUrl: string })[],
  ): Promise<string[]> {
    if (emails.length === 0) return [];
    const column = <K extends keyof (typeof emails)[number]>(key: K) => emails.map((email) => email[key]);
    const rows: { id: string }[] = await manager.query(
      `INSERT INTO email_outbox (resident_id, idempotency_key, to_address, subject, text_body, html_body, unsubscribe_url)
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[])
       ON CONFLICT (idempotency_key) DO NOTHING RETURNING id`,
      [
        column('residentId'),
        column('key'),
        column('to'),
        column('subject'),
        column('text'),
        column('html'),
        column('unsubscribeUrl'),
      ],
    );
    return rows.map((row) => row.id);
  }

  /** The email, locked for the sender's transaction (a second sender of the same email waits, then sees it SENT). */
  async lock(manager: EntityManager, id: string): Promise<(OutboxEmail & { wanted: boolean }) | null> {
    const [row] = await manager.query(
      `SELECT ${COLUMNS}, coalesce((SELECT p.email_enabled FROM alert_preferences p
                                    WHERE p.resident_id = email_outbox.resident_id), true) AS wanted
       FROM email_outbox WHERE id = $1 FOR UPDATE`,
      [id],
    );
    return row ?? null;
  }

  async settle(manager: EntityManager, id: string, state: 'SENT' | 'KEPT'): Promise<void> {
    await manager.query(
      `UPDATE email_outbox SET state = $2, sent_at = CASE WHEN $2 = 'SENT' THEN now() END, attempts = attempts + 1,
              last_error = NULL WHERE id = $1`,
      [id, state],
    );
  }

  async failed(id: string, error: string): Promise<void> {
    await this.dataSource.query(`UPDATE email_outbox SET attempts = attempts + 1, last_error = $2 WHERE id = $1`, [
      id,
      error.slice(0, 500),
    ]);
  }

  /** PENDING emails older than `olderThanMs` (their job may have been lost), oldest first. */
  async pendingIds(olderThanMs: number, limit: number): Promise<string[]> {
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM email_outbox WHERE state = 'PENDING' AND created_at < now() - $1 * interval '1 millisecond'
       ORDER BY created_at LIMIT $2`,
      [olderThanMs, limit],
    );
    return rows.map((row) => row.id);
  }

  /** The outbox, newest first, for an ADMIN. */
  async newest(limit: number, offset: number): Promise<{ emails: OutboxEmail[]; totalCount: number }> {
    const [{ total }] = await this.dataSource.query('SELECT count(*)::int AS total FROM email_outbox');
    const emails = await this.dataSource.query(
      `SELECT ${COLUMNS} FROM email_outbox ORDER BY created_at DESC, id DESC LIMIT $1 OFFSET $2`,
      [limit, offset],
    );
    return { emails, totalCount: total };
  }

  /** Turns email off for the token's resident; false when the token is unknown. */
  async unsubscribe(token: string): Promise<boolean> {
    const [row]: { resident_id: string }[] = await this.dataSource.query(
      'SELECT resident_id FROM unsubscribe_tokens WHERE token_hash = $1',
      [hashToken(token)],
    );
    if (!row) return false;
    await this.dataSource.query(
      `INSERT INTO alert_preferences (resident_id, email_enabled) VALUES ($1, false)
       ON CONFLICT (resident_id) DO UPDATE SET email_enabled = false, updated_at = now()`,
      [row.resident_id],
    );
    return true;
  }
}
