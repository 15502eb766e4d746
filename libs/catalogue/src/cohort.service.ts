import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import { DataSource, EntityManager, In } from 'typeorm';
import { definedFields } from '@app/database';
import { InvalidInputError } from '@app/errors';
import { Viewer } from '@app/identity';
import { londonToday } from '@app/reference';
import { CatalogueError, CatalogueErrorReason } from './catalogue.error';
import { CohortStatus } from './catalogue.enums';
import { CatalogueEventType, publishCatalogueEvent } from './catalogue.events';
import { cohortStatus } from './cohort-status';
import { CohortEntity } from './entities/cohort.entity';
import { cohortProblems, CohortPlan } from './cohort-rules';
import { CohortChanges, NewCohort } from './programme-input';
import { Member, ProgrammeService } from './programme.service';

@Injectable()
export class CohortService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly programmes: ProgrammeService,
  ) {}

  /** A new intake of one of the member's programmes. Cohorts that already ran may be recorded (they are FINISHED). */
  create(member: Member, input: NewCohort): Promise<CohortEntity> {
    const problems = cohortProblems(input, 0);
    if (problems.length) return Promise.reject(new InvalidInputError(problems));
    return this.dataSource.transaction(async (manager) => {
      await this.programmes.lockOwned(manager, member, input.programmeId);
      const cohort = await manager.save(
        manager.create(CohortEntity, {
          ...input,
          deliveryTimes: [...new Set(input.deliveryTimes ?? [])],
          placesTaken: 0,
          cancelledAt: null,
        }),
      );
      if (cohortStatus(cohort, londonToday()) !== CohortStatus.FINISHED) {
        const payload = { cohortId: cohort.id, programmeId: cohort.programmeId };
        await publishCatalogueEvent(manager, { type: CatalogueEventType.COHORT_OPENED, payload });
      }
      return cohort;
    });
  }

  /**
   * Corrects a cohort's dates or places, with the rules of `create` applied to the cohort as it would become
   * (`cohortProblems`): capacity never below the places taken. The new capacity is written by a conditional UPDATE
   * on the locked row, and the table's check constraint (places_taken <= capacity) holds it whatever else runs. A
   * cancelled cohort cannot be changed.
   */
  update(member: Member, id: string, changes: CohortChanges): Promise<CohortEntity> {
    return this.dataSource.transaction(async (manager) => {
      const cohort = await this.lockOwnedCohort(manager, member, id);
      if (cohort.cancelledAt) {
        throw new CatalogueError(
          'CONFLICT',
          CatalogueErrorReason.ILLEGAL_TRANSITION,
          'A cancelled cohort cannot be changed',
        );
      }
      const plan: CohortPlan = {
        startDate: cohort.startDate,
        endDate: cohort.endDate,
        applicationsCloseOn: cohort.applicationsCloseOn,
        capacity: cohort.capacity,
        ...definedFields(changes),
      };
      const problems = cohortProblems(plan, cohort.placesTaken);
      if (problems.length) throw new InvalidInputError(problems);
      const [, affected] = await manager.query(
        `UPDATE cohorts SET start_date = $2, end_date = $3, applications_close_on = $4, capacity = $5
         WHERE id = $1 AND places_taken <= $5`,
        [cohort.id, plan.startDate, plan.endDate, plan.applicationsCloseOn, plan.capacity],
      );
      if (affected !== 1) {
        throw new InvalidInputError([
          { path: 'input.capacity', message: 'capacity must not be below the places taken' },
        ]);
      }
      if (changes.deliveryTimes) {
        await manager.query('UPDATE cohorts SET delivery_times = $2 WHERE id = $1', [
          cohort.id,
          [...new Set(changes.deliveryTimes)],
        ]);
      }
      return manager.findOneByOrFail(CohortEntity, { id: cohort.id });
    });
  }

  /** Cancels a cohort that has not finished. Cancelling twice, or a finished cohort, is an illegal transition. */
  cancel(member: Member, id: string): Promise<CohortEntity> {
    return this.dataSource.transaction(async (manager) => {
      const cohort = await this.lockOwnedCohort(manager, member, id);
      const status = cohortStatus(cohort, londonToday());
      if (status === CohortStatus.CANCELLED || status === CohortStatus.FINISHED) {
        throw new CatalogueError(
          'CONFLICT',
          CatalogueErrorReason.ILLEGAL_TRANSITION,
          `A ${status.toLowerCase()} cohort cannot be cancelled`,
        );
      }
      cohort.cancelledAt = new Date();
      const saved = await manager.save(cohort);
      const payload = { cohortId: cohort.id, programmeId: cohort.programmeId };
      await publishCatalogueEvent(manager, { type: CatalogueEventType.COHORT_CANCELLED, payload });
      return saved;
    });
  }

  /** One of the member's cohorts, locked for the transaction; anyone else's (or a malformed id) is NOT_FOUND. */
  private async lockOwnedCohort(manager: EntityManager, member: Member, id: string): Promise<CohortEntity> {
    const cohort = isUUID(id)
      ? await manager.getRepository(CohortEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } })
      : null;
    if (!cohort) throw CatalogueError.cohortNotFound();
    await this.programmes.lockOwned(manager, member, cohort.programmeId).catch(() => {
      throw CatalogueError.cohortNotFound();
    });
    return cohort;
  }

  /** The cohort when the viewer may see its programme (ProgrammeService.findVisible), else null. */
  async findVisible(viewer: Viewer, id: string): Promise<CohortEntity | null> {
    if (!isUUID(id)) return null;
    const cohort = await this.dataSource.getRepository(CohortEntity).findOneBy({ id });
    if (!cohort) return null;
    return (await this.programmes.findVisible(viewer, cohort.programmeId)) ? cohort : null;
  }

  /** Every cohort of these programmes, earliest start first. */
  findByIds(ids: readonly string[]): Promise<CohortEntity[]> {
    return this.dataSource.getRepository(CohortEntity).findBy({ id: In([...ids]) });
  }

  forProgrammes(programmeIds: readonly string[]): Promise<CohortEntity[]> {
    return this.dataSource
      .getRepository(CohortEntity)
      .find({ where: { programmeId: In([...programmeIds]) }, order: { startDate: 'ASC', id: 'ASC' } });
  }
}
