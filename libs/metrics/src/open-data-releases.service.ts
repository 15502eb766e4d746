import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { OpenDataReleaseEntity } from './entities/open-data-release.entity';

/** The stored open-data releases, read for the public routes; nothing here aggregates. */
@Injectable()
export class OpenDataReleases {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Every release, newest first, without their files. */
  list(): Promise<OpenDataReleaseEntity[]> {
    return this.dataSource.getRepository(OpenDataReleaseEntity).find({ order: { releaseDate: 'DESC' } });
  }

  /** One release with its compressed file: the newest when no date is given; null when there is none. */
  async withFile(releaseDate?: string): Promise<OpenDataReleaseEntity | null> {
    const query = this.dataSource
      .getRepository(OpenDataReleaseEntity)
      .createQueryBuilder('r')
      .addSelect('r.csvGzip')
      .orderBy('r.releaseDate', 'DESC')
      .limit(1);
    if (releaseDate) query.where('r.releaseDate = :releaseDate', { releaseDate });
    return query.getOne();
  }
}
