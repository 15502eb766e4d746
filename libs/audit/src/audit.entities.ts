import { AuditEntryEntity } from './audit-entry.entity';

export const AUDIT_ENTITIES = [AuditEntryEntity];
