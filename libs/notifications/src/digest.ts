import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { EmailDraft, NotificationDelivery } from './notification-delivery';
import { AlertFrequency } from './notification.types';

/** Residents whose digest is made per transaction. */
const RESIDENTS_PER_BATCH = 500;

/**
 * The daily and weekly digests (repeatable jobs, 07:00 Europe/London): every notice waiting for a digest of that
 * frequency becomes part of one email per resident, and is marked DIGESTED in the transaction that keeps the email,
 * so a digest job run twice (or retried half-way) emails nobody twice. Residents who have turned emails off since
 * get none. Set-based: a batch of residents is a few statements.
 */
@Injectable()
export class DigestService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly delivery: NotificationDelivery,
  ) {}

  /** Makes the digests due for `frequency`; returns how many emails were made. */
  async run(frequency: AlertFrequency.DAILY | AlertFrequency.WEEKLY): Promise<number> {
    let made = 0;
    for (;;) {
      const emailIds = await this.dataSource.transaction(async (manager) => {
        const rows: {
          id: string;
          resident_id: string;
          title: string;
          body: string;
          link: string | null;
          wants: boolean;
        }[] = await manager.query(
          `SELECT n.id, n.resident_id, n.title, n.body, n.link,
                  coalesce(p.email_enabled, true) AND coalesce(p.alert_emails, true) AS wants
           FROM notifications n LEFT JOIN alert_preferences p ON p.resident_id = n.resident_id
           WHERE n.email = $1
             AND n.resident_id IN (SELECT DISTINCT resident_id FROM notifications WHERE email = $1 LIMIT $2)
           ORDER BY n.resident_id, n.created_at, n.id
           FOR UPDATE OF n SKIP LOCKED`,
          [frequency, RESIDENTS_PER_BATCH],
        );
        if (rows.length === 0) return null;
        await manager.query(`UPDATE notifications SET email = 'DIGESTED' WHERE id = ANY($1::uuid[])`, [
          rows.map((row) => row.id),
        ]);
        const byResident = new Map<string, typeof rows>();
        for (const row of rows.filter((row) => row.wants)) {
          byResident.set(row.resident_id, [...(byResident.get(row.resident_id) ?? []), row]);
        }
        const period = frequency === AlertFrequency.DAILY ? 'daily' : 'weekly';
        const drafts = [...byResident].map(([residentId, items]): EmailDraft => ({
          residentId,
          key: `digest:${frequency}:${residentId}:${items[0].id}`,
          subject: `Your ${period} alerts: ${items.length} new ${items.length === 1 ? 'match' : 'matches'}`,
          items,
        }));
        return this.delivery.keepEmails(manager, drafts);
      });
      if (emailIds === null) return made;
      await this.delivery.queueEmails(emailIds);
      made += emailIds.length;
    }
  }
}
