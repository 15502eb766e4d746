import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Queue } from 'bullmq';
import { DataSource, EntityManager } from 'typeorm';
import { RUNTIME_CONFIG, RuntimeConfig } from '@app/config';
import { QueueName, withinProducerTimeout } from '@app/queue';
import { composeEmail, EmailItem } from './email-composer';
import { EmailOutboxRepository, newUnsubscribeToken } from './email-outbox.repository';
import { NotificationRepository } from './notification.repository';
import { NewNotification, NotificationJob, SendEmailJobData } from './notification.types';
import { NotificationsReadModel } from './notifications.read-model';

/** The job id of an email's send job: a second add of the same email is ignored by BullMQ. */
export const emailJobId = (emailId: string) => `email_${emailId}`;

/** An email to keep for one resident: its items, and the key that makes it once-only. */
export interface EmailDraft {
  residentId: string;
  key: string;
  subject: string;
  items: EmailItem[];
}

/**
 * Stores notices and the emails they call for, in one transaction, then queues the emails. Storing is once-only per
 * (resident, key), and an email exists only for a notice newly stored, so a retried or duplicated job creates and
 * sends nothing twice. A send job lost on the way (the queue down, the process gone) is queued again by the sweep.
 */
@Injectable()
export class NotificationDelivery {
  private readonly logger = new Logger(NotificationDelivery.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(RUNTIME_CONFIG) private readonly config: RuntimeConfig,
    @InjectQueue(QueueName.NOTIFICATIONS) private readonly queue: Queue,
    private readonly notifications: NotificationRepository,
    private readonly outbox: EmailOutboxRepository,
    private readonly readModel: NotificationsReadModel,
  ) {}

  /** Stores the notices (and the emails of those to be emailed at once); returns how many were new. */
  async deliver(notices: readonly NewNotification[]): Promise<number> {
    if (notices.length === 0) return 0;
    const byKey = new Map(notices.map((notice) => [`${notice.residentId}|${notice.key}`, notice]));
    const { stored, emailIds } = await this.dataSource.transaction(async (manager) => {
      const instant = await this.notifications.insert(manager, notices);
      const drafts = instant.map(({ notificationId, residentId, key }): EmailDraft => {
        const notice = byKey.get(`${residentId}|${key}`)!;
        return { residentId, key: `notification:${notificationId}`, subject: notice.title, items: [notice] };
      });
      return { stored: instant.length, emailIds: await this.keepEmails(manager, drafts) };
    });
    await this.queueEmails(emailIds);
    return stored;
  }

  /** Composes and keeps emails in email_outbox (with a fresh unsubscribe token each); returns the ids of new ones. */
  async keepEmails(manager: EntityManager, drafts: readonly EmailDraft[]): Promise<string[]> {
    if (drafts.length === 0) return [];
    const addresses = await this.readModel.residentAddresses(manager, [
      ...new Set(drafts.map((draft) => draft.residentId)),
    ]);
    const publicUrl = this.publicUrl();
    const emails = drafts
      .filter((draft) => addresses.has(draft.residentId))
      .map((draft) => {
        const { token, hash } = newUnsubscribeToken();
        const unsubscribeUrl = `${publicUrl}/email/unsubscribe/${token}`;
        return {
          ...composeEmail(draft.subject, draft.items, { publicUrl, unsubscribeUrl }),
          residentId: draft.residentId,
          key: draft.key,
          to: addresses.get(draft.residentId)!,
          unsubscribeUrl,
          hash,
        };
      });
    await this.outbox.saveTokens(
      manager,
      emails.map((email) => ({ hash: email.hash, residentId: email.residentId })),
    );
    return this.outbox.add(manager, emails);
  }

  /** Queues send jobs; when the queue does not take them, the sweep queues them later (they stay PENDING). */
  async queueEmails(emailIds: readonly string[]): Promise<void> {
    for (let start = 0; start < emailIds.length; start += 1_000) {
      const part = emailIds.slice(start, start + 1_000);
      const adding = this.queue.addBulk(
        part.map((emailId) => ({
          name: NotificationJob.SEND_EMAIL,
          data: { emailId } satisfies SendEmailJobData,
          opts: { jobId: emailJobId(emailId) },
        })),
      );
      const added = await withinProducerTimeout(adding).then(
        () => true,
        () => false,
      );
      if (!added) {
        this.logger.warn(`notifications queue unreachable: ${emailIds.length - start} email(s) wait for the sweep`);
        return;
      }
    }
  }

  publicUrl(): string {
    return this.config.env.PUBLIC_URL ?? `http://localhost:${this.config.env.PORT}`;
  }
}
