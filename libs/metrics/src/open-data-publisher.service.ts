import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import { DataSource, EntityManager } from 'typeorm';
import { RUNTIME_CONFIG, RuntimeConfig } from '@app/config';
import { OpenDataReleaseEntity } from './entities/open-data-release.entity';
import { aggregateScope } from './metrics-aggregation.repository';
import { openDataDays, releasedProgrammes } from './metrics.read-model';
import { MetricsScopeKind } from './metrics.types';
import { CITY_SCOPE_NAME, openDataCsv, openDataRows, OpenDataScope } from './open-data';
import { buildTallies } from './report-assembly';
import { planAndReadInOneSnapshot } from './shared-snapshot';

const gzipAsync = promisify(gzip);

/** The connections a release is read on, sharing one snapshot: the 2,000 programmes' queries are small and many. */
const RELEASE_CONNECTIONS = 2;

/**
 * Writes the open-data release (METRICS.md "Open data") in the worker, after a completed CITY run: CITY and every
 * published programme of a verified provider that has records, each aggregated as a metrics run does and shown in the
 * protected view. Everything is read in one read-only snapshot shared by two connections (shared-snapshot.ts), so
 * every row comes from the same instant while the database answers two scopes at a time; the list of programmes,
 * their names and the period are read in that snapshot too, so a programme unpublished a moment earlier never
 * appears. Each scope becomes its CSV text as soon as it is read; the file is then gzipped and stored.
 *
 * `time_period` is the ISO 8601 interval the records span: the first day a counted record was created, to the day
 * the file was computed (Europe/London). One release per day: a later run the same day replaces it.
 */
@Injectable()
export class OpenDataPublisher {
  private readonly logger = new Logger(OpenDataPublisher.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(RUNTIME_CONFIG) private readonly config: RuntimeConfig,
  ) {}

  async publish(runId: string): Promise<OpenDataReleaseEntity> {
    const k = this.config.env.METRICS_SUPPRESSION_THRESHOLD;
    let period = { releaseDate: '', timePeriod: '' };
    const parts = await planAndReadInOneSnapshot(this.dataSource, RELEASE_CONNECTIONS, async (manager) => {
      period = await this.period(manager);
      const census = await manager.query('SELECT dimension, category, residents FROM census_benchmarks');
      const scopes: OpenDataScope[] = [
        { kind: MetricsScopeKind.CITY, id: null, name: CITY_SCOPE_NAME },
        ...(await this.publishedProgrammes(manager)),
      ];
      return scopes.map((scope, index) => async (reader: EntityManager) => {
        const aggregated = await aggregateScope(reader, { kind: scope.kind, id: scope.id, from: null, to: null });
        const rows = openDataRows(period.timePeriod, scope, buildTallies(aggregated, census), k);
        return { rows: rows.length, text: Buffer.from(openDataCsv(rows, index === 0), 'utf8') };
      });
    });
    const csv = Buffer.concat(parts.map((part) => part.text));
    const release = {
      ...period,
      runId,
      computedAt: new Date(),
      rows: parts.reduce((sum, part) => sum + part.rows, 0),
      bytes: csv.length,
      etag: `"${createHash('sha256').update(csv).digest('base64url').slice(0, 32)}"`,
      // Compressed off the event loop, so the job's lock keeps being renewed.
      csvGzip: await gzipAsync(csv),
    };
    await this.dataSource
      .createQueryBuilder()
      .insert()
      .into(OpenDataReleaseEntity)
      .values(release)
      .orUpdate(['run_id', 'computed_at', 'time_period', 'rows', 'bytes', 'etag', 'csv_gzip'], ['release_date'])
      .execute();
    this.logger.log(`open data ${release.releaseDate} published: ${release.rows} rows, ${release.bytes} bytes`);
    return release;
  }

  private async period(manager: EntityManager): Promise<{ releaseDate: string; timePeriod: string }> {
    const { first, today } = await openDataDays(manager);
    return { releaseDate: today, timePeriod: `${first ?? today}/${today}` };
  }

  /** Published programmes of verified providers with at least one record: a draft's name or id never appears. */
  private async publishedProgrammes(manager: EntityManager): Promise<OpenDataScope[]> {
    const programmes = await releasedProgrammes(manager);
    return programmes.map(({ id, title }) => ({ kind: MetricsScopeKind.PROGRAMME, id, name: title }));
  }
}
