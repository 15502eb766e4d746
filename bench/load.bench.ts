import 'reflect-metadata';
import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { freePort, waitUntilReady } from './bench-process';
import { DEMO_PASSWORD } from '../scripts/seed-demo';
import { DEMO_RESIDENTS } from '../scripts/demo/demo-catalogue.data';
import {
  freshBenchDatabase,
  machineDescription,
  percentile,
  BENCHMARKS_FILE,
  writeBenchmarkSection,
} from './bench-database';

const SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 20);
const CONNECTIONS = Number(process.env.BENCH_LOAD_CONNECTIONS ?? 10);
const BUILD = join(__dirname, '..'); // dist/ (npm run bench:load) or any other swc output of the repository
const log = (line: string) => console.log(line);

interface Request {
  label: string;
  body: string;
  token?: string;
}

/**
 * `npm run bench:load`: the API as a process of its own (`npm run start:api`, NODE_ENV=production, queues on
 * PostgreSQL) on a scratch database holding the demo catalogue (scripts/seed-demo.ts), then autocannon against it
 * from this process: first a realistic mix of public searches, residents' matches and profile writes with the
 * demo residents' tokens, then, on the same server, the trivial `{ __typename }` for the same time. Writes the
 * throughput and p95 of both, and their ratio, to docs/benchmarks.md.
 */
async function main() {
  log('bench:load: preparing the database');
  const bench = await freshBenchDatabase('brokerage_bench_load');
  let api: ChildProcess | undefined;
  try {
    const env = {
      ...process.env,
      DATABASE_URL: bench.url,
      REDIS_URL: '', // the queues on BullMQ's PostgreSQL backend, in the same database
      LOG_LEVEL: 'warn',
      RATE_LIMIT_PER_MINUTE: '0', // measuring the server, not the limiter
    };
    execFileSync(process.execPath, [join(BUILD, 'scripts/seed-demo.js')], {
      env: { ...env, NODE_ENV: 'development' },
      stdio: ['ignore', 'inherit', 'inherit'],
    });

    const port = await freePort();
    api = spawn(process.execPath, [join(BUILD, 'apps/api/src/main.js')], {
      env: { ...env, NODE_ENV: 'production', PORT: String(port), JWT_SECRET: randomBytes(32).toString('hex') },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    const base = `http://127.0.0.1:${port}`;
    await waitUntilReady(base, api, 'API', 60_000);

    const tokens: string[] = [];
    for (const resident of DEMO_RESIDENTS) {
      const response = await post(base, {
        query: `mutation ($i: LoginInput!) { login(input: $i) { accessToken } }`,
        variables: { i: { email: resident.email, password: DEMO_PASSWORD } },
      });
      tokens.push(response.data.login.accessToken);
    }
    const skills = await post(base, { query: `{ skills(search: "data", first: 6) { edges { node { id } } } }` });
    const skillIds: string[] = skills.data.skills.edges.map((edge: { node: { id: string } }) => edge.node.id);

    const mix = realisticMix(tokens, skillIds);
    // Every request of the mix once, checked, before timing: a broken query would otherwise be measured as fast.
    for (const request of mix) {
      const answer = await post(base, JSON.parse(request.body), request.token);
      if (answer.errors) throw new Error(`${request.label} failed: ${JSON.stringify(answer.errors)}`);
    }
    const counts = mix.reduce<Record<string, number>>((acc, r) => ({ ...acc, [r.label]: (acc[r.label] ?? 0) + 1 }), {});
    log(`bench:load: mix per cycle ${JSON.stringify(counts)}`);

    log(`bench:load: realistic mix, ${SECONDS} s, ${CONNECTIONS} connections`);
    const realistic = await cannon(base, mix);
    log(`bench:load: trivial { __typename }, ${SECONDS} s, ${CONNECTIONS} connections`);
    const trivial = await cannon(base, [{ label: 'trivial', body: JSON.stringify({ query: '{ __typename }' }) }]);

    writeResults(await machineDescription(bench.dataSource), counts, realistic, trivial);
    log(`bench:load: results written to ${BENCHMARKS_FILE}`);
  } finally {
    if (api && api.exitCode === null) {
      const exited = new Promise((done) => api!.once('exit', done));
      api.kill('SIGTERM');
      await exited;
    }
    await bench.close();
  }
}

/** One cycle of what each connection sends, over and over: about half public searches, a third matches, the rest writes. */
function realisticMix(tokens: string[], skillIds: string[]): Request[] {
  const gql = (label: string, query: string, variables: object = {}, token?: string): Request => ({
    label,
    body: JSON.stringify({ query, variables }),
    token,
  });
  const vacancies = (search: string) =>
    gql(
      'vacancies(search)',
      `query ($f: VacancyFilter) { vacancies(filter: $f, first: 20) { totalCount edges { node { id title } } } }`,
      { f: { search } },
    );
  const programmes = (search?: string) =>
    gql(
      search ? 'programmes(search)' : 'programmes',
      `query ($f: ProgrammeFilter) { programmes(filter: $f, first: 20) { totalCount edges { node { id title } } } }`,
      { f: search ? { search } : {} },
    );
  const vacancyMatches = (token: string) =>
    gql('myVacancyMatches', `{ myVacancyMatches(first: 20) { score fullyQualified vacancy { id title } } }`, {}, token);
  const programmeMatches = (token: string) =>
    gql(
      'myProgrammeMatches',
      `{ myProgrammeMatches(first: 20) { vacanciesOpened vacanciesImproved programme { id title } } }`,
      {},
      token,
    );
  const updateProfile = (token: string, hours: number) =>
    gql(
      'updateMyProfile',
      `mutation ($i: ResidentProfileInput!) { updateMyProfile(input: $i) { id hoursAvailablePerWeek } }`,
      { i: { hoursAvailablePerWeek: hours } },
      token,
    );
  const setSkills = (token: string, k: number) =>
    gql(
      'setMySkills',
      `mutation ($s: [ResidentSkillInput!]!) { setMySkills(skills: $s) { id } }`,
      {
        s: skillIds
          .filter((_, i) => (i + k) % 3 !== 0)
          .map((skillId, i) => ({ skillId, level: ['AWARENESS', 'WORKING', 'PRACTITIONER'][(i + k) % 3] })),
      },
      token,
    );

  const searches = ['data', 'developer', 'cyber', 'support', 'cloud', 'digital marketing', 'analyst', 'web'];
  const requests: Request[] = [];
  tokens.forEach((token, r) => {
    const next = tokens[(r + 1) % tokens.length];
    requests.push(
      vacancies(searches[r % searches.length]),
      programmes(),
      vacancyMatches(token),
      programmes(searches[(r + 3) % searches.length]),
      programmeMatches(token),
      vacancies(searches[(r + 5) % searches.length]),
      vacancyMatches(next),
      updateProfile(token, 10 + r),
      r % 2 === 0 ? setSkills(token, r) : programmeMatches(next),
    );
  });
  return requests;
}

interface Measured {
  requests: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  non2xx: number;
  errors: number;
}

async function cannon(base: string, requests: Request[]): Promise<Measured> {
  const times: number[] = [];
  const instance = autocannon({
    url: `${base}/graphql`,
    connections: CONNECTIONS,
    duration: SECONDS,
    requests: requests.map((request) => ({
      method: 'POST',
      path: '/graphql',
      headers: {
        'content-type': 'application/json',
        ...(request.token ? { authorization: `Bearer ${request.token}` } : {}),
      },
      body: request.body,
    })),
  });
  // Every response's own time, for percentiles autocannon does not report (it has p90 and p97.5, not p95).
  instance.on('response', (_client, _status, _bytes, ms) => times.push(ms));
  const result = await instance;
  times.sort((a, b) => a - b);
  const round = (ms: number) => Math.round(ms * 10) / 10;
  const measured = {
    requests: result.requests.total,
    rps: result.requests.average,
    p50: round(percentile(times, 50)),
    p95: round(percentile(times, 95)),
    p99: round(percentile(times, 99)),
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  };
  log(`  ${JSON.stringify(measured)}`);
  return measured;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- GraphQL answers of several shapes
async function post(base: string, body: object, token?: string): Promise<any> {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  return response.json();
}

function writeResults(machine: string, counts: Record<string, number>, realistic: Measured, trivial: Measured) {
  const row = (name: string, m: Measured) =>
    `| ${name} | ${m.requests} | ${m.rps.toFixed(0)} | ${m.p50} ms | ${m.p95} ms | ${m.p99} ms | ${m.non2xx + m.errors} |`;
  const section = [
    '<!-- load:start -->',
    '## Load (`npm run bench:load`)',
    '',
    `Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on ${machine}.`,
    'One API process (`npm run start:api`, NODE_ENV=production, queues on PostgreSQL, rate limits off) on a scratch',
    'database holding the demo catalogue (`npm run seed:demo`); autocannon in the benchmark process on the same machine,',
    `${CONNECTIONS} connections for ${SECONDS} s per row. The realistic mix cycles through, per connection:`,
    Object.entries(counts)
      .map(([label, n]) => `${n}× ${label}`)
      .join(', ') + `, with the ${DEMO_RESIDENTS.length} demo residents' tokens.`,
    'The trivial row is `{ __typename }` on the same server right after: the cost of HTTP, auth and GraphQL alone.',
    '',
    '| workload | requests | req/s | p50 | p95 | p99 | errors or non-2xx |',
    '|---|---|---|---|---|---|---|',
    row('realistic mix', realistic),
    row('trivial `{ __typename }`', trivial),
    '',
    `Realistic mix against trivial: ${(realistic.rps / trivial.rps).toFixed(2)}× the throughput, ` +
      `${(realistic.p95 / trivial.p95).toFixed(1)}× the p95 latency.`,
    '<!-- load:end -->',
  ].join('\n');
  writeBenchmarkSection('load', section);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
