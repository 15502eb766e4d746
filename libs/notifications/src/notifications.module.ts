import { Module } from '@nestjs/common';
import { MatchingModule } from '@app/matching';
import { ClosingSoonAlerts } from './closing-soon';
import { DigestService } from './digest';
import { EmailOutboxRepository } from './email-outbox.repository';
import { EmailSender } from './email-sender';
import { NotificationDelivery } from './notification-delivery';
import { NotificationEventSubscriber } from './notification-event-subscriber';
import { NotificationEvents } from './notification-events';
import { NotificationSchedules } from './notification-schedules';
import { NotificationRepository } from './notification.repository';
import { NotificationsReadModel } from './notifications.read-model';
import { NotificationsService } from './notifications.service';
import { SavedSearchRepository } from './saved-search.repository';

const EXPORTED = [
  NotificationsService,
  NotificationEventSubscriber,
  NotificationEvents,
  NotificationDelivery,
  EmailSender,
  EmailOutboxRepository,
  DigestService,
  ClosingSoonAlerts,
  NotificationSchedules,
];

@Module({
  imports: [MatchingModule],
  providers: [...EXPORTED, NotificationRepository, NotificationsReadModel, SavedSearchRepository],
  exports: EXPORTED,
})
export class NotificationsModule {}
