import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Role } from '@app/identity';
import { connectionTypes } from '../graphql/pagination';

@ObjectType('AuditEntry')
export class AuditEntry {
  @Field(() => ID) id: string;
  @Field() at: Date;
  @Field(() => ID, { nullable: true }) actorId: string | null;
  @Field(() => Role, { nullable: true }) actorRole: Role | null;
  @Field() action: string;
  @Field() subjectType: string;
  @Field(() => ID, { nullable: true }) subjectId: string | null;
}

export const { EdgeType: AuditEntryEdge, ConnectionType: AuditEntryConnection } = connectionTypes(
  'AuditEntry',
  AuditEntry,
);
