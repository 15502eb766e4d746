import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { Queue } from 'bullmq';
import { QueueName } from '@app/queue';
import { AlertFrequency, NotificationJob } from './notification.types';

const TZ = 'Europe/London';

/** The repeatable jobs of the notifications queue; upserting keeps one scheduler each however often it runs. */
@Injectable()
export class NotificationSchedules {
  constructor(@InjectQueue(QueueName.NOTIFICATIONS) private readonly queue: Queue) {}

  async schedule(): Promise<void> {
    await this.queue.upsertJobScheduler(
      'daily-digest',
      { pattern: '0 7 * * *', tz: TZ },
      { name: NotificationJob.DIGEST, data: { frequency: AlertFrequency.DAILY } },
    );
    await this.queue.upsertJobScheduler(
      'weekly-digest',
      { pattern: '0 7 * * 1', tz: TZ },
      { name: NotificationJob.DIGEST, data: { frequency: AlertFrequency.WEEKLY } },
    );
    await this.queue.upsertJobScheduler(
      'closing-soon',
      { pattern: '0 8 * * *', tz: TZ },
      { name: NotificationJob.CLOSING_SOON, data: {} },
    );
    await this.queue.upsertJobScheduler(
      'email-sweep',
      { every: 60_000 },
      { name: NotificationJob.EMAIL_SWEEP, data: {} },
    );
  }
}
