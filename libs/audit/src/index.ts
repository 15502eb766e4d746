export * from './audit-entry.entity';
export * from './audit.entities';
export * from './audit.module';
export * from './audit.service';
export * from './audit-trail.repository';
