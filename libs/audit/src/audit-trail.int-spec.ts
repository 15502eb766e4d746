import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '@app/database';
import { createTestDatabase, TestDatabase } from '@app/testing';
import { AUDIT_ENTITIES } from './audit.entities';
import { AuditService } from './audit.service';
import { auditTrailOf, forgetActor } from './audit-trail.repository';

/** Audit's part of a resident's data rights, against real PostgreSQL (the medium test tier). */
describe('audit trail (integration)', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let audit: AuditService;

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = await new DataSource(dataSourceOptions(database.url, AUDIT_ENTITIES, 1)).initialize();
    audit = new AuditService(dataSource);
  });
  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  it("auditTrailOf gives what the person did and what was done to their records, and nobody else's", async () => {
    const [person, someoneElse, theirRecord, otherRecord] = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];
    await audit.record([
      {
        actor: { id: person, role: 'RESIDENT' },
        action: 'ENROLMENT_APPLIED',
        subjectType: 'ENROLMENT',
        subjectId: otherRecord,
      },
    ]);
    await audit.record([
      {
        actor: { id: someoneElse, role: 'PROVIDER' },
        action: 'ENROLMENT_OFFERED',
        subjectType: 'ENROLMENT',
        subjectId: theirRecord,
      },
    ]);
    await audit.record([
      {
        actor: { id: someoneElse, role: 'PROVIDER' },
        action: 'ENROLMENT_REJECTED',
        subjectType: 'ENROLMENT',
        subjectId: otherRecord,
      },
    ]);
    const trail = (await auditTrailOf(dataSource.manager, person, [theirRecord])) as {
      action: string;
      subjectId: string;
    }[];
    expect(trail.map((entry) => [entry.action, entry.subjectId])).toEqual([
      ['ENROLMENT_APPLIED', otherRecord],
      ['ENROLMENT_OFFERED', theirRecord],
    ]);
    expect(await auditTrailOf(dataSource.manager, randomUUID(), [])).toEqual([]);
  });

  it('forgetActor clears the actor of their entries and keeps the entries', async () => {
    const [person, subject] = [randomUUID(), randomUUID()];
    await audit.record([
      {
        actor: { id: person, role: 'RESIDENT' },
        action: 'APPLICATION_APPLIED',
        subjectType: 'APPLICATION',
        subjectId: subject,
      },
    ]);
    await forgetActor(dataSource.manager, person);
    expect(
      await dataSource.query(`SELECT actor_id, action FROM audit_entries WHERE subject_id = $1`, [subject]),
    ).toEqual([{ actor_id: null, action: 'APPLICATION_APPLIED' }]);
  });
});
