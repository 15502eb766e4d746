import { EntityManager } from 'typeorm';
import { programmesOfCohorts } from '@app/catalogue';
import { DomainEvent, writeDomainEvents } from '@app/queue';
import { employersOfVacancies } from '@app/vacancies';

/**
 * The events brokerage publishes (docs/notifications.md), written in the transaction of the change they report.
 * Metrics recompute the scopes they name; notifications tell the resident of status changes. `residentId` is null
 * when the record has no resident any more (an erased account), and such an event notifies nobody.
 */
export const BrokerageEventType = {
  ENROLMENT_CHANGED: 'EnrolmentChanged',
  APPLICATION_CHANGED: 'ApplicationChanged',
  OUTCOME_RECORDED: 'OutcomeRecorded',
} as const;

export interface EnrolmentChangedPayload {
  cohortId: string;
  programmeId: string;
  providerId: string;
  /** Null for a change to many records of the cohort at once (a learner return, an erasure). */
  enrolmentId: string | null;
  residentId: string | null;
  status: string | null;
  /** The reason the resident is shown (a rejection's feedback), when there is one. */
  reason: string | null;
}

export interface ApplicationChangedPayload {
  vacancyId: string;
  employerId: string;
  /** Null for a change to many applications of the vacancy at once (an erasure). */
  applicationId: string | null;
  residentId: string | null;
  status: string | null;
  reason: string | null;
}

export interface OutcomeRecordedPayload {
  cohortId: string;
  programmeId: string;
  providerId: string;
}

export type EnrolmentChanged = DomainEvent<typeof BrokerageEventType.ENROLMENT_CHANGED, EnrolmentChangedPayload>;
export type ApplicationChanged = DomainEvent<typeof BrokerageEventType.APPLICATION_CHANGED, ApplicationChangedPayload>;
export type OutcomeRecorded = DomainEvent<typeof BrokerageEventType.OUTCOME_RECORDED, OutcomeRecordedPayload>;
export type BrokerageEvent = EnrolmentChanged | ApplicationChanged | OutcomeRecorded;

type EnrolmentChange = Omit<
  EnrolmentChangedPayload,
  'programmeId' | 'enrolmentId' | 'residentId' | 'status' | 'reason'
> &
  Partial<Pick<EnrolmentChangedPayload, 'enrolmentId' | 'residentId' | 'status' | 'reason'>>;

/** EnrolmentChanged (or OutcomeRecorded) for changes to records of one cohort, in the caller's transaction. */
export async function publishEnrolmentChanges(
  manager: EntityManager,
  changes: readonly EnrolmentChange[],
  type:
    | typeof BrokerageEventType.ENROLMENT_CHANGED
    | typeof BrokerageEventType.OUTCOME_RECORDED = BrokerageEventType.ENROLMENT_CHANGED,
): Promise<void> {
  if (changes.length === 0) return;
  const cohorts = await programmesOfCohorts(manager, [...new Set(changes.map((change) => change.cohortId))]);
  const programmeOf = new Map(cohorts.map((cohort) => [cohort.cohortId, cohort.programmeId]));
  await writeDomainEvents(
    manager,
    changes.map((change) => {
      const programmeId = programmeOf.get(change.cohortId)!;
      if (type === BrokerageEventType.OUTCOME_RECORDED) {
        return { type, payload: { cohortId: change.cohortId, programmeId, providerId: change.providerId } };
      }
      return {
        type,
        payload: {
          cohortId: change.cohortId,
          programmeId,
          providerId: change.providerId,
          enrolmentId: change.enrolmentId ?? null,
          residentId: change.residentId ?? null,
          status: change.status ?? null,
          reason: change.reason ?? null,
        },
      };
    }),
  );
}

type ApplicationChange = Pick<ApplicationChangedPayload, 'vacancyId'> &
  Partial<Pick<ApplicationChangedPayload, 'applicationId' | 'residentId' | 'status' | 'reason'>>;

/** ApplicationChanged for changes to applications, in the caller's transaction. */
export async function publishApplicationChanges(
  manager: EntityManager,
  changes: readonly ApplicationChange[],
): Promise<void> {
  if (changes.length === 0) return;
  const employerOf = await employersOfVacancies(manager, [...new Set(changes.map((change) => change.vacancyId))]);
  await writeDomainEvents(
    manager,
    changes.map((change): ApplicationChanged => ({
      type: BrokerageEventType.APPLICATION_CHANGED,
      payload: {
        vacancyId: change.vacancyId,
        employerId: employerOf.get(change.vacancyId)!,
        applicationId: change.applicationId ?? null,
        residentId: change.residentId ?? null,
        status: change.status ?? null,
        reason: change.reason ?? null,
      },
    })),
  );
}
