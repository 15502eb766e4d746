import 'reflect-metadata';
import { RuntimeConfig } from '@app/config';
import {
  CandidateMatchingService,
  credit,
  matchableVacancy,
  ProgrammeMatchingService,
  scoreSql,
  VacancyMatchingService,
  weightSql,
} from '@app/matching';
import { londonToday } from '@app/reference';
import {
  freshBenchDatabase,
  machineDescription,
  BENCHMARKS_FILE,
  writeBenchmarkSection,
  timeEach,
} from './bench-database';
import { generateMatchingData, SIZES } from './matching-data';
import { baselinePathways, baselineProgrammeMatches } from './programme-baseline';

const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 500);
const BASELINE_REQUESTS = Number(process.env.BENCH_BASELINE_REQUESTS ?? 100);
const SLOW_REQUESTS = Number(process.env.BENCH_SLOW_REQUESTS ?? REQUESTS);
// The one-query baseline of programme matches and pathways takes minutes per resident: a few of them.
const PROGRAMME_BASELINE_REQUESTS = Number(process.env.BENCH_PROGRAMME_BASELINE_REQUESTS ?? 3);

/** Deterministic sample: the k-th resident or vacancy of a generated set, spread over the whole range. */
const sample = (prefix: string, size: number, count: number) =>
  Array.from({ length: count }, (_, k) => `md5('${prefix}' || ${1 + ((k * 7919) % size)})`);

/**
 * `npm run bench:matching`: builds the MATCHING.md data set, then measures each matching query over many residents
 * (server time: the matching service and its SQL, in process, no HTTP) and, in the same run, the straightforward
 * implementation it must beat: score every open vacancy (or every consenting resident) in one SQL query.
 */
async function main() {
  const log = (line: string) => console.log(line);
  log('bench:matching: building the data set');
  const bench = await freshBenchDatabase('brokerage_bench_matching');
  const { dataSource } = bench;
  try {
    const started = Date.now();
    await generateMatchingData(dataSource, log);
    const buildSeconds = (Date.now() - started) / 1000;
    const counts = (
      await dataSource.query(`SELECT
      (SELECT count(*) FROM skills)::int AS skills, (SELECT count(*) FROM vacancies)::int AS vacancies,
      (SELECT count(*) FROM vacancy_requirements)::int AS requirements, (SELECT count(*) FROM programmes)::int AS programmes,
      (SELECT count(*) FROM cohorts)::int AS cohorts, (SELECT count(*) FROM users WHERE role = 'RESIDENT')::int AS residents,
      (SELECT count(*) FROM resident_skills)::int AS resident_skills`)
    )[0];
    log(`bench:matching: data set ${JSON.stringify(counts)} built in ${buildSeconds.toFixed(0)} s`);

    const residentIds: string[] = (
      await dataSource.query(
        `SELECT ${sample('resident', SIZES.residents, REQUESTS)
          .map((e) => `${e}::uuid`)
          .join(' AS id UNION ALL SELECT ')} AS id`,
      )
    ).map((r: { id: string }) => r.id);
    const vacancyIds: string[] = (
      await dataSource.query(
        `SELECT ${sample('vacancy', SIZES.vacancies, REQUESTS)
          .map((e) => `${e}::uuid`)
          .join(' AS id UNION ALL SELECT ')} AS id`,
      )
    ).map((r: { id: string }) => r.id);

    const vacancies = new VacancyMatchingService(dataSource);
    const programmes = new ProgrammeMatchingService(dataSource);
    const candidates = new CandidateMatchingService(dataSource, { jwtSecret: 'bench' } as RuntimeConfig);

    const results: Record<string, Awaited<ReturnType<typeof timeEach>>> = {};
    const run = async (name: string, inputs: string[], work: (id: string) => Promise<unknown>, warmUp = true) => {
      if (warmUp) await work(inputs[0]);
      results[name] = await timeEach(inputs, work);
      log(
        `  ${name}: ${JSON.stringify(results[name], (_k, v) => (typeof v === 'number' ? Math.round(v * 10) / 10 : v))}`,
      );
    };

    log('bench:matching: measuring');
    await run('myVacancyMatches(first: 20)', residentIds, async (id) =>
      vacancies.matchVacancies(await vacancies.context(id), {}, 20),
    );
    // The first programme request loads both in-memory snapshots (vacancies and the programme catalogue).
    const loadStarted = Date.now();
    await programmes.matchProgrammes(await vacancies.context(residentIds[0]), {}, 20);
    const loadSeconds = (Date.now() - loadStarted) / 1000;
    log(`  first programme request (loads the snapshots): ${loadSeconds.toFixed(1)} s`);
    await run('myProgrammeMatches(first: 20)', residentIds.slice(0, SLOW_REQUESTS), async (id) =>
      programmes.matchProgrammes(await vacancies.context(id), {}, 20),
    );
    await run('myPathways(first: 10)', residentIds.slice(0, SLOW_REQUESTS), async (id) =>
      programmes.pathways(await vacancies.context(id), 10),
    );
    await run('vacancyCandidates(first: 20)', vacancyIds, (id) => candidates.candidates(id, 20));

    const today = londonToday();
    await run(
      'baseline: vacancy matches, every open vacancy scored in SQL',
      residentIds.slice(0, BASELINE_REQUESTS),
      (id) =>
        dataSource.query(
          `SELECT v.id, ${scoreSql(`sum(${credit('coalesce(s.level, 0)')})`, `sum(${weightSql()})`)} AS score
         FROM vacancies v JOIN organisations o ON o.id = v.employer_id
         JOIN vacancy_requirements r ON r.vacancy_id = v.id
         LEFT JOIN resident_skills s ON s.skill_id = r.skill_id AND s.user_id = $1
         WHERE ${matchableVacancy('$2')}
         GROUP BY v.id HAVING sum(coalesce(s.level, 0)) > 0
         ORDER BY score DESC, v.closes_on, v.id LIMIT 20`,
          [id, today],
        ),
    );
    await run(
      'baseline: candidates, every consenting resident scored in SQL',
      vacancyIds.slice(0, BASELINE_REQUESTS),
      (id) =>
        dataSource.query(
          `SELECT p.user_id, sum(${credit('coalesce(s.level, 0)')}) AS credit
         FROM resident_profiles p CROSS JOIN vacancy_requirements r
         LEFT JOIN resident_skills s ON s.user_id = p.user_id AND s.skill_id = r.skill_id
         WHERE r.vacancy_id = $1 AND p.share_profile_with_employers
         GROUP BY p.user_id HAVING sum(coalesce(s.level, 0)) > 0
         ORDER BY credit DESC, p.user_id LIMIT 20`,
          [id],
        ),
    );

    await run(
      'baseline: programme matches, one SQL query',
      residentIds.slice(0, PROGRAMME_BASELINE_REQUESTS),
      (id) => baselineProgrammeMatches(dataSource, id, today),
      false,
    );
    await run(
      'baseline: pathways, one SQL query',
      residentIds.slice(0, PROGRAMME_BASELINE_REQUESTS),
      (id) => baselinePathways(dataSource, id, today),
      false,
    );

    writeResults(await machineDescription(dataSource), counts, buildSeconds, loadSeconds, results);
    log(`bench:matching: results written to ${BENCHMARKS_FILE}`);
  } finally {
    await bench.close();
  }
}

function writeResults(
  machine: string,
  counts: Record<string, number>,
  buildSeconds: number,
  loadSeconds: number,
  results: Record<string, { runs: number; p50: number; p95: number; mean: number }>,
) {
  const ms = (value: number) => `${value.toFixed(1)} ms`;
  const target: Record<string, number> = {
    'myVacancyMatches(first: 20)': 30,
    'myProgrammeMatches(first: 20)': 150,
    'myPathways(first: 10)': 150,
    'vacancyCandidates(first: 20)': 150,
  };
  const baselineOf: Record<string, string> = {
    'myVacancyMatches(first: 20)': 'baseline: vacancy matches, every open vacancy scored in SQL',
    'vacancyCandidates(first: 20)': 'baseline: candidates, every consenting resident scored in SQL',
    'myProgrammeMatches(first: 20)': 'baseline: programme matches, one SQL query',
    'myPathways(first: 10)': 'baseline: pathways, one SQL query',
  };
  const rows = Object.entries(results).map(([name, r]) => {
    const goal = target[name];
    const baseline = baselineOf[name] ? results[baselineOf[name]] : undefined;
    const speedup = baseline ? `${(baseline.p50 / r.p50).toFixed(1)}× (p50)` : '';
    const verdict = goal === undefined ? '' : r.p95 <= goal ? `met (≤ ${goal} ms)` : `**missed** (target ${goal} ms)`;
    return `| ${name} | ${r.runs} | ${ms(r.p50)} | ${ms(r.p95)} | ${ms(r.mean)} | ${verdict} | ${speedup} |`;
  });
  const section = [
    '<!-- matching:start -->',
    '## Matching (`npm run bench:matching`)',
    '',
    `Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on ${machine}.`,
    `Data set (MATCHING.md "Speed", generated from a fixed seed in ${buildSeconds.toFixed(0)} s): ${counts.skills} skills,`,
    `${counts.vacancies} OPEN vacancies with ${counts.requirements} requirements, ${counts.programmes} programmes with`,
    `${counts.cohorts} cohorts, ${counts.residents} residents with ${counts.resident_skills} skills.`,
    'Server time: the matching service and its SQL, called in process for residents (or vacancies) spread over the',
    'whole data set, one at a time, after one warm-up call; no HTTP. Baselines run in the same process on the same data;',
    `the programme ones, at minutes each, on the first ${PROGRAMME_BASELINE_REQUESTS} residents only and without a warm-up call.`,
    `The first programme request of a process loads its in-memory snapshots: ${loadSeconds.toFixed(1)} s here (not in the figures).`,
    '',
    '| query | runs | p50 | p95 | mean | target (p95) | faster than the baseline |',
    '|---|---|---|---|---|---|---|',
    ...rows,
    '<!-- matching:end -->',
  ].join('\n');
  writeBenchmarkSection('matching', section);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
