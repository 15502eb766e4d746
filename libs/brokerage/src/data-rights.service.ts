import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '@app/audit';
import { InvalidInputError } from '@app/errors';
import { IdentityService, Role } from '@app/identity';
import { endLiveRecords } from './erased-records';
import { publishApplicationChanges, publishEnrolmentChanges } from './brokerage.events';

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

  async exportFor(userId: string): Promise<string> {
    const one = async (sql: string) => ((await this.dataSource.query(sql, [userId])) as { data: unknown }[])[0]?.data;
    const data = {
      exportedAt: new Date().toISOString(),
      account: await one(
        `SELECT json_build_object('id', id, 'email', email, 'displayName', display_name, 'role', role, 'createdAt', created_at) AS data
         FROM users WHERE id = $1`,
      ),
      profile: await one(`SELECT to_jsonb(p) - 'user_id' AS data FROM resident_profiles p WHERE p.user_id = $1`),
      equalityMonitoring: await one(
        `SELECT to_jsonb(e) - 'user_id' AS data FROM equality_monitoring e WHERE e.user_id = $1`,
      ),
      skills: await one(
        `SELECT coalesce(json_agg(json_build_object('skill', k.name, 'escoUri', k.esco_uri, 'level', s.level,
                  'evidence', s.evidence, 'updatedAt', s.updated_at) ORDER BY k.name), '[]') AS data
         FROM resident_skills s JOIN skills k ON k.id = s.skill_id WHERE s.user_id = $1`,
      ),
      enrolments: await one(
        `SELECT coalesce(json_agg(json_build_object(
                  'id', e.id, 'programme', p.title, 'cohortId', e.cohort_id, 'cohortStart', c.start_date, 'status', e.status,
                  'learnerRef', e.learner_ref, 'completionDate', e.completion_date,
                  'qualificationsAchieved', e.qualifications_achieved, 'createdAt', e.created_at,
                  'history', (SELECT coalesce(json_agg(json_build_object('status', h.status, 'at', h.at, 'byRole', h.by_role, 'reason', h.reason) ORDER BY h.at, h.id), '[]')
                              FROM enrolment_status_changes h WHERE h.enrolment_id = e.id),
                  'outcomes', (SELECT coalesce(json_agg(to_jsonb(o) - 'enrolment_id' ORDER BY o.start_date), '[]')
                               FROM outcomes o WHERE o.enrolment_id = e.id),
                  'demographicSnapshot', (SELECT to_jsonb(d) - 'id' FROM demographic_snapshots d WHERE d.id = e.snapshot_id)
                ) ORDER BY e.created_at), '[]') AS data
         FROM enrolments e JOIN cohorts c ON c.id = e.cohort_id JOIN programmes p ON p.id = c.programme_id
         WHERE e.resident_id = $1`,
      ),
      applications: await one(
        `SELECT coalesce(json_agg(json_build_object(
                  'id', a.id, 'vacancy', v.title, 'vacancyId', a.vacancy_id, 'status', a.status, 'coverNote', a.cover_note,
                  'guaranteedInterview', a.guaranteed_interview, 'createdAt', a.created_at,
                  'disabilityConfidentInterview', a.disability_confident_interview, 'adjustments', a.adjustments,
                  'feedback', CASE WHEN a.feedback_reason IS NULL THEN NULL ELSE json_build_object('reason', a.feedback_reason,
                    'message', a.feedback_message, 'unmetSkillIds', a.feedback_unmet_skill_ids) END,
                  'history', (SELECT coalesce(json_agg(json_build_object('status', h.status, 'at', h.at, 'byRole', h.by_role, 'reason', h.reason) ORDER BY h.at, h.id), '[]')
                              FROM application_status_changes h WHERE h.application_id = a.id),
                  'demographicSnapshot', (SELECT to_jsonb(d) - 'id' FROM demographic_snapshots d WHERE d.id = a.snapshot_id)
                ) ORDER BY a.created_at), '[]') AS data
         FROM applications a JOIN vacancies v ON v.id = a.vacancy_id WHERE a.resident_id = $1`,
      ),
      // Who looked at or changed the person's records, and what they did themselves.
      auditTrail: await one(
        `SELECT coalesce(json_agg(json_build_object('at', x.created_at, 'actorRole', x.actor_role, 'action', x.action,
                  'subjectType', x.subject_type, 'subjectId', x.subject_id) ORDER BY x.created_at), '[]') AS data
         FROM audit_entries x
         WHERE x.actor_id = $1
            OR x.subject_id IN (SELECT id FROM enrolments WHERE resident_id = $1 UNION SELECT id FROM applications WHERE resident_id = $1)`,
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
      await manager.query(
        `UPDATE demographic_snapshots SET ethnicity = NULL, gender = NULL, trans = NULL, disability = NULL,
                age_band = NULL, ward = NULL, employment_status = NULL
         WHERE id IN (SELECT snapshot_id FROM enrolments WHERE resident_id = $1
                      UNION SELECT snapshot_id FROM applications WHERE resident_id = $1)`,
        [userId],
      );
      // The cover note and the adjustments are the person's own words (adjustments may say much about their health);
      // whether they asked for a Disability Confident interview goes with them too.
      await manager.query(
        `UPDATE applications SET cover_note = NULL, adjustments = NULL, disability_confident_interview = false
         WHERE resident_id = $1`,
        [userId],
      );
      await manager.query(`UPDATE audit_entries SET actor_id = NULL WHERE actor_id = $1`, [userId]);
      // Enrolments and applications keep their rows: the foreign keys set resident_id to NULL.
      await manager.query(`DELETE FROM users WHERE id = $1`, [userId]);
      await this.audit.record(
        [{ actor: { id: null, role }, action: 'ACCOUNT_DELETED', subjectType: 'USER', subjectId: null }],
        manager,
      );
    });
  }
}
