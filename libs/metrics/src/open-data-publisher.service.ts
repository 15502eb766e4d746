import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash } from 'node:crypto';
import { createGzip } from 'node:zlib';
import { DataSource, EntityManager } from 'typeorm';
import { RUNTIME_CONFIG, RuntimeConfig } from '@app/config';
import { OpenDataReleaseEntity } from './entities/open-data-release.entity';
import { aggregateScope } from './metrics-aggregation.repository';
import { MetricsScopeKind } from './metrics.types';
import { CITY_SCOPE_NAME, openDataCsv, openDataRows, OpenDataScope } from './open-data';
import { buildTallies } from './report-assembly';
import { AGGREGATION_SETTINGS } from './shared-snapshot';

/**
 * Writes the open-data release (METRICS.md "Open data") in the worker, after a completed CITY run: CITY and every
 * published programme of a verified provider that has records, each aggregated as a metrics run does, all in one
 * read-only REPEATABLE READ transaction so that every row comes from the same instant. The file is built scope by
 * scope into a gzip stream, so neither the rows nor the text of a 100 MiB file are held at once, and the event loop
 * is free between scopes (the job's lock keeps being renewed).
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
    const release = await this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      await manager.query('SET TRANSACTION READ ONLY');
      for (const setting of AGGREGATION_SETTINGS) await manager.query(setting);
      const { releaseDate, timePeriod } = await this.period(manager);
      const census = await manager.query('SELECT dimension, category, residents FROM census_benchmarks');
      const scopes: OpenDataScope[] = [
        { kind: MetricsScopeKind.CITY, id: null, name: CITY_SCOPE_NAME },
        ...(await this.publishedProgrammes(manager)),
      ];
      const gzip = createGzip();
      const chunks: Buffer[] = [];
      gzip.on('data', (chunk: Buffer) => chunks.push(chunk));
      const finished = new Promise<void>((resolve, reject) => gzip.on('end', resolve).on('error', reject));
      const hash = createHash('sha256');
      let rows = 0;
      let bytes = 0;
      for (const [index, scope] of scopes.entries()) {
        const aggregated = await aggregateScope(manager, { kind: scope.kind, id: scope.id, from: null, to: null });
        const scopeRows = openDataRows(timePeriod, scope, buildTallies(aggregated, census), k);
        const text = Buffer.from(openDataCsv(scopeRows, index === 0), 'utf8');
        rows += scopeRows.length;
        bytes += text.length;
        hash.update(text);
        // Respect back-pressure, so the compressed output is collected as it is made.
        if (!gzip.write(text)) await new Promise((resolve) => gzip.once('drain', resolve));
      }
      gzip.end();
      await finished;
      return {
        releaseDate,
        runId,
        computedAt: new Date(),
        timePeriod,
        rows,
        bytes,
        etag: `"${hash.digest('base64url').slice(0, 32)}"`,
        csvGzip: Buffer.concat(chunks),
      };
    });
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
    const [row]: { first: string | null; today: string }[] = await manager.query(
      `SELECT to_char(least(
                (SELECT min(e.created_at) FROM enrolments e
                  WHERE e.provider_id IN (SELECT id FROM organisations WHERE verified)),
                (SELECT min(a.created_at) FROM applications a JOIN vacancies v ON v.id = a.vacancy_id
                  WHERE v.employer_id IN (SELECT id FROM organisations WHERE verified)))
                AT TIME ZONE 'Europe/London', 'YYYY-MM-DD') AS first,
              to_char(now() AT TIME ZONE 'Europe/London', 'YYYY-MM-DD') AS today`,
    );
    return { releaseDate: row.today, timePeriod: `${row.first ?? row.today}/${row.today}` };
  }

  /** Published programmes of verified providers with at least one record: a draft's name or id never appears. */
  private async publishedProgrammes(manager: EntityManager): Promise<OpenDataScope[]> {
    const programmes: { id: string; title: string }[] = await manager.query(
      `SELECT p.id, p.title FROM programmes p JOIN organisations o ON o.id = p.provider_id
       WHERE p.published AND o.verified
         AND EXISTS (SELECT 1 FROM cohorts c JOIN enrolments e ON e.cohort_id = c.id WHERE c.programme_id = p.id)
       ORDER BY p.title, p.id`,
    );
    return programmes.map(({ id, title }) => ({ kind: MetricsScopeKind.PROGRAMME, id, name: title }));
  }
}
