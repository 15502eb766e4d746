import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '@app/audit';
import { Actor } from './actor';
import { BrokerageError } from './brokerage.error';
import { ApplicationStatusChangeEntity, EnrolmentStatusChangeEntity } from './entities/status-change.entity';

export type RecordKind = 'ENROLMENT' | 'APPLICATION';

/**
 * Records a status in the record's history (with the reason, when one was given) and the audit log, in the caller's
 * transaction.
 */
export async function recordStatusChange(
  manager: EntityManager,
  audit: AuditService,
  actor: Actor,
  kind: RecordKind,
  id: string,
  status: string,
  reason: string | null = null,
): Promise<void> {
  if (kind === 'ENROLMENT') {
    await manager.insert(EnrolmentStatusChangeEntity, { enrolmentId: id, status, byRole: actor.role, reason });
  } else {
    await manager.insert(ApplicationStatusChangeEntity, { applicationId: id, status, byRole: actor.role, reason });
  }
  await audit.record(
    [{ actor: { id: actor.userId, role: actor.role }, action: `${kind}_${status}`, subjectType: kind, subjectId: id }],
    manager,
  );
}

const UNIQUE_VIOLATION = '23505';

/**
 * Runs one mutation in one transaction. A unique-index violation can only come from a concurrent duplicate of a live
 * record, which the caller names (ALREADY_APPLIED).
 */
export async function inMutation<T>(
  dataSource: DataSource,
  work: (manager: EntityManager) => Promise<T>,
  duplicate: () => BrokerageError,
): Promise<T> {
  try {
    return await dataSource.transaction(work);
  } catch (error) {
    if ((error as { code?: string }).code === UNIQUE_VIOLATION) throw duplicate();
    throw error;
  }
}
