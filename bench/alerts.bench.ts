import 'reflect-metadata';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { randomBytes } from 'node:crypto';
import { ConfigModule, parseEnvironment, RuntimeConfig } from '@app/config';
import { DatabaseModule } from '@app/database';
import { AlertFrequency, DigestService, NotificationEvents, NotificationsModule } from '@app/notifications';
import { QueueModule } from '@app/queue';
import { freshBenchDatabase, machineDescription, timeEach, writeBenchmarkSection } from './bench-database';
import { generateMatchingData, SIZES } from './matching-data';

/** New vacancies opened (and fanned out) in the run. */
const NEW_VACANCIES = Number(process.env.BENCH_ALERTS_VACANCIES ?? 20);
/** BENCH_ALERTS_RESIDENTS (e.g. 2000) shrinks the data set for a quick check that the bench runs; figures are only
 * written for the full 50,000. */
const RESIDENTS = Number(process.env.BENCH_ALERTS_RESIDENTS ?? SIZES.residents);
const FULL = RESIDENTS === SIZES.residents;

/**
 * `npm run bench:alerts` (docs/notifications.md): on the matching benchmark's data set (50,000 residents), every
 * resident with a JOBS saved search, (1) the fan-out of a newly opened vacancy: the residents it matches well enough,
 * found through the skills index, their notices stored and the instant ones' emails kept and queued (target ≤ 1 s);
 * (2) the daily digest for all 50,000 residents, each with two waiting notices (target ≤ 10 minutes).
 */
async function main() {
  const log = (line: string) => console.log(line);
  if (!FULL) {
    const scale = RESIDENTS / SIZES.residents;
    Object.assign(SIZES, {
      residents: RESIDENTS,
      vacancies: Math.max(100, Math.round(SIZES.vacancies * scale)),
      programmes: Math.max(20, Math.round(SIZES.programmes * scale)),
      employers: Math.max(5, Math.round(SIZES.employers * scale)),
      providers: Math.max(5, Math.round(SIZES.providers * scale)),
    });
  }
  log(`bench:alerts: building the data set (${SIZES.residents} residents)`);
  const bench = await freshBenchDatabase('brokerage_bench_alerts');
  const { dataSource } = bench;
  const env = parseEnvironment({ NODE_ENV: 'development', LOG_LEVEL: 'warn', DATABASE_URL: bench.url });
  const config: RuntimeConfig = {
    env,
    dataDir: env.DATA_DIR,
    databaseUrl: bench.url,
    embeddedDatabase: false,
    jwtSecret: randomBytes(32).toString('hex'),
    queue: { backend: 'postgres', redisUrl: undefined, prefix: `bench-alerts-${process.pid}` },
  };
  @Module({
    imports: [
      ConfigModule.forRoot(config),
      DatabaseModule.forRoot(config),
      QueueModule.forRoot(config),
      NotificationsModule,
    ],
  })
  class AlertsBenchModule {}
  const app = await NestFactory.createApplicationContext(AlertsBenchModule, { logger: ['error', 'warn'] });
  try {
    await generateMatchingData(dataSource, log);
    // Every resident saved a JOBS search: a third each INSTANT, DAILY and WEEKLY, alerting from a score of 0.25.
    await dataSource.query(
      `INSERT INTO saved_searches (resident_id, kind, query, min_score, frequency)
       SELECT id, 'JOBS', NULL, 0.25, (ARRAY['INSTANT','DAILY','WEEKLY'])[1 + (row_number() OVER (ORDER BY id)) % 3]
       FROM users WHERE role = 'RESIDENT'`,
    );
    // New vacancies like the generated ones (3–8 requirements, popular skills more often), not yet announced.
    const vacancyIds: string[] = (
      await dataSource.query(
        `WITH k AS (SELECT array_agg(id ORDER BY esco_uri) AS skills, count(*)::int AS n FROM skills),
              v AS (INSERT INTO vacancies (employer_id, title, description, salary_min_pence, salary_max_pence,
                                           hours_per_week, contract, workplace, positions, closes_on, status)
                    SELECT (SELECT id FROM organisations WHERE kind = 'EMPLOYER' LIMIT 1), 'New vacancy ' || i,
                           'A new vacancy for the alerts benchmark.', 2600000, 3000000, 37.5, 'PERMANENT', 'REMOTE', 1,
                           current_date + 30, 'OPEN'
                    FROM generate_series(1, $1::int) i RETURNING id)
         INSERT INTO vacancy_requirements (vacancy_id, skill_id, level, essential)
         SELECT v.id, k.skills[1 + floor(k.n * random() ^ 2)::int], 1 + floor(random() * 3)::int, random() < 0.6
         FROM v CROSS JOIN k CROSS JOIN generate_series(1, 3 + floor(random() * 6)::int)
         ON CONFLICT DO NOTHING RETURNING vacancy_id`,
        [NEW_VACANCIES],
      )
    ).map((row: { vacancy_id: string }) => row.vacancy_id);
    const distinct = [...new Set(vacancyIds)];
    await dataSource.query(
      `UPDATE vacancies v SET requirement_weight = w.weight, essential_requirements = w.essential
       FROM (SELECT vacancy_id, sum(CASE WHEN essential THEN 2 ELSE 1 END) AS weight,
                    count(*) FILTER (WHERE essential) AS essential
             FROM vacancy_requirements WHERE vacancy_id = ANY($1::uuid[]) GROUP BY vacancy_id) w
       WHERE v.id = w.vacancy_id`,
      [distinct],
    );
    await dataSource.query('ANALYZE');

    const events = app.get(NotificationEvents);
    let told = 0;
    log(`bench:alerts: fan-out of ${distinct.length} new vacancies over ${SIZES.residents} residents`);
    const fanOut = await timeEach(distinct, async (vacancyId) => {
      told += await events.handle({
        id: `bench-${vacancyId}`,
        type: 'VacancyOpened',
        payload: { vacancyId },
        occurredAt: new Date().toISOString(),
      });
    });
    log(`  fan-out: ${JSON.stringify(fanOut)}; ${told} notices stored`);

    // The daily digest: every resident has two notices waiting for it.
    await dataSource.query(`UPDATE notifications SET email = 'DIGESTED' WHERE email IN ('DAILY', 'WEEKLY')`);
    await dataSource.query(
      `INSERT INTO notifications (resident_id, idempotency_key, kind, title, body, link, email)
       SELECT u.id, 'bench-digest:' || n, 'NEW_MATCHING_JOB', 'A new job matches your saved search: Vacancy ' || n,
              'Employer 1 is hiring. Your skills match 75% of what the job asks for.', '/jobs/x', 'DAILY'
       FROM users u CROSS JOIN generate_series(1, 2) n WHERE u.role = 'RESIDENT'`,
    );
    log(`bench:alerts: the daily digest for ${SIZES.residents} residents`);
    const digestStarted = Date.now();
    const digestEmails = await app.get(DigestService).run(AlertFrequency.DAILY);
    const digestSeconds = (Date.now() - digestStarted) / 1000;
    log(`  digest: ${digestEmails} emails kept and queued in ${digestSeconds.toFixed(1)} s`);

    if (!FULL) {
      log('bench:alerts: a reduced data set: figures not written to docs/benchmarks.md');
      return;
    }
    const section = [
      '<!-- alerts:start -->',
      '## Alerts (`npm run bench:alerts`)',
      '',
      `Run ${new Date().toISOString().slice(0, 10)} on ${await machineDescription(dataSource)}. The matching data set ` +
        `(${SIZES.residents} residents, ${SIZES.vacancies} vacancies); every resident has a JOBS saved search ` +
        '(a third each INSTANT, DAILY, WEEKLY; minimum score 0.25).',
      '',
      '| measure | figure | target |',
      '|---|---|---|',
      `| fan-out of one new vacancy (audience from the skills index, notices stored, instant emails kept and queued), p50 / p95 / mean over ${distinct.length} | ${fanOut.p50.toFixed(0)} / ${fanOut.p95.toFixed(0)} / ${fanOut.mean.toFixed(0)} ms | ≤ 1 s |`,
      `| notices stored by those fan-outs | ${told} | |`,
      `| daily digest for all ${SIZES.residents} residents (two notices each): emails composed, kept and queued | ${digestSeconds.toFixed(1)} s (${digestEmails} emails) | ≤ 10 min |`,
      '<!-- alerts:end -->',
    ].join('\n');
    writeBenchmarkSection('alerts', section);
    log('bench:alerts: written to docs/benchmarks.md');
  } finally {
    await app.close();
    await bench.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
