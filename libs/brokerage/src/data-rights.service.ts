import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { auditTrailOf, AuditService, forgetActor } from '@app/audit';
import { cohortsForExport } from '@app/catalogue';
import { InvalidInputError } from '@app/errors';
import { accountDataOf, deleteUser, IdentityService, Role } from '@app/identity';
import { residentDataOf } from '@app/residents';
import { vacancyTitles } from '@app/vacancies';
import { endLiveRecords } from './erased-records';
import { publishApplicationChanges, publishEnrolmentChanges } from './brokerage.events';
import { anonymiseRecordsOf, applicationRecordsOf, enrolmentRecordsOf } from './resident-records.repository';

/**
 * UK GDPR rights of access and erasure for residents. The export is everything held about the person, their equality
 * answers and demographic snapshots included (they are its subject). Erasure removes the person and keeps their
 * enrolments and applications as anonymous records, so the city's statistics do not change shape.
 */
@Injectable()
export class DataRightsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly identity: IdentityService,
    private readonly audit: AuditService,
  ) {}

  /**
   * Every domain's part, composed here in the order the export has always had (the keys' order is the file's): the
   * account (identity), the profile, equality answers and skills (residents), the enrolments and applications
   * (brokerage, named by catalogue's and vacancies' titles) and the audit trail (audit).
   */
  async exportFor(userId: string): Promise<string> {
    const manager = this.dataSource.manager;
    const exportedAt = new Date().toISOString();
    const account = await accountDataOf(manager, userId);
    const { profile, equalityMonitoring, skills } = await residentDataOf(manager, userId);
    const enrolments = await enrolmentRecordsOf(manager, userId);
    const applications = await applicationRecordsOf(manager, userId);
    const cohorts = await cohortsForExport(manager, [...new Set(enrolments.map((e) => e.cohortId))]);
    const vacancies = await vacancyTitles(manager, [...new Set(applications.map((a) => a.vacancyId))]);
    const data = {
      exportedAt,
      account,
      profile,
      equalityMonitoring,
      skills,
      enrolments: enrolments.map(({ id, cohortId, ...rest }) => {
        const { programme, cohortStart } = cohorts.get(cohortId)!;
        return { id, programme, cohortId, cohortStart, ...rest };
      }),
      applications: applications.map(({ id, ...rest }) => ({ id, vacancy: vacancies.get(rest.vacancyId), ...rest })),
      // Who looked at or changed the person's records, and what they did themselves.
      auditTrail: await auditTrailOf(
        manager,
        userId,
        [...enrolments, ...applications].map((record) => record.id),
      ),
    };
    return JSON.stringify(data);
  }

  /**
   * Erases the resident after checking their password: the account, profile, skills and equality answers go; their
   * enrolments and applications stay without a link to them (NOT_KNOWN demographics, no cover note, adjustments or
   * Disability Confident request); audit entries
   * they made lose their actor. Live records end WITHDRAWN first, so the places they held are freed. The email can
   * register again.
   */
  async deleteAccount(userId: string, role: Role, password: string): Promise<void> {
    if (!(await this.identity.passwordMatches(userId, password))) {
      throw new InvalidInputError([{ path: 'password', message: 'The password is not correct' }]);
    }
    await this.dataSource.transaction(async (manager) => {
      const ended = await endLiveRecords(manager, this.audit, userId);
      // The records no longer name the resident, so these events tell nobody anything (metrics recompute).
      await publishEnrolmentChanges(manager, ended.cohorts);
      await publishApplicationChanges(
        manager,
        ended.vacancyIds.map((vacancyId) => ({ vacancyId })),
      );
      await anonymiseRecordsOf(manager, userId);
      await forgetActor(manager, userId);
      // Enrolments and applications keep their rows: the foreign keys set resident_id to NULL.
      await deleteUser(manager, userId);
      await this.audit.record(
        [{ actor: { id: null, role }, action: 'ACCOUNT_DELETED', subjectType: 'USER', subjectId: null }],
        manager,
      );
    });
  }
}
