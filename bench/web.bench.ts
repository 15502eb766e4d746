import 'reflect-metadata';
import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import autocannon from 'autocannon';
import { freePort, waitUntilReady } from './bench-process';
import { pacedUsers } from './paced-users';
import { DEMO_PASSWORD } from '../scripts/seed-demo';
import { DEMO_RESIDENTS } from '../scripts/demo/demo-catalogue.data';
import {
  freshBenchDatabase,
  machineDescription,
  percentile,
  BENCHMARKS_FILE,
  writeBenchmarkSection,
} from './bench-database';

const SECONDS = Number(process.env.BENCH_WEB_SECONDS ?? 8);
const CONNECTIONS = Number(process.env.BENCH_WEB_CONNECTIONS ?? 20);
/** How long each of the 20 people pauses on a page, on average, before asking for the next. */
const PAUSE_MS = Number(process.env.BENCH_WEB_PAUSE_MS ?? 1000);
const PACED_SECONDS = Number(process.env.BENCH_WEB_PACED_SECONDS ?? 15);
const BUILD = join(__dirname, '..');
const log = (line: string) => console.log(line);
/** Milliseconds to one decimal place, as the table shows them. */
const toTenths = (ms: number) => Math.round(ms * 10) / 10;

/**
 * `npm run bench:web`: the whole platform as `npm start` runs it (API, worker and pages in one process) on a scratch
 * database holding the demo catalogue, then (1) the bytes a first visit to `/`, `/courses` and `/jobs` transfers,
 * compressed, with every stylesheet and script the page loads; (2) on each main page in turn (search pages with their
 * filters too; the signed-in ones with the demo residents' sessions), 20 concurrent users twice: as people, who
 * pause on a page before the next (the target's reading, docs/decisions.md "Twenty concurrent users"), and with no
 * pause at all (autocannon, the page's throughput). The time measured is the server time plus a loopback round trip
 * (well under a millisecond). Writes both to docs/benchmarks.md (targets of WEB.md: a first visit ≤ 100 KB, p95
 * server time ≤ 100 ms).
 */
async function main() {
  const loadAtStart = loadavg()[0];
  log('bench:web: preparing the database');
  const bench = await freshBenchDatabase('brokerage_bench_web');
  let platform: ChildProcess | undefined;
  try {
    const env = {
      ...process.env,
      DATABASE_URL: bench.url,
      REDIS_URL: '',
      LOG_LEVEL: 'warn',
      RATE_LIMIT_PER_MINUTE: '0',
    };
    execFileSync(process.execPath, [join(BUILD, 'scripts/seed-demo.js')], {
      env: { ...env, NODE_ENV: 'development' },
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    // Statistics for the tables just filled, as a running database has them: otherwise the first pages measured meet
    // plans made without any, and autovacuum analysing the tables part-way through a page's run.
    await bench.dataSource.query('VACUUM ANALYZE');
    const port = await freePort();
    // Development mode: production's session cookie is Secure and this benchmark speaks plain HTTP.
    platform = spawn(process.execPath, [join(BUILD, 'apps/platform/src/main.js')], {
      env: {
        ...env,
        NODE_ENV: 'development',
        PORT: String(port),
        JWT_SECRET: randomBytes(32).toString('hex'),
        DATA_DIR: `/tmp/bench-web-${port}`,
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    const base = `http://127.0.0.1:${port}`;
    await waitUntilReady(base, platform, 'platform', 90_000);

    const firstVisits = [];
    for (const path of ['/', '/courses', '/jobs']) firstVisits.push({ path, ...(await firstVisitBytes(base, path)) });
    for (const visit of firstVisits) log(`  first visit ${visit.path}: ${JSON.stringify(visit)}`);

    const cookies: string[] = [];
    for (const resident of DEMO_RESIDENTS) cookies.push(await signIn(base, resident.email));
    const html = await (await fetch(`${base}/courses`)).text();
    const courseId = /href="\/courses\/([0-9a-f-]{36})"/.exec(html)![1];
    const jobId = /href="\/jobs\/([0-9a-f-]{36})"/.exec(await (await fetch(`${base}/jobs`)).text())![1];
    const pages: { label: string; path: string; signedIn?: boolean }[] = [
      { label: 'start page', path: '/' },
      { label: 'find a course', path: '/courses' },
      { label: 'find a course, searching', path: '/courses?q=data&funded=yes' },
      { label: 'find a course, starting soon', path: '/courses?starts=3-months' },
      { label: 'a course', path: `/courses/${courseId}` },
      { label: 'find a job', path: '/jobs' },
      { label: 'find a job, searching', path: '/jobs?q=developer' },
      { label: 'find a job, pay and hours', path: '/jobs?minSalary=20000&maxHours=40' },
      { label: 'a job', path: `/jobs/${jobId}` },
      { label: 'your account', path: '/account', signedIn: true },
      { label: 'jobs you match', path: '/account/matches/jobs', signedIn: true },
      {
        label: 'courses you can apply for (with missing-answer hints)',
        path: '/account/matches/courses',
        signedIn: true,
      },
      { label: 'courses that lead to jobs', path: '/account/pathways', signedIn: true },
      { label: 'your skills, searching', path: '/account/skills?q=python', signedIn: true },
      { label: 'your applications', path: '/account/applications', signedIn: true },
    ];
    const results = [];
    for (const page of pages) {
      const pageCookies = page.signedIn ? cookies : [''];
      log(`bench:web: ${page.label} (${page.path}), ${CONNECTIONS} people pausing, ${PACED_SECONDS} s`);
      const people = await pacedPeople(base, page.path, pageCookies);
      log(`bench:web: ${page.label}, ${CONNECTIONS} users with no pause, ${SECONDS} s`);
      results.push({ ...page, people, ...(await cannon(base, page.path, pageCookies)) });
    }
    writeResults(
      `${await machineDescription(bench.dataSource)}, load average ${loadAtStart.toFixed(1)} when it started`,
      firstVisits,
      results,
    );
    log(`bench:web: results written to ${BENCHMARKS_FILE}`);
  } finally {
    if (platform && platform.exitCode === null) {
      const exited = new Promise((done) => platform!.once('exit', done));
      platform.kill('SIGTERM');
      await exited;
    }
    await bench.close();
  }
}

/** Compressed bytes on the wire for one response (headers excluded), as a browser asking for gzip receives it. */
function wireBytes(url: string): Promise<{ bytes: number; body: string }> {
  return new Promise((done, fail) => {
    const request = httpRequest(url, { headers: { 'accept-encoding': 'gzip' } }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        const raw = Buffer.concat(chunks);
        const body = response.headers['content-encoding'] === 'gzip' ? gunzipSync(raw).toString() : raw.toString();
        done({ bytes: raw.length, body });
      });
    });
    request.on('error', fail);
    request.end();
  });
}

/** A first visit: the page, its stylesheets and scripts, and the modules those scripts import. */
async function firstVisitBytes(base: string, path: string) {
  const page = await wireBytes(`${base}${path}`);
  let assets = 0;
  const pending = [...page.body.matchAll(/(?:href|src)="(\/assets\/[^"]+)"/g)].map((m) => m[1]);
  const seen = new Set<string>();
  while (pending.length) {
    const asset = pending.pop()!;
    if (seen.has(asset)) continue;
    seen.add(asset);
    const loaded = await wireBytes(`${base}${asset}`);
    assets += loaded.bytes;
    if (asset.endsWith('.js'))
      pending.push(...[...loaded.body.matchAll(/from ?'(\/assets\/[^']+)'/g)].map((m) => m[1]));
  }
  return { htmlBytes: page.bytes, assetBytes: assets, totalBytes: page.bytes + assets, files: seen.size + 1 };
}

async function signIn(base: string, email: string): Promise<string> {
  const form = await fetch(`${base}/sign-in`);
  const cookie = (form.headers.get('set-cookie') ?? '').split(';')[0];
  const csrf = /name="_csrf" value="([^"]+)"/.exec(await form.text())![1];
  const answer = await fetch(`${base}/sign-in`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie },
    body: new URLSearchParams({ _csrf: csrf, email, password: DEMO_PASSWORD }).toString(),
  });
  if (answer.headers.get('location') !== '/account') throw new Error(`could not sign in as ${email}`);
  return (answer.headers.get('set-cookie') ?? '').split(';')[0];
}

async function pacedPeople(base: string, path: string, cookies: string[]) {
  const run = await pacedUsers(base, path, cookies, { users: CONNECTIONS, pauseMs: PAUSE_MS, seconds: PACED_SECONDS });
  if (run.failed > 0) log(`  WARNING: ${path} did not answer 200 every time`);
  const measured = {
    requests: run.requests,
    p50: toTenths(percentile(run.sortedMs, 50)),
    p95: toTenths(percentile(run.sortedMs, 95)),
    failed: run.failed,
  };
  log(`  ${JSON.stringify(measured)}`);
  return measured;
}

async function cannon(base: string, path: string, cookies: string[]) {
  const times: number[] = [];
  const instance = autocannon({
    url: base,
    connections: CONNECTIONS,
    duration: SECONDS,
    requests: cookies.map((cookie) => ({
      method: 'GET',
      path,
      headers: { 'accept-encoding': 'gzip', ...(cookie ? { cookie } : {}) },
    })),
  });
  instance.on('response', (_client, _status, _bytes, ms) => times.push(ms));
  const result = await instance;
  // A page that failed (an error page, a redirect to sign in) is fast and would flatter the p95: say so loudly.
  if (result.non2xx + result.errors + result.timeouts > 0) log(`  WARNING: ${path} did not answer 200 every time`);
  times.sort((a, b) => a - b);
  const measured = {
    requests: result.requests.total,
    rps: Math.round(result.requests.average),
    p50: toTenths(percentile(times, 50)),
    p95: toTenths(percentile(times, 95)),
    failed: result.non2xx + result.errors + result.timeouts,
  };
  log(`  ${JSON.stringify(measured)}`);
  return measured;
}

function writeResults(
  machine: string,
  visits: { path: string; htmlBytes: number; assetBytes: number; totalBytes: number; files: number }[],
  pages: {
    label: string;
    path: string;
    people: { requests: number; p50: number; p95: number; failed: number };
    requests: number;
    rps: number;
    p50: number;
    p95: number;
    failed: number;
  }[],
) {
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  const section = [
    '<!-- web:start -->',
    '## Web pages (`npm run bench:web`)',
    '',
    `Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on ${machine}.`,
    'The platform as `npm start` runs it (API, worker and pages in one process, queues on PostgreSQL, rate limits off) on',
    'a scratch database holding the demo catalogue; requests from the benchmark process on the same machine.',
    '',
    'First visit (nothing cached; gzip; HTML, stylesheets, scripts and the modules they import). Target: ≤ 100 KB.',
    '',
    '| page | HTML | assets | total | files |',
    '|---|---|---|---|---|',
    ...visits.map(
      (v) => `| \`${v.path}\` | ${kb(v.htmlBytes)} | ${kb(v.assetBytes)} | ${kb(v.totalBytes)} | ${v.files} |`,
    ),
    '',
    `Server time under ${CONNECTIONS} concurrent users (signed-in pages with the ${DEMO_RESIDENTS.length} demo residents’ sessions in turn),`,
    `first as people: each pauses ${PAUSE_MS / 2000}–${(PAUSE_MS * 1.5) / 1000} s on a page before asking for the next, ${PACED_SECONDS} s a page.`,
    'Target: p95 ≤ 100 ms (docs/decisions.md "Twenty concurrent users").',
    `Then with no pause at all (autocannon, ${SECONDS} s a page): the page's throughput, where p95 is by Little's law mostly`,
    `waiting in line (${CONNECTIONS} ÷ requests a second).`,
    '',
    '| page | path | people: requests | p50 | **p95** | no pause: req/s | p50 | p95 | failed |',
    '|---|---|---|---|---|---|---|---|---|',
    ...pages.map(
      (p) =>
        `| ${p.label} | \`${p.path.replace(/[0-9a-f-]{36}/, ':id')}\` | ${p.people.requests} | ${p.people.p50} ms | **${p.people.p95} ms** | ${p.rps} | ${p.p50} ms | ${p.p95} ms | ${p.failed + p.people.failed} |`,
    ),
    '<!-- web:end -->',
  ].join('\n');
  writeBenchmarkSection('web', section);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
