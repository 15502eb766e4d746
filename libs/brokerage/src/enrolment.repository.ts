import { isUUID } from 'class-validator';
import { EntityManager } from 'typeorm';
import {
  CohortEntity,
  cohortWithProgramme,
  freePlace as freeCohortPlace,
  ProgrammeEntity,
  takePlace as takeCohortPlace,
} from '@app/catalogue';
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
  // An enrolment's cohort and programme always exist (foreign keys, RESTRICT): missing is a broken database, not a 404.
  const found = await cohortWithProgramme(manager, enrolment.cohortId);
  if (!found) throw new Error(`Enrolment ${enrolment.id} names cohort ${enrolment.cohortId}, which has no programme`);
  return { enrolment, ...found };
}

/** Takes one place through catalogue (which owns places), or fails with COHORT_FULL. */
export async function takePlace(manager: EntityManager, cohortId: string): Promise<void> {
  if (!(await takeCohortPlace(manager, cohortId))) {
    throw BrokerageError.conflict(BrokerageErrorReason.COHORT_FULL, 'This cohort has no places left');
  }
}

/** Catalogue's freePlace, under the name enrolment has always used. */
export const freePlace = freeCohortPlace;
