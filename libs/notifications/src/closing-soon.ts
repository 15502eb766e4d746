import { Injectable } from '@nestjs/common';
import { londonToday } from '@app/reference';
import { closingSoonNotice } from './notification-content';
import { NotificationDelivery } from './notification-delivery';
import { AlertFrequency, NewNotification } from './notification.types';
import { NotificationsReadModel } from './notifications.read-model';

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
    private readonly readModel: NotificationsReadModel,
    private readonly delivery: NotificationDelivery,
  ) {}

  async run(today = londonToday()): Promise<number> {
    const rows = await this.readModel.closingSoon(today, CLOSING_SOON_DAYS);
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
