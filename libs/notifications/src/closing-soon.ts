import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { londonToday } from '@app/reference';
import { closingSoonNotice } from './notification-content';
import { NotificationDelivery } from './notification-delivery';
import { AlertFrequency, NewNotification, NotificationKind } from './notification.types';

/** "Closing soon" means applications close within this many days (today included). */
export const CLOSING_SOON_DAYS = 3;

/**
 * Applications closing within 3 days on something the resident enquired about (a cohort) or was alerted to by a
 * saved search (a vacancy or a course), and has not applied for yet. Run daily (08:00 Europe/London); each item is
 * told once per resident (`closing:<kind>:<id>`).
 */
@Injectable()
export class ClosingSoonAlerts {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly delivery: NotificationDelivery,
  ) {}

  async run(today = londonToday()): Promise<number> {
    const rows: {
      resident_id: string;
      kind: string;
      id: string;
      programme_id: string | null;
      title: string;
      closes_on: string;
      why: 'SAVED' | 'ENQUIRED';
    }[] = await this.dataSource.query(
      `SELECT e.resident_id, 'cohort' AS kind, c.id, p.id AS programme_id, p.title,
                c.applications_close_on::text AS closes_on, 'ENQUIRED' AS why
         FROM enrolments e JOIN cohorts c ON c.id = e.cohort_id JOIN programmes p ON p.id = c.programme_id
         WHERE e.status = 'ENQUIRED' AND e.resident_id IS NOT NULL AND c.cancelled_at IS NULL
           AND c.applications_close_on BETWEEN $1::date AND $1::date + $2::int - 1
         UNION ALL
         SELECT n.resident_id, 'vacancy', v.id, NULL, v.title, v.closes_on::text, 'SAVED'
         FROM notifications n JOIN vacancies v ON v.id = split_part(n.idempotency_key, ':', 2)::uuid
         WHERE n.kind = $3 AND v.status = 'OPEN' AND v.closes_on BETWEEN $1::date AND $1::date + $2::int - 1
           AND NOT EXISTS (SELECT 1 FROM applications a WHERE a.resident_id = n.resident_id AND a.vacancy_id = v.id)
         UNION ALL
         SELECT n.resident_id, 'cohort', c.id, p.id, p.title, c.applications_close_on::text, 'SAVED'
         FROM notifications n JOIN cohorts c ON c.id = split_part(n.idempotency_key, ':', 2)::uuid
         JOIN programmes p ON p.id = c.programme_id
         WHERE n.kind = ANY($4::text[]) AND c.cancelled_at IS NULL
           AND c.applications_close_on BETWEEN $1::date AND $1::date + $2::int - 1
           AND NOT EXISTS (SELECT 1 FROM enrolments e WHERE e.resident_id = n.resident_id AND e.cohort_id = c.id)`,
      [
        today,
        CLOSING_SOON_DAYS,
        NotificationKind.NEW_MATCHING_JOB,
        [NotificationKind.NEW_MATCHING_COURSE, NotificationKind.PATHWAY_OPENED],
      ],
    );
    const notices = rows.map((row): NewNotification => {
      const link = row.kind === 'vacancy' ? `/jobs/${row.id}` : `/courses/${row.programme_id}`;
      const content = closingSoonNotice({ title: row.title, link, closesOn: row.closes_on }, row.why);
      return {
        residentId: row.resident_id,
        key: `closing:${row.kind}:${row.id}`,
        ...content,
        frequency: AlertFrequency.INSTANT,
      };
    });
    return this.delivery.deliver(notices);
  }
}
