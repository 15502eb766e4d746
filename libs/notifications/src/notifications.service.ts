import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import { DataSource } from 'typeorm';
import { KeysetPage, KeysetPosition } from '@app/database';
import { InvalidInputError } from '@app/errors';
import { EmailOutboxRepository, OutboxEmail } from './email-outbox.repository';
import { NotificationRepository } from './notification.repository';
import { NotificationsError } from './notifications.error';
import { NotificationRecord } from './notification.types';
import { NewSavedSearch, SavedSearchRecord, SavedSearchRepository } from './saved-search.repository';

/** Notices marked read in one call at most. */
const MAX_MARKED_AT_ONCE = 100;

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

  /**
   * Marks the resident's own notices read (at most 100 at once). Any id that is not one of their notices is
   * NOT_FOUND, and nothing is marked.
   */
  async markRead(residentId: string, ids: readonly string[]): Promise<NotificationRecord[]> {
    if (ids.length > MAX_MARKED_AT_ONCE) {
      throw new InvalidInputError([{ path: 'ids', message: `give at most ${MAX_MARKED_AT_ONCE} ids at once` }]);
    }
    const unique = [...new Set(ids)];
    if (!unique.every((id) => isUUID(id))) throw NotificationsError.notificationNotFound();
    const own = await this.notifications.byIds(residentId, unique);
    if (own.length !== unique.length) throw NotificationsError.notificationNotFound();
    return this.notifications.markRead(residentId, unique);
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

  /** NOT_FOUND when the resident has no saved search with that id (another's included). */
  async deleteSavedSearch(residentId: string, id: string): Promise<boolean> {
    if (!isUUID(id) || !(await this.searches.delete(residentId, id))) throw NotificationsError.savedSearchNotFound();
    return true;
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
    if (token.length > 100)
      throw new InvalidInputError([{ path: 'token', message: 'token is not an unsubscribe token' }]);
    return this.outbox.unsubscribe(token);
  }

  /** The email outbox, newest first (ADMIN). */
  emailOutbox(limit: number, offset: number): Promise<{ emails: OutboxEmail[]; totalCount: number }> {
    return this.outbox.newest(limit, offset);
  }
}
