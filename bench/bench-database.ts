import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../scripts/repo-root';
import { DataSource } from 'typeorm';
import {
  dataSourceOptions,
  ensureDatabaseExists,
  prepareDatabase,
  startEmbeddedPostgres,
  withDatabaseName,
} from '@app/database';
import { importEscoCsv, seedReferenceData } from '@app/reference';
import { Client } from 'pg';

export const ESCO_CSV = join(__dirname, '..', '..', '..', 'shared', 'data', 'esco-1.2.0-digital-skills.csv');

/**
 * A fresh database for a benchmark: on DATABASE_URL's server when set, else on the embedded server in DATA_DIR.
 * Migrated, with the reference data and, when the shared data is beside the repository, the full ESCO taxonomy.
 */
export async function freshBenchDatabase(
  name: string,
): Promise<{ url: string; dataSource: DataSource; close(): Promise<void> }> {
  const embedded = process.env.DATABASE_URL
    ? undefined
    : await startEmbeddedPostgres(process.env.DATA_DIR ?? './.data', () => undefined);
  const serverUrl = process.env.DATABASE_URL ?? embedded!.url;
  const admin = new Client({ connectionString: withDatabaseName(serverUrl, 'postgres') });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.end();
  const url = await ensureDatabaseExists(serverUrl, name);
  await prepareDatabase(url, [seedReferenceData]);
  const dataSource = await new DataSource(dataSourceOptions(url, [], 4)).initialize();
  if (existsSync(ESCO_CSV)) {
    await dataSource.transaction((manager) => importEscoCsv(manager, readFileSync(ESCO_CSV, 'utf8')));
  } else {
    console.warn(`bench: ${ESCO_CSV} not found: using the curated taxonomy only`);
  }
  return {
    url,
    dataSource,
    close: async () => {
      await dataSource.destroy();
      await embedded?.stop();
    },
  };
}

export function percentile(sortedMs: number[], p: number): number {
  if (sortedMs.length === 0) return NaN;
  const index = Math.min(sortedMs.length - 1, Math.ceil((p / 100) * sortedMs.length) - 1);
  return sortedMs[Math.max(0, index)];
}

/** Runs `work` for each input, returning p50/p95/mean in milliseconds (wall time, one at a time). */
export async function timeEach<T>(inputs: T[], work: (input: T) => Promise<unknown>) {
  const times: number[] = [];
  for (const input of inputs) {
    const start = process.hrtime.bigint();
    await work(input);
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((a, b) => a - b);
  return {
    runs: times.length,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    mean: times.reduce((a, b) => a + b, 0) / times.length,
  };
}

/** The machine a figure was measured on, for docs/benchmarks.md. */
export async function machineDescription(dataSource: DataSource): Promise<string> {
  const os = await import('node:os');
  const [{ version }] = await dataSource.query('SELECT version()');
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  return `${os.cpus().length} cores (${cpu}), ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${String(version).split(' on ')[0]}`;
}

/** docs/benchmarks.md of the repository, wherever the bench was compiled to. */
export const BENCHMARKS_FILE = join(repoRoot(__dirname), 'docs', 'benchmarks.md');

/**
 * Replaces one benchmark's section of docs/benchmarks.md (between `<!-- name:start -->` and `<!-- name:end -->`,
 * which `section` includes), or appends it; the other benchmarks' sections are left as they are.
 */
export function writeBenchmarkSection(name: string, section: string): void {
  const current = existsSync(BENCHMARKS_FILE)
    ? readFileSync(BENCHMARKS_FILE, 'utf8')
    : '# Benchmarks\n\nFigures written by `npm run bench:*`; each section is replaced by its own benchmark.\n';
  const marked = new RegExp(`<!-- ${name}:start -->[\\s\\S]*<!-- ${name}:end -->`);
  writeFileSync(
    BENCHMARKS_FILE,
    marked.test(current) ? current.replace(marked, () => section) : `${current.trimEnd()}\n\n${section}\n`,
  );
}
