import { Args, ID, Int, Query, Resolver } from '@nestjs/graphql';
import { isUUID } from 'class-validator';
import { AuditEntryEntity, AuditService } from '@app/audit';
import { InvalidInputError } from '@app/errors';
import { Role } from '@app/identity';
import { Roles } from '../auth/auth.decorators';
import { keysetWindow, toKeysetConnection } from '../graphql/keyset-cursor';
import { Connection } from '../graphql/pagination';
import { AuditEntry, AuditEntryConnection } from './audit.types';

@Resolver(() => AuditEntry)
export class AuditResolver {
  constructor(private readonly audit: AuditService) {}

  @Roles(Role.ADMIN)
  @Query(() => AuditEntryConnection, { description: 'Status changes and reads of identifiable people, newest first' })
  async auditLog(
    @Args('subjectId', { type: () => ID, nullable: true }) subjectId: string | null,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 50 }) first: number | null,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<Connection<AuditEntryEntity>> {
    if (subjectId && !isUUID(subjectId)) {
      throw new InvalidInputError([{ path: 'subjectId', message: 'subjectId must be the id of a record' }]);
    }
    const window = keysetWindow(first, after, 50);
    return toKeysetConnection(await this.audit.page(subjectId ?? null, window.limit, window.after), window);
  }
}
