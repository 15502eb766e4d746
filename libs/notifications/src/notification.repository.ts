import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { fetchKeysetPage, KeysetPage, KeysetPosition, SqlParams } from '@app/database';
import { NewNotification, NotificationRecord, STATUS_KINDS } from './notification.types';
import { residentAccountJoin } from './notifications.read-model';

/** A stored notice that is to be emailed at once. */
export interface InstantEmail {
  notificationId: string;
  residentId: string;
  key: string;
}

/** Every query on notifications. */
@Injectable()
export class NotificationRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Stores each notice once: a notice whose (resident, key) is already stored is skipped, so a re-delivered event or
   * a duplicated job adds nothing. Only existing RESIDENT accounts get notices (a deleted account gets nothing). A
   * notice's email follows the resident's preferences: NONE when they do not want it, otherwise its frequency.
   * Returns the notices newly stored whose email goes at once.
   */
  async insert(manager: EntityManager, notices: readonly NewNotification[]): Promise<InstantEmail[]> {
    if (notices.length === 0) return [];
    const column = <K extends keyof NewNotification>(key: K) => notices.map((notice) => notice[key]);
    const rows: { id: string; resident_id: string; idempotency_key: string; email: string }[] = await manager.query(
      `INSERT INTO notifications (resident_id, idempotency_key, kind, title, body, link, email)
       SELECT x.resident_id, x.key, x.kind, x.title, x.body, x.link,
              CASE WHEN coalesce(p.email_enabled, true)
                    AND CASE WHEN x.kind = ANY($8::text[]) THEN coalesce(p.status_emails, true)
                             ELSE coalesce(p.alert_emails, true) END
                   THEN x.frequency ELSE 'NONE' END
       FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[])
              AS x (resident_id, key, kind, title, body, link, frequency)
       ${residentAccountJoin('x.resident_id')}
       LEFT JOIN alert_preferences p ON p.resident_id = x.resident_id
       ORDER BY x.resident_id, x.key
       ON CONFLICT (resident_id, idempotency_key) DO NOTHING
       RETURNING id, resident_id, idempotency_key, email`,
      [
        column('residentId'),
        column('key'),
        column('kind'),
        column('title'),
        column('body'),
        column('link'),
        column('frequency'),
        STATUS_KINDS,
      ],
    );
    return rows
      .filter((row) => row.email === 'INSTANT')
      .map((row) => ({ notificationId: row.id, residentId: row.resident_id, key: row.idempotency_key }));
  }

  page(residentId: string, limit: number, after?: KeysetPosition): Promise<KeysetPage<NotificationRecord>> {
    const sql = new SqlParams();
    return fetchKeysetPage(this.dataSource, sql, {
      from: `FROM notifications n WHERE n.resident_id = ${sql.param(residentId)}`,
      alias: 'n',
      rank: '0::real',
      limit,
      after,
      load: (ids) => this.byIds(residentId, ids),
    });
  }

  async unreadCount(residentId: string): Promise<number> {
    const [{ count }] = await this.dataSource.query(
      'SELECT count(*)::int AS count FROM notifications WHERE resident_id = $1 AND read_at IS NULL',
      [residentId],
    );
    return count;
  }

  /** Marks the resident's own notices read (others' ids are ignored); returns them. */
  async markRead(residentId: string, ids: readonly string[]): Promise<NotificationRecord[]> {
    await this.dataSource.query(
      `UPDATE notifications SET read_at = now() WHERE resident_id = $1 AND id = ANY($2::uuid[]) AND read_at IS NULL`,
      [residentId, ids],
    );
    return this.byIds(residentId, ids);
  }

  async byIds(residentId: string, ids: readonly string[]): Promise<NotificationRecord[]> {
    return this.dataSource.query(
      `SELECT id, kind, title, body, link, created_at AS "createdAt", read_at AS "readAt" FROM notifications
       WHERE resident_id = $1 AND id = ANY($2::uuid[]) ORDER BY created_at DESC, id DESC`,
      [residentId, ids],
    );
  }
}
