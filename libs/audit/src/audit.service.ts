import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { fetchKeysetPage, KeysetPage, KeysetPosition, SqlParams } from '@app/database';
import { AuditEntryEntity } from './audit-entry.entity';

export interface AuditActor {
  id: string | null;
  role: string | null;
}

export interface AuditRecord {
  actor: AuditActor;
  action: string;
  subjectType: string;
  subjectId: string | null;
}

@Injectable()
export class AuditService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Writes entries in one statement. Status changes pass the mutation's transaction, so the entry and the change land
   * (or fail) together; reads pass none.
   */
  async record(entries: readonly AuditRecord[], manager: EntityManager = this.dataSource.manager): Promise<void> {
    if (entries.length === 0) return;
    await manager.insert(
      AuditEntryEntity,
      entries.map((entry) => ({
        actorId: entry.actor.id,
        actorRole: entry.actor.role,
        action: entry.action,
        subjectType: entry.subjectType,
        subjectId: entry.subjectId,
      })),
    );
  }

  /** Newest first, optionally only the entries about one record. */
  page(subjectId: string | null, limit: number, after?: KeysetPosition): Promise<KeysetPage<AuditEntryEntity>> {
    const sql = new SqlParams();
    // fetchKeysetPage adds its page condition with AND, so the WHERE is always there.
    const where = subjectId ? `a.subject_id = ${sql.param(subjectId)}::uuid` : 'true';
    return fetchKeysetPage(this.dataSource, sql, {
      from: `FROM audit_entries a WHERE ${where}`,
      alias: 'a',
      rank: '0::real',
      limit,
      after,
      load: (ids) => this.dataSource.getRepository(AuditEntryEntity).findBy({ id: In(ids) }),
    });
  }
}
