import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import { DataSource } from 'typeorm';
import { KeysetPage, KeysetPosition } from '@app/database';
import { InvalidInputError } from '@app/errors';
import { EmailOutboxRepository, OutboxEmail } from './email-outbox.repository';
import { NotificationRepository } from './notification.repository';
import { NotificationRecord } from './notification.types';
import { NewSavedSearch, SavedSearchRecord, SavedSearchRepository } from './saved-search.repository';

/** Saved searches a resident may keep. */
export const MAX_SAVED_SEARCHES = 20;

export interface AlertPreferences {
  emailEnabled: boolean;
  statusEmails: boolean;
  alertEmails: boolean;
}

/** What residents (and, for the email outbox, ADMINs) do with notifications, alerts and saved searches. */
@Injectable()
export class NotificationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly notifications: NotificationRepository,
    private readonly searches: SavedSearchRepository,
    private readonly outbox: EmailOutboxRepository,
  ) {}

  page(residentId: string, limit: number, after?: KeysetPosition): Promise<KeysetPage<NotificationRecord>> {
    return this.notifications.page(residentId, limit, after);
  }

  unreadCount(residentId: string): Promise<number> {
    return this.notifications.unreadCount(residentId);
  }

  /** Marks the resident's own notices read; ids that are not notification ids are named. */
  markRead(residentId: string, ids: readonly string[]): Promise<NotificationRecord[]> {
    const bad = ids.map((id, index) => ({ id, index })).filter(({ id }) => !isUUID(id));
    if (bad.length) {
      throw new InvalidInputError(bad.map(({ index }) => ({ path: `ids.${index}`, message: 'not a notification id' })));
    }
    return this.notifications.markRead(residentId, ids);
  }

  async saveSearch(residentId: string, search: NewSavedSearch): Promise<SavedSearchRecord> {
    if ((await this.searches.count(residentId)) >= MAX_SAVED_SEARCHES) {
      throw new InvalidInputError([
        { path: 'input', message: `You can keep up to ${MAX_SAVED_SEARCHES} saved searches: delete one first` },
      ]);
    }
    return this.searches.create(residentId, search);
  }

  savedSearches(residentId: string): Promise<SavedSearchRecord[]> {
    return this.searches.list(residentId);
  }

  /** False when the resident has no saved search with that id (another's included). */
  deleteSavedSearch(residentId: string, id: string): Promise<boolean> {
    return isUUID(id) ? this.searches.delete(residentId, id) : Promise.resolve(false);
  }

  async preferences(residentId: string): Promise<AlertPreferences> {
    const [row] = await this.dataSource.query(
      `SELECT email_enabled AS "emailEnabled", status_emails AS "statusEmails", alert_emails AS "alertEmails"
       FROM alert_preferences WHERE resident_id = $1`,
      [residentId],
    );
    return row ?? { emailEnabled: true, statusEmails: true, alertEmails: true };
  }

  async updatePreferences(residentId: string, preferences: AlertPreferences): Promise<AlertPreferences> {
    await this.dataSource.query(
      `INSERT INTO alert_preferences (resident_id, email_enabled, status_emails, alert_emails) VALUES ($1, $2, $3, $4)
       ON CONFLICT (resident_id) DO UPDATE SET email_enabled = $2, status_emails = $3, alert_emails = $4,
         updated_at = now()`,
      [residentId, preferences.emailEnabled, preferences.statusEmails, preferences.alertEmails],
    );
    return this.preferences(residentId);
  }

  /** One-click unsubscribe by an email's token, without signing in: false when the token is unknown. */
  unsubscribe(token: string): Promise<boolean> {
    return token.length <= 100 ? this.outbox.unsubscribe(token) : Promise.resolve(false);
  }

  /** The email outbox, newest first (ADMIN). */
  emailOutbox(limit: number, offset: number): Promise<{ emails: OutboxEmail[]; totalCount: number }> {
    return this.outbox.newest(limit, offset);
  }
}
