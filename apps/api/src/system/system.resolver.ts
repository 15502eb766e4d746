import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Role, UserEntity } from '@app/identity';
import { PingStatus, SystemQueueProducer } from '@app/queue';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import { QueuePing } from './system.types';

const toQueuePing = (status: PingStatus): QueuePing => ({
  id: status.id,
  state: status.state,
  processedAt: status.result?.processedAt ?? null,
  processedByPid: status.result?.processedByPid ?? null,
  failedReason: status.failedReason,
});

/** Operational check for ADMINs: proves the API → queue → worker round trip on whichever backend is configured. */
@Resolver()
export class SystemResolver {
  constructor(private readonly systemQueue: SystemQueueProducer) {}

  @Roles(Role.ADMIN)
  @Mutation(() => QueuePing)
  async pingQueue(@CurrentUser() user: UserEntity): Promise<QueuePing> {
    const id = await this.systemQueue.ping(user.id);
    return { id, state: 'waiting', processedAt: null, processedByPid: null, failedReason: null };
  }

  @Roles(Role.ADMIN)
  @Query(() => QueuePing, { nullable: true })
  async queuePing(@Args('id', { type: () => ID }) id: string): Promise<QueuePing | null> {
    const status = await this.systemQueue.pingStatus(id);
    return status ? toQueuePing(status) : null;
  }
}
