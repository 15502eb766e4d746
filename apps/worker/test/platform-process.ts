import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { TestApp } from '@app/testing';
import { freePort } from './throwaway-redis';
import { waitFor } from './worker-processes';

const ROOT = join(__dirname, '..', '..', '..');

/** The platform as `npm start` runs it (apps/platform: API, worker and pages in one process), from a test build, with its output kept. */
type Readiness = { status?: string; checks?: Record<string, { status: string; detail?: string }> };

export interface PlatformProcess {
  child: ChildProcess;
  url: string;
  /** Everything it printed so far, stdout and stderr apart. */
  stdout: string[];
  stderr: string[];
  exited: Promise<number | null>;
  /** GET /health/ready: the status code and the body. */
  ready(): Promise<{ status: number; body: Readiness }>;
  gql<T = Record<string, unknown>>(
    query: string,
    variables: object,
    token: string,
  ): Promise<{ data?: T; errors?: unknown[] }>;
}

/**
 * Starts it on the test API's database (`api`), or with no `api` on an embedded PostgreSQL in `env.DATA_DIR`.
 * `viaShell`: started as `sh -c "node …; …"`, so that the process is a child of a shell, as under `npm start`.
 */
export async function startPlatformProcess(
  build: string,
  api: TestApp | undefined,
  env: Record<string, string>,
  { viaShell = false } = {},
): Promise<PlatformProcess> {
  const port = await freePort();
  const main = join(build, 'apps/platform/src/main.js');
  const [command, args] = viaShell
    ? ['sh', ['-c', `"${process.execPath}" "${main}"; echo "platform exited $?"`]]
    : [process.execPath, [main]];
  const child = spawn(command, args, {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: 'test',
      LOG_LEVEL: 'warn',
      PORT: String(port),
      DATABASE_URL: api?.config.databaseUrl ?? '',
      REDIS_URL: '',
      JWT_SECRET: api?.config.jwtSecret ?? 'a test secret of at least thirty-two characters',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true, // its own process group, so a test can kill the whole of it at once
  });
  const stdout: string[] = [];
  const stderr: string[] = [];
  child.stdout!.on('data', (chunk: Buffer) => stdout.push(chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => stderr.push(chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const url = `http://127.0.0.1:${port}`;
  const platform: PlatformProcess = {
    child,
    url,
    stdout,
    stderr,
    exited,
    async ready() {
      const response = await fetch(`${url}/health/ready`, { signal: AbortSignal.timeout(5_000) });
      return { status: response.status, body: (await response.json()) as Readiness };
    },
    async gql(query, variables, token) {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query, variables }),
        signal: AbortSignal.timeout(30_000),
      });
      return (await response.json()) as { data?: never; errors?: unknown[] };
    },
  };
  await waitFor(
    'the platform process to be ready',
    async () => {
      if (child.exitCode !== null) throw new Error(`the platform exited ${child.exitCode}: ${stderr.join('')}`);
      const answer = await platform.ready().catch(() => undefined);
      return answer?.status === 200 ? true : undefined;
    },
    60_000,
    100,
  );
  return platform;
}
