import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '@app/audit';
import { lockPlaces } from '@app/catalogue';
import { londonToday } from '@app/reference';
import { Actor } from './actor';
import { EnrolmentStatus } from './brokerage.enums';
import { BrokerageError, BrokerageErrorReason } from './brokerage.error';
import {
  adjustPlaces,
  OutcomeWrite,
  providerCohort,
  recordStatusChanges,
  StatusChange,
  upsertOutcomes,
} from './cohort-return.repository';
import { DemographicSnapshot } from './demographics';
import { publishEnrolmentChanges } from './brokerage.events';
import {
  capacityErrors,
  changesAnything,
  checkLearnerRows,
  CohortLearnerRow,
  HistoryEntry,
  PlaceChange,
  placesDelta,
  recordChanges,
  RecordChanges,
  ReportedRecord,
  reportedRecord,
  StoredRecord,
  takesPlace,
  TakenLearnerRef,
} from './learner-row-rules';
import { acceptedReturn, numberedErrors, rejectedReturn, ReturnOptions, ReturnResult, RowResult } from './return-rows';
import { inMutation } from './status-history';
import { SNAPSHOT_COLUMN_TYPES, SNAPSHOT_NAMES } from './entities/demographic-snapshot.columns';

interface StoredRow extends TakenLearnerRef {
  id: string;
  learnerRef: string;
  status: EnrolmentStatus;
  completionDate: string | null;
  qualificationsAchieved: string[];
  createdAt: Date;
  ethnicity: DemographicSnapshot['ethnicity'];
  gender: DemographicSnapshot['gender'];
  trans: DemographicSnapshot['trans'];
  disability: DemographicSnapshot['disability'];
  ageBand: string | null;
  ward: string | null;
  employmentStatus: DemographicSnapshot['employmentStatus'];
}

/** One row's record, new or existing, with what it needs written. */
interface RowWork {
  id: string;
  learnerRef: string;
  reported: ReportedRecord;
  stored: StoredRecord | null;
  changes: RecordChanges | null;
}

/**
 * The learner-level return (API.md "Outcomes", like a DfE data return) for learners the platform did not carry: any
 * cohort of the provider's, past ones included. Each row creates or updates one provider-reported enrolment keyed by
 * (provider, learnerRef), with its demographic snapshot, its status history up to the furthest stage reached and its
 * outcome. All or nothing, idempotent, and within the cohort's capacity. Set-based: a few statements per return.
 */
@Injectable()
export class LearnerReturnService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async reportCohortLearners(
    actor: Actor,
    cohortId: string,
    rows: readonly CohortLearnerRow[],
    options: ReturnOptions = {},
  ): Promise<ReturnResult> {
    const result = await inMutation(
      this.dataSource,
      async (manager) => {
        const cohort = await providerCohort(manager, actor, cohortId);
        const providerId = actor.organisationId!;
        // learnerRefs are unique per provider across its cohorts: one return per provider at a time.
        await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [`learner-return:${providerId}`]);
        const input = rows.map((row) => ({
          ...row,
          learnerRef: typeof row.learnerRef === 'string' ? row.learnerRef.trim() : row.learnerRef,
          withdrawn: row.withdrawn ?? false,
        }));
        const storedRows = await this.lockStored(
          manager,
          providerId,
          input.map((row) => row.learnerRef).filter((ref) => typeof ref === 'string' && ref !== ''),
        );
        const places = await lockPlaces(manager, cohort.id);
        const byRef = new Map(storedRows.map((row) => [row.learnerRef, row]));
        const today = londonToday();
        const errors = checkLearnerRows(input, {
          today,
          cohortStart: cohort.startDate,
          cohortId: cohort.id,
          taken: byRef,
          rowNumbers: options.rowNumbers,
        });

        const importedAt = new Date();
        const mine = storedRows.filter((row) => row.reportedByProvider && row.cohortId === cohort.id);
        const history = await this.storedHistory(
          manager,
          mine.map((row) => row.id),
        );
        const outcomes = await this.storedOutcomes(
          manager,
          mine.map((row) => row.id),
        );
        const erroneous = new Set(errors.map((error) => error.row));
        const work: RowWork[] = [];
        const placeChanges: PlaceChange[] = [];
        input.forEach((row, index) => {
          if (erroneous.has(index)) return;
          const existing = byRef.get(row.learnerRef);
          const stored: StoredRecord | null = existing
            ? {
                status: existing.status,
                completionDate: existing.completionDate,
                qualificationsAchieved: existing.qualificationsAchieved,
                createdAt: existing.createdAt,
                snapshot: {
                  ethnicity: existing.ethnicity,
                  gender: existing.gender,
                  trans: existing.trans,
                  disability: existing.disability,
                  ageBand: existing.ageBand,
                  ward: existing.ward,
                  employmentStatus: existing.employmentStatus,
                },
                history: history.get(existing.id) ?? [],
                outcomes: outcomes.get(existing.id) ?? [],
              }
            : null;
          const reported = reportedRecord(row, cohort.startDate, stored?.createdAt ?? importedAt);
          work.push({
            id: existing?.id ?? randomUUID(),
            learnerRef: row.learnerRef,
            reported,
            stored,
            changes: stored ? recordChanges(stored, reported) : null,
          });
          placeChanges.push({
            row: index,
            before: stored !== null && takesPlace(stored.status),
            after: takesPlace(reported.status),
          });
        });
        errors.push(...capacityErrors(placeChanges, places.capacity, places.placesTaken));
        if (errors.length || options.checkOnly) return rejectedReturn(numberedErrors(errors, options.rowNumbers));

        const created = work.filter((item) => !item.stored);
        const changed = work.filter((item) => item.changes && changesAnything(item.changes));
        await this.insertRecords(manager, cohort.id, providerId, created);
        await this.updateRecords(manager, changed);
        await this.writeHistory(manager, actor, created, changed);
        await upsertOutcomes(
          manager,
          [...created, ...changed.filter((item) => item.changes!.outcome)].flatMap((item): OutcomeWrite[] =>
            item.reported.outcome ? [{ enrolmentId: item.id, ...item.reported.outcome }] : [],
          ),
        );
        if (!(await adjustPlaces(manager, cohort.id, placesDelta(placeChanges)))) {
          throw BrokerageError.conflict(BrokerageErrorReason.COHORT_FULL, 'This cohort has no places left');
        }
        const results: RowResult[] = work.map((item) =>
          !item.stored ? 'created' : changesAnything(item.changes!) ? 'updated' : 'unchanged',
        );
        const accepted = acceptedReturn(results);
        if (accepted.created + accepted.updated > 0) {
          await publishEnrolmentChanges(manager, [{ cohortId: cohort.id, providerId }]);
        }
        return accepted;
      },
      () =>
        BrokerageError.conflict(
          BrokerageErrorReason.ALREADY_APPLIED,
          'A learnerRef in this return was taken by another record at the same time; send the return again',
        ),
    );
    return result;
  }

  /** The provider's enrolments with these learnerRefs, locked, with their snapshots. */
  private lockStored(manager: EntityManager, providerId: string, refs: string[]): Promise<StoredRow[]> {
    return manager.query(
      `SELECT e.id, e.learner_ref AS "learnerRef", e.cohort_id AS "cohortId",
              e.reported_by_provider AS "reportedByProvider", e.status, e.completion_date::text AS "completionDate",
              e.qualifications_achieved AS "qualificationsAchieved", e.created_at AS "createdAt",
              e.snapshot_ethnicity AS ethnicity, e.snapshot_gender AS gender, e.snapshot_trans AS trans,
              e.snapshot_disability AS disability, e.snapshot_age_band AS "ageBand", e.snapshot_ward AS ward,
              e.snapshot_employment_status AS "employmentStatus"
       FROM enrolments e
       WHERE e.provider_id = $1 AND e.learner_ref = ANY($2::text[])
       ORDER BY e.id FOR UPDATE OF e`,
      [providerId, refs],
    );
  }

  private async storedHistory(manager: EntityManager, ids: string[]): Promise<Map<string, HistoryEntry[]>> {
    const rows: (HistoryEntry & { enrolmentId: string })[] = ids.length
      ? await manager.query(
          `SELECT enrolment_id AS "enrolmentId", status, at FROM enrolment_status_changes
           WHERE enrolment_id = ANY($1::uuid[]) ORDER BY id`,
          [ids],
        )
      : [];
    const byId = new Map<string, HistoryEntry[]>();
    for (const { enrolmentId, ...entry } of rows) byId.set(enrolmentId, [...(byId.get(enrolmentId) ?? []), entry]);
    return byId;
  }

  private async storedOutcomes(manager: EntityManager, ids: string[]): Promise<Map<string, StoredRecord['outcomes']>> {
    const rows: (StoredRecord['outcomes'][number] & { enrolmentId: string })[] = ids.length
      ? await manager.query(
          `SELECT enrolment_id AS "enrolmentId", type, start_date::text AS "startDate",
                  salary_pence AS "salaryPence", hours_per_week AS "hoursPerWeek"
           FROM outcomes WHERE enrolment_id = ANY($1::uuid[])`,
          [ids],
        )
      : [];
    const byId = new Map<string, StoredRecord['outcomes']>();
    for (const { enrolmentId, ...outcome } of rows) {
      byId.set(enrolmentId, [...(byId.get(enrolmentId) ?? []), outcome]);
    }
    return byId;
  }

  private async insertRecords(manager: EntityManager, cohortId: string, providerId: string, items: RowWork[]) {
    if (!items.length) return;
    await manager.query(
      `INSERT INTO enrolments (id, cohort_id, provider_id, resident_id, reported_by_provider, status, learner_ref,
                               completion_date, qualifications_achieved, created_at, updated_at, ${SNAPSHOT_COLUMNS})
       SELECT r.id, $2, $3, NULL, true, r.status::enrolment_status, r.learner_ref, r.completion_date,
              ARRAY(SELECT jsonb_array_elements_text(r.qualifications)), r.created_at, now(), ${SNAPSHOT_VALUES}
       FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, status text, learner_ref text, completion_date date,
                                               qualifications jsonb, created_at timestamptz, ${SNAPSHOT_FIELDS})`,
      [
        JSON.stringify(
          items.map((item) => ({
            ...enrolmentJson(item),
            ...snapshotJson(item.reported.snapshot),
            learner_ref: item.learnerRef,
          })),
        ),
        cohortId,
        providerId,
      ],
    );
  }

  private async updateRecords(manager: EntityManager, items: RowWork[]) {
    const snapshots = items.filter((item) => item.changes!.snapshot);
    if (snapshots.length) {
      await manager.query(
        `UPDATE enrolments e SET (${SNAPSHOT_COLUMNS}) = (${SNAPSHOT_VALUES})
         FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, ${SNAPSHOT_FIELDS})
         WHERE e.id = r.id`,
        [JSON.stringify(snapshots.map((item) => ({ id: item.id, ...snapshotJson(item.reported.snapshot) })))],
      );
    }
    const enrolments = items.filter((item) => item.changes!.enrolment);
    if (enrolments.length) {
      await manager.query(
        `UPDATE enrolments e
         SET status = r.status::enrolment_status, completion_date = r.completion_date,
             qualifications_achieved = ARRAY(SELECT jsonb_array_elements_text(r.qualifications)),
             created_at = r.created_at, updated_at = now()
         FROM jsonb_to_recordset($1::jsonb)
           AS r(id uuid, status text, completion_date date, qualifications jsonb, created_at timestamptz)
         WHERE e.id = r.id`,
        [JSON.stringify(enrolments.map(enrolmentJson))],
      );
    }
    const dropOutcomes = items.filter((item) => item.changes!.dropOutcomes).map((item) => item.id);
    if (dropOutcomes.length) {
      await manager.query(`DELETE FROM outcomes WHERE enrolment_id = ANY($1::uuid[])`, [dropOutcomes]);
    }
  }

  /**
   * A new record's whole history; a changed one's history rewritten when it differs. Audit entries for each status
   * a record newly reaches, and for its new status when that changed.
   */
  private async writeHistory(manager: EntityManager, actor: Actor, created: RowWork[], changed: RowWork[]) {
    const rewritten = changed.filter((item) => item.changes!.history);
    if (rewritten.length) {
      await manager.query(`DELETE FROM enrolment_status_changes WHERE enrolment_id = ANY($1::uuid[])`, [
        rewritten.map((item) => item.id),
      ]);
    }
    const history: StatusChange[] = [...created, ...rewritten].flatMap((item) =>
      item.reported.history.map((entry) => ({ enrolmentId: item.id, status: entry.status, at: entry.at })),
    );
    const audited: StatusChange[] = [
      ...created.flatMap((item) => item.reported.history.map((entry) => ({ enrolmentId: item.id, ...entry }))),
      ...changed.flatMap((item) => {
        const before = new Set(item.stored!.history.map((entry) => entry.status));
        const reached = item.reported.history.filter((entry) => !before.has(entry.status));
        const moved = item.stored!.status !== item.reported.status;
        if (moved && !reached.some((entry) => entry.status === item.reported.status)) {
          reached.push({ status: item.reported.status, at: new Date() });
        }
        return reached.map((entry) => ({ enrolmentId: item.id, ...entry }));
      }),
    ];
    await recordStatusChanges(manager, this.audit, actor, history, audited);
  }
}

// A record's snapshot columns (DemographicSnapshotColumns), the values read from a jsonb_to_recordset row `r`, and
// that row's fields, in the same order.
const SNAPSHOT_COLUMNS = SNAPSHOT_NAMES.map((name) => `snapshot_${name}`).join(', ');
const SNAPSHOT_VALUES = SNAPSHOT_NAMES.map((name) => `r.${name}::${SNAPSHOT_COLUMN_TYPES[name]}`).join(', ');
const SNAPSHOT_FIELDS = SNAPSHOT_NAMES.map((name) => `${name} text`).join(', ');

function snapshotJson(snapshot: DemographicSnapshot) {
  return {
    ethnicity: snapshot.ethnicity,
    gender: snapshot.gender,
    trans: snapshot.trans,
    disability: snapshot.disability,
    age_band: snapshot.ageBand,
    ward: snapshot.ward,
    employment_status: snapshot.employmentStatus,
  };
}

function enrolmentJson(item: RowWork) {
  return {
    id: item.id,
    status: item.reported.status,
    completion_date: item.reported.completionDate,
    qualifications: item.reported.qualificationsAchieved,
    created_at: item.reported.createdAt.toISOString(),
  };
}
