import { Controller, Get, ServiceUnavailableException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { migrationsAreApplied } from '@app/database';
import { SystemQueueProducer } from '@app/queue';
import { Public } from '../auth/auth.decorators';

type CheckResult = { status: 'up' | 'down'; detail?: string };

/** Liveness (the process answers) and readiness (database reachable and migrated, queue reachable). */
@Public()
@Controller('health')
export class HealthController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly systemQueue: SystemQueueProducer,
  ) {}

  @Get('live')
  live() {
    return { status: 'ok' };
  }

  @Get('ready')
  async ready() {
    const [database, queue] = await Promise.all([this.checkDatabase(), this.checkQueue()]);
    const checks = { database, queue };
    if (database.status === 'up' && queue.status === 'up') return { status: 'ok', checks };
    throw new ServiceUnavailableException({ status: 'unavailable', checks });
  }

  private async checkDatabase(): Promise<CheckResult> {
    try {
      await this.dataSource.query('SELECT 1');
      return (await migrationsAreApplied(this.dataSource))
        ? { status: 'up' }
        : { status: 'down', detail: 'migrations pending' };
    } catch {
      return { status: 'down', detail: 'unreachable' };
    }
  }

  private async checkQueue(): Promise<CheckResult> {
    return (await this.systemQueue.isReachable()) ? { status: 'up' } : { status: 'down', detail: 'unreachable' };
  }
}
