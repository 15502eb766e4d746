import { Controller, Get, ServiceUnavailableException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { migrationsAreApplied } from '@app/database';
import { SystemQueueProducer } from '@app/queue';
import { shutdownState } from '@app/runtime';
import { Public } from '../auth/auth.decorators';

type CheckResult = { status: 'up' | 'down'; detail?: string };

/** Liveness (the process answers) and readiness (database reachable and migrated; queue reachable or degraded). */
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

  /**
   * 200 `ok` when everything answers; 200 `degraded` when only the queue is unreachable (writes still work and their
   * recomputes are kept until it is back, so taking every replica out of service would only make things worse);
   * 503 when the database is unreachable or not migrated, and from the moment the process is told to shut down.
   */
  @Get('ready')
  async ready() {
    if (shutdownState.draining) throw new ServiceUnavailableException({ status: 'shutting down' });
    const [database, queue] = await Promise.all([this.checkDatabase(), this.checkQueue()]);
    const checks = { database, queue };
    if (database.status === 'down') throw new ServiceUnavailableException({ status: 'unavailable', checks });
    return { status: queue.status === 'up' ? 'ok' : 'degraded', checks };
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
