import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { OpenDataReleaseEntity } from './entities/open-data-release.entity';

/**
 * The stored open-data releases, read for the public routes; nothing here aggregates. The compressed file last
 * served is kept in this process and used again while its release's ETag is unchanged (checked on every request,
 * so a new release is served at once by every replica): a request then reads one small row, not megabytes.
 */
@Injectable()
export class OpenDataReleases {
  private kept: { releaseDate: string; etag: string; csvGzip: Buffer } | null = null;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Every release, newest first, without their files. */
  list(): Promise<OpenDataReleaseEntity[]> {
    return this.dataSource.getRepository(OpenDataReleaseEntity).find({ order: { releaseDate: 'DESC' } });
  }

  /** One release with its compressed file: the newest when no date is given; null when there is none. */
  async withFile(releaseDate?: string): Promise<OpenDataReleaseEntity | null> {
    const repository = this.dataSource.getRepository(OpenDataReleaseEntity);
    const release = await repository.findOne({
      where: releaseDate ? { releaseDate } : {},
      order: { releaseDate: 'DESC' },
    });
    if (!release) return null;
    const kept = this.kept;
    if (kept && kept.releaseDate === release.releaseDate && kept.etag === release.etag) {
      return { ...release, csvGzip: kept.csvGzip };
    }
    const withBytes = await repository
      .createQueryBuilder('r')
      .addSelect('r.csvGzip')
      .where('r.releaseDate = :date AND r.etag = :etag', { date: release.releaseDate, etag: release.etag })
      .getOne();
    // Replaced between the two reads: serve the newer one, read whole.
    const served = withBytes ?? (await this.withFileNow(release.releaseDate));
    if (served?.csvGzip) this.kept = { releaseDate: served.releaseDate, etag: served.etag, csvGzip: served.csvGzip };
    return served;
  }

  private withFileNow(releaseDate: string): Promise<OpenDataReleaseEntity | null> {
    return this.dataSource
      .getRepository(OpenDataReleaseEntity)
      .createQueryBuilder('r')
      .addSelect('r.csvGzip')
      .where('r.releaseDate = :releaseDate', { releaseDate })
      .getOne();
  }
}
