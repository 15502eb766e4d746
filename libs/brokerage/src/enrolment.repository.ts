import { isUUID } from 'class-validator';
import { EntityManager } from 'typeorm';
import { CohortEntity, ProgrammeEntity } from '@app/catalogue';
import { isStaffReader, Role } from '@app/identity';
import { Actor } from './actor';
import { BrokerageError, BrokerageErrorReason } from './brokerage.error';
import { EnrolmentEntity } from './entities/enrolment.entity';

/** An enrolment with its cohort and programme, locked for the rest of the transaction. */
export interface LockedEnrolment {
  enrolment: EnrolmentEntity;
  cohort: CohortEntity;
  programme: ProgrammeEntity;
}

/**
 * Locks an enrolment the actor may act on: the resident's own, one in a cohort of the provider's, or any for the
 * city's brokers and admins (what each role may then do is `canMoveEnrolment`'s). Anything else, including a malformed
 * id, is NOT_FOUND, so the answer does not confirm that someone else's record exists.
 */
export async function lockEnrolment(manager: EntityManager, actor: Actor, id: string): Promise<LockedEnrolment> {
  const enrolment = isUUID(id)
    ? await manager.findOne(EnrolmentEntity, { where: { id }, lock: { mode: 'pessimistic_write' } })
    : null;
  const mine =
    enrolment &&
    (actor.role === Role.RESIDENT
      ? enrolment.residentId === actor.userId
      : actor.role === Role.PROVIDER
        ? enrolment.providerId === actor.organisationId
        : isStaffReader(actor));
  if (!enrolment || !mine) throw BrokerageError.notFound('enrolment');
  const cohort = await manager.findOneByOrFail(CohortEntity, { id: enrolment.cohortId });
  const programme = await manager.findOneByOrFail(ProgrammeEntity, { id: cohort.programmeId });
  return { enrolment, cohort, programme };
}

/** Takes one place, or fails with COHORT_FULL: a conditional UPDATE, so capacity holds under any concurrency. */
export async function takePlace(manager: EntityManager, cohortId: string): Promise<void> {
  const [, affected] = await manager.query(
    `UPDATE cohorts SET places_taken = places_taken + 1 WHERE id = $1 AND places_taken < capacity`,
    [cohortId],
  );
  if (affected !== 1) throw BrokerageError.conflict(BrokerageErrorReason.COHORT_FULL, 'This cohort has no places left');
}

export async function freePlace(manager: EntityManager, cohortId: string): Promise<void> {
  await manager.query(`UPDATE cohorts SET places_taken = places_taken - 1 WHERE id = $1 AND places_taken > 0`, [
    cohortId,
  ]);
}
