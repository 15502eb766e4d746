import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { parseEnvironment, RuntimeConfig } from '@app/config';
import { CohortService, DeliveryMode, ProgrammeKind, ProgrammeService, Residency } from '@app/catalogue';
import { withDatabaseName } from '@app/database';
import { IdentityService, OrganisationKind, TokenService } from '@app/identity';
import { addDays, londonToday, SkillLevel, WARD_SEED } from '@app/reference';
import { ApiModule } from '../apps/api/src/api.module';
import { freshBenchDatabase, machineDescription, BENCHMARKS_FILE, writeBenchmarkSection } from './bench-database';

const DATABASE = 'brokerage_bench_import';
const ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 5_000);
const TARGET_SECONDS = 10;

const COLUMNS = [
  'learner_ref',
  'furthest_stage',
  'withdrawn',
  'enquired_on',
  'date_of_birth',
  'ward_code',
  'employment_status',
  'ethnicity',
  'gender',
  'trans',
  'disability',
  'completion_date',
  'qualifications_achieved',
  'outcome_type',
  'outcome_start_date',
  'salary_pence',
  'hours_per_week',
];
const STAGES = ['ENQUIRED', 'APPLIED', 'OFFERED', 'ENROLLED', 'COMPLETED'];
const EMPLOYMENT = [
  'UNEMPLOYED',
  'EMPLOYED_LOW_PAID',
  'EMPLOYED',
  'SELF_EMPLOYED',
  'IN_EDUCATION',
  'ECONOMICALLY_INACTIVE',
];
const ETHNICITIES = ['WHITE_BRITISH', 'WHITE_OTHER', 'MIXED_OTHER', 'ASIAN_PAKISTANI', 'ASIAN_INDIAN', 'BLACK_AFRICAN'];
const GENDERS = ['WOMAN', 'MAN', 'NON_BINARY', 'PREFER_NOT_TO_SAY'];
const YES_NO = ['YES', 'NO', 'PREFER_NOT_TO_SAY'];
const OUTCOMES = ['NEW_JOB', 'NEW_ROLE_WITH_EMPLOYER', 'SELF_EMPLOYMENT', 'APPRENTICESHIP', 'FURTHER_LEARNING'];

/** A small seeded generator (mulberry32), so every run imports the same file. */
function seeded(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    int: (from: number, to: number) => from + Math.floor(next() * (to - from + 1)),
    pick: <T>(items: readonly T[]) => items[Math.floor(next() * items.length)],
    chance: (p: number) => next() < p,
  };
}

/**
 * A learner-level return of `rows` learners for a cohort that started on `cohortStart` and lasted 12 weeks: a funnel
 * shaped like a bootcamp's (many enquiries, fewer starts), withdrawals, demographics in every column, completions with
 * qualifications, and outcomes for most completers.
 */
export function learnerReturnCsv(rows: number, cohortStart: string): string {
  const random = seeded(20260601);
  const wards = [...WARD_SEED.map((ward) => ward.code), 'OUTSIDE_MANCHESTER'];
  const lines = [COLUMNS.join(',')];
  for (let i = 0; i < rows; i += 1) {
    const roll = random.int(1, 100);
    const stage = STAGES[roll <= 30 ? 0 : roll <= 45 ? 1 : roll <= 55 ? 2 : roll <= 70 ? 3 : 4];
    const completed = stage === 'COMPLETED';
    const enquiredOn = addDays(cohortStart, -random.int(7, 90));
    const completionDate = completed ? addDays(cohortStart, 84 + random.int(0, 14)) : '';
    const outcome = completed && random.chance(0.7);
    // At most 98 + 240 days after a start 400 days ago: never in the future.
    const outcomeStart = outcome ? addDays(completionDate, random.int(0, 240)) : '';
    const employed = outcome && random.chance(0.8);
    lines.push(
      [
        `MCR-${String(i + 1).padStart(6, '0')}`,
        stage,
        !completed && random.chance(0.2) ? 'true' : 'false',
        enquiredOn,
        addDays(enquiredOn, -random.int(17 * 365, 60 * 365)),
        random.pick(wards),
        random.pick(EMPLOYMENT),
        random.pick(ETHNICITIES),
        random.pick(GENDERS),
        random.pick(YES_NO),
        random.pick(YES_NO),
        completionDate,
        completed ? 'Level 3 Certificate in Digital Skills;Cloud Practitioner' : '',
        outcome ? random.pick(OUTCOMES) : '',
        outcomeStart,
        employed ? String(random.int(2_200_000, 4_500_000)) : '',
        employed ? String(random.int(32, 80) / 2) : '',
      ].join(','),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}

/**
 * `npm run bench:import`: a 5,000-learner return (API.md "Outcomes") posted as CSV over HTTP to the API on its own
 * database (`brokerage_bench_import` on DATABASE_URL's server, or the embedded one), timed end to end; then the same
 * file again, which must change nothing. Writes its section of docs/benchmarks.md. Not part of CI.
 */
async function main() {
  const log = (line: string) => console.log(line);
  const bench = await freshBenchDatabase(DATABASE);
  const env = parseEnvironment({
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    JWT_SECRET: randomBytes(32).toString('hex'),
  });
  const config: RuntimeConfig = {
    env,
    dataDir: env.DATA_DIR,
    databaseUrl: bench.url,
    embeddedDatabase: false,
    jwtSecret: env.JWT_SECRET!,
    queue: { backend: 'postgres', prefix: `bench-${DATABASE}` },
  };
  const app = await NestFactory.create<NestExpressApplication>(ApiModule.forRoot(config), {
    logger: ['error', 'warn'],
  });
  app.useBodyParser('json', { limit: '1mb' });
  await app.listen(0, '127.0.0.1');
  try {
    const { port } = app.getHttpServer().address() as { port: number };
    const identity = app.get(IdentityService);
    const { user } = await identity.registerOrganisation({
      email: 'returns@bench.example.org',
      password: 'bench password long enough',
      displayName: 'Bench provider',
      organisationName: 'Bench Training Ltd',
      kind: OrganisationKind.PROVIDER,
    });
    await identity.verifyOrganisation(user.organisationId!);
    const token = app.get(TokenService).issue(user.id).accessToken;
    const [{ id: skillId }] = await bench.dataSource.query('SELECT id FROM skills ORDER BY name LIMIT 1');
    const programmes = app.get(ProgrammeService);
    const programme = await programmes.create(user, {
      kind: ProgrammeKind.BOOTCAMP,
      title: 'Digital Skills Bootcamp',
      summary: 'A bootcamp that ran before the platform.',
      skillsTaught: [{ skillId, level: SkillLevel.WORKING }],
      durationWeeks: 12,
      hoursPerWeek: 15,
      delivery: DeliveryMode.HYBRID,
      fullyFunded: true,
      eligibility: { residency: Residency.ANY },
    });
    const today = londonToday();
    const cohortStart = addDays(today, -400);
    const cohort = await app.get(CohortService).create(user, {
      programmeId: programme.id,
      startDate: cohortStart,
      endDate: addDays(cohortStart, 84),
      applicationsCloseOn: addDays(cohortStart, -7),
      capacity: ROWS,
    });

    const csv = learnerReturnCsv(ROWS, cohortStart);
    const bytes = Buffer.byteLength(csv);
    log(`bench:import: ${ROWS} rows, ${(bytes / 1024).toFixed(0)} KiB of CSV`);
    const post = async () => {
      const started = process.hrtime.bigint();
      const response = await fetch(`http://127.0.0.1:${port}/api/cohorts/${cohort.id}/learners.csv`, {
        method: 'POST',
        headers: { 'content-type': 'text/csv', authorization: `Bearer ${token}` },
        body: csv,
      });
      const body = (await response.json()) as Record<string, unknown>;
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      if (response.status !== 200 || (body.errors as unknown[]).length) {
        throw new Error(`import failed: ${response.status} ${JSON.stringify(body).slice(0, 2000)}`);
      }
      return { seconds, body };
    };
    const first = await post();
    log(`  first import: ${first.seconds.toFixed(2)} s ${JSON.stringify(first.body)}`);
    const again = await post();
    log(`  same file again: ${again.seconds.toFixed(2)} s ${JSON.stringify(again.body)}`);
    if (first.body.created !== ROWS || again.body.unchanged !== ROWS) throw new Error('unexpected counts');

    const [written] = await bench.dataSource.query(
      `SELECT (SELECT count(*) FROM enrolments)::int AS enrolments,
              (SELECT count(*) FROM enrolment_status_changes)::int AS history,
              (SELECT count(*) FROM outcomes)::int AS outcomes,
              (SELECT count(*) FROM audit_entries)::int AS audit,
              (SELECT places_taken FROM cohorts WHERE id = $1) AS places`,
      [cohort.id],
    );
    log(`  written: ${JSON.stringify(written)}`);
    writeResults(await machineDescription(bench.dataSource), bytes, first.seconds, again.seconds, written);
    log(`bench:import: results written to ${BENCHMARKS_FILE}`);
  } finally {
    await app.close();
    const admin = new Client({ connectionString: withDatabaseName(bench.url, 'postgres') });
    await bench.dataSource.destroy();
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`);
    await admin.end();
    await bench.close().catch(() => undefined);
  }
}

function writeResults(
  machine: string,
  bytes: number,
  firstSeconds: number,
  againSeconds: number,
  written: Record<string, number>,
) {
  const verdict = (seconds: number) =>
    seconds < TARGET_SECONDS ? `met (< ${TARGET_SECONDS} s)` : `**missed** (target ${TARGET_SECONDS} s)`;
  const section = [
    '<!-- import:start -->',
    '## Learner-level return (`npm run bench:import`)',
    '',
    `Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on ${machine}.`,
    `One ${ROWS}-row \`POST /api/cohorts/:id/learners.csv\` (${(bytes / 1024).toFixed(0)} KiB, all 17 columns,`,
    'generated from a fixed seed) to the API over HTTP on localhost, for a past cohort with room for all; wall time from',
    `sending the request to reading the JSON answer. It wrote ${written.enrolments} enrolments with their snapshots,`,
    `${written.history} history entries, ${written.audit} audit entries and ${written.outcomes} outcomes`,
    `(${written.places} places taken). The same file sent again must change nothing.`,
    '',
    '| request | wall time | rows per second | target |',
    '|---|---|---|---|',
    `| first import (all created) | ${firstSeconds.toFixed(2)} s | ${(ROWS / firstSeconds).toFixed(0)} | ${verdict(firstSeconds)} |`,
    `| same file again (all unchanged) | ${againSeconds.toFixed(2)} s | ${(ROWS / againSeconds).toFixed(0)} | ${verdict(againSeconds)} |`,
    '<!-- import:end -->',
  ].join('\n');
  writeBenchmarkSection('import', section);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
