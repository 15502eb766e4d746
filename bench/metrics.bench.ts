import 'reflect-metadata';
import { createHash } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import { loadavg } from 'node:os';
import { Client } from 'pg';
import { DataSource, QueryRunner } from 'typeorm';
import { parseEnvironment, RuntimeConfig } from '@app/config';
import { dataSourceOptions, withDatabaseName } from '@app/database';
import { paysRealLivingWage, SIX_MONTHS_DAYS } from '@app/reference';
import { Role } from '@app/identity';
import {
  Audience,
  buildTallies,
  DiversityFigures,
  FunnelStage,
  METRICS_ENTITIES,
  MetricsComputationService,
  PendingMetricsJobs,
  MetricsScope,
  MetricsScopeKind,
  MetricsService,
  OpenDataPublisher,
  OpenDataReleases,
  OutcomeFigures,
  OutcomeInputs,
  OutcomeKeySums,
  REASON_NOT_GIVEN,
  REJECTION_REASONS,
  ReportTallies,
  reportView,
  SnapshotColumn,
  SnapshotGroupRow,
  SNAPSHOT_COLUMNS, // the baseline reads the same snapshot columns as the aggregation
} from '@app/metrics';
import { serveOpenData } from './open-data-serving';
import {
  freshBenchDatabase,
  machineDescription,
  BENCHMARKS_FILE,
  writeBenchmarkSection,
  timeEach,
} from './bench-database';
import { generateMetricsData, METRICS_SCALE, METRICS_SIZES } from './metrics-data';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const BASELINE_RUNS = Number(process.env.BENCH_BASELINE_RUNS ?? 1);
const READS = Number(process.env.BENCH_READS ?? 500);
const SERVES = Number(process.env.BENCH_SERVES ?? 50);
const PROGRAMME_RUNS = Number(process.env.BENCH_PROGRAMME_RUNS ?? 3);
const REPORT_SCOPES = 500;
const DATABASE = 'brokerage_bench_metrics';
const K = 5;
const CITY: MetricsScope = { kind: MetricsScopeKind.CITY, id: null, from: null, to: null };
const BATCH = 100_000;
/** A record's snapshot columns under the names the aggregation gives them (SNAPSHOT_COLUMNS), as text. */
const snapshotOf = (alias: string) => SNAPSHOT_COLUMNS.map((c) => `${alias}.snapshot_${c}::text AS ${c}`).join(', ');

type Reports = { diversity: DiversityFigures; outcomes: OutcomeFigures | null };

/** Both views of one run's tallies: the baseline must agree with the SQL in each (the protected one needs the keys). */
const bothViews = (tallies: ReportTallies) => ({
  staff: reportView(tallies, Audience.STAFF, K),
  protected: reportView(tallies, Audience.PROTECTED, K),
});

/**
 * `npm run bench:metrics`: builds the METRICS.md "Speed" data set, then measures a CITY recompute through the real
 * MetricsComputationService (aggregation in SQL in one REPEATABLE READ transaction, the pure report builders, the
 * report stored), the baseline it must beat in the same run (every row loaded into Node and aggregated there, into
 * the very same reports, which must come out identical), and reading a report as MetricsService.latestReport does.
 */
async function main() {
  const log = (line: string) => console.log(line);
  log('bench:metrics: building the data set');
  const bench = await freshBenchDatabase(DATABASE);
  const { dataSource } = bench;
  // The services need the metrics entities, which the bench's own data source does not carry.
  const metricsSource = await new DataSource(dataSourceOptions(bench.url, METRICS_ENTITIES, 4)).initialize();
  try {
    const started = Date.now();
    await generateMetricsData(dataSource, log);
    const buildSeconds = (Date.now() - started) / 1000;
    const counts = (
      await dataSource.query(`SELECT
        (SELECT count(*) FROM enrolments)::int AS enrolments,
        (SELECT count(*) FROM enrolment_status_changes)::int AS enrolment_history,
        (SELECT count(*) FROM applications)::int AS applications,
        (SELECT count(*) FROM application_status_changes)::int AS application_history,
        (SELECT count(*) FROM outcomes)::int AS outcomes,
        (SELECT count(*) FROM programmes)::int AS programmes, (SELECT count(*) FROM cohorts)::int AS cohorts,
        (SELECT count(*) FROM vacancies)::int AS vacancies,
        pg_size_pretty(pg_database_size(current_database())) AS size`)
    )[0];
    log(`bench:metrics: data set ${JSON.stringify(counts)} built in ${buildSeconds.toFixed(0)} s`);

    const config = {
      env: parseEnvironment({ NODE_ENV: 'test', METRICS_SUPPRESSION_THRESHOLD: String(K) }),
    } as RuntimeConfig;
    const computation = new MetricsComputationService(metricsSource);

    const startLoad = loadavg()[0];
    log('bench:metrics: CITY recompute (MetricsComputationService.run)');
    const recompute = await timeEach(
      Array.from({ length: RUNS }, (_, i) => i),
      (i) => computation.run(`bench_city_${i}`, CITY, true),
    );
    log(`  ${fmt(recompute)}`);

    log('bench:metrics: baseline, every row loaded into Node and aggregated there');
    const nodeRuns: ReportTallies[] = [];
    const baseline = await timeEach(
      Array.from({ length: BASELINE_RUNS }, (_, i) => i),
      async () => {
        nodeRuns.push(await aggregateInNode(dataSource, log));
      },
    );
    const nodeReports = nodeRuns[nodeRuns.length - 1];
    log(`  ${fmt(baseline)}`);

    const stored = await latestCityTallies(dataSource);
    const agree = isDeepStrictEqual(bothViews(nodeReports), bothViews(stored));
    const headlines = headlineNumbers(reportView(stored, Audience.STAFF, K));
    const nodeHeadlines = headlineNumbers(reportView(nodeReports, Audience.STAFF, K));
    log(`bench:metrics: SQL figures ${JSON.stringify(headlines)}`);
    log(`bench:metrics: Node figures ${JSON.stringify(nodeHeadlines)}`);
    log(`bench:metrics: the two reports are ${agree ? 'identical' : 'DIFFERENT'}`);

    log('bench:metrics: PROGRAMME recompute (one programme, as open data and the change-driven runs do)');
    const programmeIds = Array.from({ length: PROGRAMME_RUNS }, (_, i) =>
      md5Uuid(`programme${1 + ((i * 613) % METRICS_SIZES.programmes)}`),
    );
    const programmeRecompute = await timeEach(programmeIds, (id) =>
      computation.run(`bench_programme_${id}`, { kind: MetricsScopeKind.PROGRAMME, id, from: null, to: null }, true),
    );
    log(`  ${fmt(programmeRecompute)}`);

    log('bench:metrics: writing the open data release (OpenDataPublisher.publish: CITY and every programme)');
    const publisher = new OpenDataPublisher(metricsSource, config);
    const cityRunId = (
      await dataSource.query(`SELECT run_id FROM metrics_reports WHERE scope_key = 'CITY:::' LIMIT 1`)
    )[0].run_id;
    let openDataRows = 0;
    let openDataBytes = 0;
    let openDataGzipBytes = 0;
    const openDataTiming = await timeEach([0], async () => {
      const release = await publisher.publish(cityRunId);
      openDataRows = release.rows;
      openDataBytes = release.bytes;
      openDataGzipBytes = release.csvGzip!.length;
    });
    log(`  ${fmt(openDataTiming)}, ${openDataRows} rows, ${(openDataBytes / 2 ** 20).toFixed(0)} MiB of CSV`);

    log(`bench:metrics: serving the stored release over HTTP (${SERVES} requests taking gzip, as browsers do)`);
    const serving = await serveOpenData(new OpenDataReleases(metricsSource), SERVES);
    log(`  ${fmt(serving)}`);

    log(`bench:metrics: reading reports (${REPORT_SCOPES} scopes with 2 reports each, besides CITY's)`);
    await storeMoreReports(dataSource);
    const metrics = new MetricsService(metricsSource, undefined as unknown as PendingMetricsJobs, config);
    const admin = { role: Role.ADMIN, organisationId: null };
    const ownerOf = new Map<string, string>(
      (await dataSource.query(`SELECT id, provider_id FROM programmes`)).map(
        (p: { id: string; provider_id: string }) => [p.id, p.provider_id],
      ),
    );
    const scopes: MetricsScope[] = Array.from({ length: READS }, (_, i) =>
      i % 2 === 0
        ? CITY
        : {
            kind: MetricsScopeKind.PROGRAMME,
            id: md5Uuid(`programme${1 + ((i * 7919) % REPORT_SCOPES)}`),
            from: null,
            to: null,
          },
    );
    await metrics.latestReport(admin, CITY); // warm-up
    const reads = await timeEach(scopes, async (scope) => {
      const report = await metrics.latestReport(admin, scope);
      if (!report) throw new Error(`no report for ${JSON.stringify(scope)}`);
    });
    log(`  staff view (ADMIN): ${fmt(reads)}`);
    const programmeScopes = scopes.filter((scope) => scope.kind === MetricsScopeKind.PROGRAMME);
    const protectedReads = await timeEach(programmeScopes, async (scope) => {
      const provider = { role: Role.PROVIDER, organisationId: ownerOf.get(scope.id!)! };
      const report = await metrics.latestReport(provider, scope);
      if (!report) throw new Error(`no report for ${JSON.stringify(scope)}`);
    });
    log(`  protected view (the programme's PROVIDER): ${fmt(protectedReads)}`);

    if (METRICS_SCALE !== 1) {
      log(`bench:metrics: BENCH_METRICS_SCALE=${METRICS_SCALE}: results not written`);
      return;
    }
    writeResults({
      machine: await machineDescription(dataSource),
      counts,
      buildSeconds,
      recompute,
      baseline,
      openDataTiming,
      openDataRows,
      openDataBytes,
      openDataGzipBytes,
      serving,
      programmeRecompute,
      reads,
      protectedReads,
      agree,
      headlines,
      load: `${startLoad.toFixed(1)} at the start and ${loadavg()[0].toFixed(1)} at the end`,
    });
    log(`bench:metrics: results written to ${BENCHMARKS_FILE}`);
  } finally {
    await metricsSource.destroy();
    // The data set is a few GB: drop it (FORCE ends the bench's own idle connections) before closing.
    const admin = new Client({ connectionString: withDatabaseName(bench.url, 'postgres') });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`);
    await admin.end();
    await bench.close();
  }
}

type Timing = Awaited<ReturnType<typeof timeEach>>;

const fmt = (t: Timing) =>
  JSON.stringify(t, (_k, v) => (typeof v === 'number' ? Math.round(v * 10) / 10 : v)).replace(/"/g, '');

/** A uuid from md5(text), as the generator derives its ids. */
function md5Uuid(text: string): string {
  const hex = createHash('md5').update(text).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

async function latestCityTallies(dataSource: DataSource): Promise<ReportTallies> {
  const [row] = await dataSource.query(
    `SELECT tallies FROM metrics_reports WHERE scope_key = $1 ORDER BY computed_at DESC LIMIT 1`,
    ['CITY:::'],
  );
  return row.tallies;
}

function headlineNumbers(reports: Reports) {
  const total = (index: number) => reports.diversity.stages[index]?.total.value;
  const stages = reports.diversity.stages.map((s) => s.stage);
  const minority = reports.diversity.stages
    .find((s) => s.stage === FunnelStage.ENROLLED)
    ?.rows.find((r) => r.dimension === 'ETHNIC_MINORITY' && r.category === 'YES');
  return {
    enquired: total(stages.indexOf(FunnelStage.ENQUIRED)),
    enrolled: total(stages.indexOf(FunnelStage.ENROLLED)),
    completed: total(stages.indexOf(FunnelStage.COMPLETED)),
    positiveOutcome: total(stages.indexOf(FunnelStage.POSITIVE_OUTCOME)),
    vacancyApplied: total(stages.lastIndexOf(FunnelStage.APPLIED)),
    hired: total(stages.indexOf(FunnelStage.HIRED)),
    enrolledEthnicMinorityShare: minority?.share,
    employedWithinSixMonths: reports.outcomes?.employedWithinSixMonths.value,
    medianDaysToOutcome: reports.outcomes?.medianDaysToOutcome,
    medianSalaryPence: reports.outcomes?.medianSalaryPence,
    realLivingWageShare: reports.outcomes?.realLivingWageShare,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// The baseline: the rows, loaded into Node in batches of BATCH, aggregated there into the same SQL-shaped groups,
// then the same pure report builders. One REPEATABLE READ transaction, like the recompute.

const DAY_MS = 86_400_000;
const dayNumber = (date: string) => Date.UTC(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8, 10)) / DAY_MS;

/** Counts per (mask) and per (mask, column, value), as programmeGroups and vacancyGroups return them. */
class Groups {
  private readonly counts = new Map<string, { count: number; keySum: number }>();

  add(mask: number, snapshot: Record<SnapshotColumn, string | null>, recordKey: number) {
    this.bump(`${mask}\u0000`, recordKey);
    for (const column of SNAPSHOT_COLUMNS)
      this.bump(`${mask}\u0000${column}\u0000${snapshot[column] ?? '\u0001'}`, recordKey);
  }

  rows(): SnapshotGroupRow[] {
    return [...this.counts].map(([key, { count, keySum }]) => {
      const [mask, column, value] = key.split('\u0000');
      return {
        stageMask: Number(mask),
        column: (column || null) as SnapshotColumn | null,
        value: value === undefined || value === '\u0001' ? null : value,
        count,
        keySum,
      };
    });
  }

  private bump(key: string, recordKey: number) {
    const group = this.counts.get(key);
    if (group) {
      group.count += 1;
      group.keySum += recordKey;
    } else this.counts.set(key, { count: 1, keySum: recordKey });
  }
}

/** Every row of a keyset-paged query: `sql(true)` has `$1`, the key of the last row of the previous batch. */
async function loadAll<T extends { k: string }>(
  runner: QueryRunner,
  sql: (after: boolean) => string,
  each: (row: T) => void,
) {
  let after: string | null = null;
  for (;;) {
    const rows: T[] = await runner.query(sql(after !== null), after === null ? [] : [after]);
    for (const row of rows) each(row);
    if (rows.length < BATCH) return;
    after = rows[rows.length - 1].k;
  }
}

interface OutcomeRow {
  k: string;
  enrolment_id: string;
  type: string;
  start: string;
  salary: number | null;
  hours: number | null;
  key: number;
}

async function aggregateInNode(dataSource: DataSource, log: (line: string) => void): Promise<ReportTallies> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  await runner.startTransaction('REPEATABLE READ');
  try {
    const step = async (label: string, work: () => Promise<void>) => {
      const start = Date.now();
      await work();
      log(`    ${label} (${((Date.now() - start) / 1000).toFixed(1)} s)`);
    };
    const census: { dimension: string; category: string; residents: number }[] = await runner.query(
      'SELECT dimension, category, residents FROM census_benchmarks',
    );
    const wages: { from: number; pence: number }[] = (
      await runner.query(`SELECT effective_from::text AS "from", hourly_pence AS pence FROM real_living_wage_rates`)
    )
      .map((r: { from: string; pence: number }) => ({ from: dayNumber(r.from), pence: r.pence }))
      .sort((a: { from: number }, b: { from: number }) => b.from - a.from);
    const wageOn = (day: number) => wages.find((w) => w.from <= day)?.pence;

    const cohorts = new Map<string, number>();
    let places = 0;
    for (const c of await runner.query(
      `SELECT id, start_date::text AS start, capacity, cancelled_at IS NOT NULL AS cancelled FROM cohorts`,
    )) {
      cohorts.set(c.id, dayNumber(c.start));
      if (!c.cancelled) places += c.capacity;
    }

    const outcomes = new Map<string, OutcomeRow[]>();
    await step('outcomes', () =>
      loadAll<OutcomeRow>(
        runner,
        (after) =>
          `SELECT id::text AS k, enrolment_id, type, start_date::text AS start, salary_pence AS salary, hours_per_week AS hours,
                  record_key AS key
           FROM outcomes ${after ? 'WHERE id > $1::uuid' : ''} ORDER BY id LIMIT ${BATCH}`,
        (r) => {
          const list = outcomes.get(r.enrolment_id);
          if (list) list.push(r);
          else outcomes.set(r.enrolment_id, [r]);
        },
      ),
    );

    const programmeGroups = new Groups();
    const inputs: OutcomeInputs = {
      enquiries: 0,
      applications: 0,
      places,
      starts: 0,
      completions: 0,
      positiveOutcomes: 0,
      employedWithinSixMonths: 0,
      daysToOutcome: [],
      employmentSalaries: [],
      employmentWithPay: 0,
      employmentPayingRealLivingWage: 0,
    };
    const keySums: OutcomeKeySums = { employedKeySum: 0, withPayKeySum: 0, payingRealLivingWageKeySum: 0 };
    type EnrolmentRow = Record<SnapshotColumn, string | null> & {
      k: string;
      cohort_id: string;
      completion: string | null;
      stages: number;
      key: number;
    };
    await step('enrolments with their snapshots, aggregated', () =>
      loadAll<EnrolmentRow>(
        runner,
        (after) =>
          `SELECT e.id::text AS k, e.cohort_id, e.completion_date::text AS completion, e.stages_reached AS stages, e.record_key AS key, ${snapshotOf('e')}
           FROM enrolments e
           ${after ? 'WHERE e.id > $1::uuid' : ''} ORDER BY e.id LIMIT ${BATCH}`,
        (r) => {
          const cohortStart = cohorts.get(r.cohort_id)!;
          const completion = r.completion === null ? null : dayNumber(r.completion);
          const mine = outcomes.get(r.k) ?? [];
          let mask = 1 | r.stages;
          const within =
            mask & 16 && completion !== null
              ? mine.filter(
                  (o) => dayNumber(o.start) >= cohortStart && dayNumber(o.start) <= completion + SIX_MONTHS_DAYS,
                )
              : [];
          if (within.length) mask |= 32;
          programmeGroups.add(mask, r, r.key);

          inputs.enquiries += 1;
          if (mask & 2) inputs.applications += 1;
          if (mask & 8) inputs.starts += 1;
          if (mask & 16) inputs.completions += 1;
          if (mask & 32) {
            inputs.positiveOutcomes += 1;
            const first = Math.min(...within.map((o) => dayNumber(o.start)));
            inputs.daysToOutcome.push(Math.max(first - completion!, 0));
            if (within.some((o) => o.type !== 'FURTHER_LEARNING')) {
              inputs.employedWithinSixMonths += 1;
              keySums.employedKeySum += r.key;
            }
          }
          for (const o of mine) {
            if (o.type === 'FURTHER_LEARNING' || o.salary === null) continue;
            inputs.employmentSalaries.push(o.salary);
            if (o.hours !== null && o.hours > 0) {
              inputs.employmentWithPay += 1;
              keySums.withPayKeySum += o.key;
              const wage = wageOn(dayNumber(o.start));
              if (wage !== undefined && paysRealLivingWage(o.salary, o.hours, wage)) {
                inputs.employmentPayingRealLivingWage += 1;
                keySums.payingRealLivingWageKeySum += o.key;
              }
            }
          }
        },
      ),
    );
    outcomes.clear();

    const vacancyGroups = new Groups();
    // Rejections by reason, in the same Groups with the reason's index standing in for the stage mask.
    const rejectionGroups = new Groups();
    const reasons = [...REJECTION_REASONS, REASON_NOT_GIVEN];
    type ApplicationRow = Record<SnapshotColumn, string | null> & {
      k: string;
      stages: number;
      key: number;
      status: string;
      reason: string | null;
    };
    await step('applications with their snapshots, aggregated', () =>
      loadAll<ApplicationRow>(
        runner,
        (after) =>
          `SELECT a.id::text AS k, a.stages_reached AS stages, a.record_key AS key, a.status::text AS status,
                  a.feedback_reason AS reason, ${snapshotOf('a')}
           FROM applications a
           ${after ? 'WHERE a.id > $1::uuid' : ''} ORDER BY a.id LIMIT ${BATCH}`,
        (r) => {
          vacancyGroups.add(1 | r.stages, r, r.key);
          if (r.status === 'REJECTED') rejectionGroups.add(reasons.indexOf(r.reason ?? REASON_NOT_GIVEN), r, r.key);
        },
      ),
    );
    await runner.commitTransaction();

    return buildTallies(
      {
        programmeGroups: programmeGroups.rows(),
        vacancyGroups: vacancyGroups.rows(),
        rejectionGroups: rejectionGroups
          .rows()
          .map(({ stageMask, ...row }) => ({ reason: reasons[stageMask], ...row })),
        outcomes: { ...inputs, keySums },
      },
      census,
    );
  } catch (error) {
    await runner.rollbackTransaction();
    throw error;
  } finally {
    await runner.release();
  }
}

// ---------------------------------------------------------------------------------------------------------------

/** REPORT_SCOPES programme scopes with two COMPLETED runs each, their reports copies of CITY's (the largest kind). */
async function storeMoreReports(dataSource: DataSource) {
  await dataSource.query(`
    WITH city AS (SELECT tallies FROM metrics_reports WHERE scope_key = 'CITY:::' ORDER BY computed_at DESC LIMIT 1),
    runs AS (
      INSERT INTO metrics_runs (job_key, scope_key, scope_kind, scope_id, state, progress, started_at, finished_at)
      SELECT 'bench_copy_' || p || '_' || v, 'PROGRAMME:' || md5('programme' || p)::uuid || '::', 'PROGRAMME',
             md5('programme' || p)::uuid, 'COMPLETED', 1, now(), now()
      FROM generate_series(1, ${REPORT_SCOPES}) p CROSS JOIN generate_series(1, 2) v
      RETURNING id, scope_key)
    INSERT INTO metrics_reports (run_id, scope_key, computed_at, tallies)
    SELECT runs.id, runs.scope_key, now() - random() * interval '30 days', city.tallies
    FROM runs CROSS JOIN city`);
  await dataSource.query('ANALYZE metrics_runs, metrics_reports');
}

function writeResults(r: {
  machine: string;
  counts: Record<string, number | string>;
  buildSeconds: number;
  recompute: Timing;
  baseline: Timing;
  openDataTiming: Timing;
  openDataRows: number;
  openDataBytes: number;
  openDataGzipBytes: number;
  serving: Timing;
  programmeRecompute: Timing;
  reads: Timing;
  protectedReads: Timing;
  agree: boolean;
  headlines: ReturnType<typeof headlineNumbers>;
  load: string;
}) {
  const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  const ms = (value: number) => `${value.toFixed(1)} ms`;
  const speedup = r.baseline.p50 / r.recompute.p50;
  const verdict = (ok: boolean, goal: string) => (ok ? `met (${goal})` : `**missed** (target ${goal})`);
  const h = r.headlines;
  const section = [
    '<!-- metrics:start -->',
    '## Metrics (`npm run bench:metrics`)',
    '',
    `Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on ${r.machine}; load average`,
    `${r.load} (the machine is shared: other work on it slows every figure alike).`,
    `Data set (METRICS.md "Speed", generated in SQL from a fixed seed in ${r.buildSeconds.toFixed(0)} s, ${r.counts.size}):`,
    `${r.counts.enrolments} enrolment records with ${r.counts.enrolment_history} status changes, ${r.counts.applications}`,
    `applications with ${r.counts.application_history} status changes (each record with its demographic snapshot),`,
    `${r.counts.outcomes} outcomes; ${r.counts.programmes} programmes, ${r.counts.cohorts} cohorts, ${r.counts.vacancies} vacancies.`,
    'A recompute is `MetricsComputationService.run` for a new job: the aggregation in SQL (three queries on two',
    'connections sharing one read-only REPEATABLE READ snapshot), the pure report builders, the report stored. The',
    'baseline loads the rows the aggregation reads (records with their `stages_reached` and snapshots, cohorts, outcomes)',
    `into Node (keyset batches of ${BATCH.toLocaleString('en-GB')}, one REPEATABLE READ transaction), aggregates them there and runs the same report builders;`,
    `both views of its tallies (staff, and protected, which depends on every cell key) are compared with those of the
stored run: **${r.agree ? 'identical' : 'DIFFERENT'}**. Reads are`,
    '`MetricsService.latestReport` as an ADMIN (access check, then the newest report of the scope), alternating CITY and',
    `${REPORT_SCOPES} PROGRAMME scopes holding two reports each.`,
    '',
    '| measure | runs | p50 | p95 | mean | target | |',
    '|---|---|---|---|---|---|---|',
    `| CITY recompute | ${r.recompute.runs} | ${s(r.recompute.p50)} | ${s(r.recompute.p95)} | ${s(r.recompute.mean)} | ${verdict(r.recompute.p95 <= 15_000, '≤ 15 s')} | |`,
    `| baseline: load into Node and aggregate | ${r.baseline.runs} | ${s(r.baseline.p50)} | ${s(r.baseline.p95)} | ${s(r.baseline.mean)} | ${verdict(speedup >= 5, '≥ 5× slower than the recompute')} | recompute ${speedup.toFixed(1)}× faster (p50) |`,
    `| PROGRAMME recompute (one programme of ${r.counts.programmes}) | ${r.programmeRecompute.runs} | ${s(r.programmeRecompute.p50)} | ${s(r.programmeRecompute.p95)} | ${s(r.programmeRecompute.mean)} | | not a METRICS.md target |`,
    `| write the open-data release: CITY and ${r.counts.programmes} PROGRAMME aggregations in one snapshot, protected view, CSV gzipped and stored (${r.openDataRows} rows, ${(r.openDataBytes / 2 ** 20).toFixed(0)} MiB, ${(r.openDataGzipBytes / 2 ** 20).toFixed(1)} MiB gzipped) | ${r.openDataTiming.runs} | ${s(r.openDataTiming.p50)} | | | ${verdict(r.openDataTiming.p50 <= 60_000, '≤ 60 s')} | |`,
    `| serve the stored release (GET /open-data/outcomes.csv taking gzip, whole body received) | ${r.serving.runs} | ${ms(r.serving.p50)} | ${ms(r.serving.p95)} | ${ms(r.serving.mean)} | ${verdict(r.serving.p95 <= 50, '≤ 50 ms p95')} | |`,
    `| read the latest report, staff view (ADMIN) | ${r.reads.runs} | ${ms(r.reads.p50)} | ${ms(r.reads.p95)} | ${ms(r.reads.mean)} | ${verdict(r.reads.p95 <= 20, '≤ 20 ms p95')} | |`,
    `| read the latest report, protected view (the programme's PROVIDER) | ${r.protectedReads.runs} | ${ms(r.protectedReads.p50)} | ${ms(r.protectedReads.p95)} | ${ms(r.protectedReads.mean)} | ${verdict(r.protectedReads.p95 <= 20, '≤ 20 ms p95')} | |`,
    '',
    `Headline figures (both paths): ${h.enquired} enquiries, ${h.enrolled} starts, ${h.completed} completions,`,
    `${h.positiveOutcome} positive outcomes (${h.employedWithinSixMonths} in work within six months, median ${h.medianDaysToOutcome} days,`,
    `median salary ${h.medianSalaryPence} pence, Real Living Wage share ${h.realLivingWageShare?.toFixed(3)}); ${h.vacancyApplied} applications,`,
    `${h.hired} hired; ethnic-minority share of starts ${h.enrolledEthnicMinorityShare?.toFixed(3)}.`,
    '<!-- metrics:end -->',
  ].join('\n');
  writeBenchmarkSection('metrics', section);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
