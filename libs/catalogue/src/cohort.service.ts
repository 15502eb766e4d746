import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import { DataSource, In } from 'typeorm';
import { Viewer } from '@app/identity';
import { londonToday } from '@app/reference';
import { CatalogueError, CatalogueErrorReason } from './catalogue.error';
import { CohortStatus } from './catalogue.enums';
import { cohortStatus } from './cohort-status';
import { CohortEntity } from './entities/cohort.entity';
import { NewCohort } from './programme-input';
import { Member, ProgrammeService } from './programme.service';

@Injectable()
export class CohortService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly programmes: ProgrammeService,
  ) {}

  /** A new intake of one of the member's programmes. Cohorts that already ran may be recorded (they are FINISHED). */
  create(member: Member, input: NewCohort): Promise<CohortEntity> {
    return this.dataSource.transaction(async (manager) => {
      await this.programmes.lockOwned(manager, member, input.programmeId);
      return manager.save(manager.create(CohortEntity, { ...input, placesTaken: 0, cancelledAt: null }));
    });
  }

  /** Cancels a cohort that has not finished. Cancelling twice, or a finished cohort, is an illegal transition. */
  cancel(member: Member, id: string): Promise<CohortEntity> {
    return this.dataSource.transaction(async (manager) => {
      const cohort = isUUID(id)
        ? await manager.getRepository(CohortEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } })
        : null;
      if (!cohort) throw CatalogueError.cohortNotFound();
      await this.programmes.lockOwned(manager, member, cohort.programmeId).catch(() => {
        throw CatalogueError.cohortNotFound();
      });
      const status = cohortStatus(cohort, londonToday());
      if (status === CohortStatus.CANCELLED || status === CohortStatus.FINISHED) {
        throw new CatalogueError(
          'CONFLICT',
          CatalogueErrorReason.ILLEGAL_TRANSITION,
          `A ${status.toLowerCase()} cohort cannot be cancelled`,
        );
      }
      cohort.cancelledAt = new Date();
      return manager.save(cohort);
    });
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
