import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('QueuePing', {
  description: 'A round trip through the system queue: enqueued by the API, answered by a worker',
})
export class QueuePing {
  @Field(() => ID) id: string;
  @Field({ description: 'waiting, active, completed, failed, delayed or unknown' }) state: string;
  @Field(() => String, { nullable: true }) processedAt: string | null;
  @Field(() => Number, { nullable: true, description: 'pid of the worker process that answered' })
  processedByPid: number | null;
  @Field(() => String, { nullable: true }) failedReason: string | null;
}
