import { ClientRequest, IncomingMessage, request } from 'node:http';
import { createConnection } from 'node:net';
import { rmSync } from 'node:fs';
import { TestApp } from '@app/testing';
import { startApi } from '../../platform/test/test-platform';
import { PlatformProcess, startPlatformProcess } from './platform-process';
import { buildWorker, waitFor } from './worker-processes';

/**
 * Graceful drain on a deploy (docs/operations.md "Stopping"): the platform as `npm start` runs it gets SIGTERM with
 * 30 requests in flight. Readiness must answer 503 at once while GraphQL is still served; after the drain period the
 * server stops accepting connections, and every request received before that is answered: none is reset.
 *
 * "In flight" is made exact rather than raced: each request is sent with `Expect: 100-continue` and its body held
 * back, so the server has parsed its headers (it answered 100 Continue) and is waiting for the body when the signal
 * arrives; the bodies are sent only once the server refuses new connections, i.e. after the drain period.
 */
const DRAIN_MS = 1_000;
const IN_FLIGHT = 30;
const BODY = JSON.stringify({ query: '{ wards { code } }' });

describe('graceful drain on SIGTERM (e2e)', () => {
  let api: TestApp;
  let build: string;
  let platform: PlatformProcess | undefined;

  beforeAll(async () => {
    api = await startApi({ withoutProcessors: true });
    build = buildWorker('test-drain-build');
  }, 120_000);

  afterAll(async () => {
    if (platform && platform.child.exitCode === null) platform.child.kill('SIGKILL');
    await api?.close();
    if (build) rmSync(build, { recursive: true, force: true });
  });

  it('answers every request in flight (none reset), readiness 503 from the signal, then exits 0', async () => {
    platform = await startPlatformProcess(build, api, {
      SHUTDOWN_DRAIN_MS: String(DRAIN_MS),
      QUEUE_PREFIX: `drain-${process.pid}`,
    });
    const { port } = new URL(platform.url);

    const held = await Promise.all(Array.from({ length: IN_FLIGHT }, () => holdRequest(Number(port))));
    platform.child.kill('SIGTERM');
    const signalledAt = Date.now();

    const notReady = await waitFor('readiness to answer 503', async () => {
      const answer = await platform!.ready();
      return answer.status === 503 ? answer : undefined;
    });
    const notReadyAfterMs = Date.now() - signalledAt;
    expect(notReady.body.status).toBe('shutting down');
    // Still serving during the drain: a new request is answered, and told the connection will close.
    const during = await fetch(`${platform.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: BODY,
    });
    expect(during.status).toBe(200);
    expect(during.headers.get('connection')).toBe('close');

    await waitFor('the server to stop accepting connections', async () =>
      (await connectionRefused(Number(port))) ? true : undefined,
    );
    const refusedAfterMs = Date.now() - signalledAt;
    expect(refusedAfterMs).toBeGreaterThanOrEqual(DRAIN_MS);

    const answers = await Promise.all(held.map((pending) => pending.finish()));
    const resets = answers.filter((answer) => answer.error).length;
    console.log(
      `drain: readiness 503 ${notReadyAfterMs} ms after SIGTERM, connections refused after ${refusedAfterMs} ms, ` +
        `${answers.length - resets} of ${IN_FLIGHT} held requests answered, ${resets} reset`,
    );
    expect(answers.map((answer) => answer.error ?? answer.status)).toEqual(Array(IN_FLIGHT).fill(200));
    for (const answer of answers) expect(JSON.parse(answer.body!).data.wards.length).toBe(32);
    expect(await platform.exited).toBe(0);
  }, 60_000);
});

interface HeldRequest {
  /** Sends the body and resolves with the answer, or with the socket error (ECONNRESET, …). */
  finish(): Promise<{ status?: number; body?: string; error?: string }>;
}

/** A GraphQL POST on a connection of its own whose headers the server has read (100 Continue) and whose body waits. */
function holdRequest(port: number): Promise<HeldRequest> {
  return new Promise((resolve, reject) => {
    const outcome = new Promise<{ status?: number; body?: string; error?: string }>((done) => {
      const call: ClientRequest = request(
        {
          host: '127.0.0.1',
          port,
          method: 'POST',
          path: '/graphql',
          agent: false,
          headers: {
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(BODY),
            expect: '100-continue',
          },
        },
        (response: IncomingMessage) => {
          let body = '';
          response.on('data', (chunk: Buffer) => (body += chunk.toString()));
          response.on('end', () => done({ status: response.statusCode, body }));
          response.on('error', (error: NodeJS.ErrnoException) => done({ error: error.code ?? error.message }));
        },
      );
      call.on('error', (error: NodeJS.ErrnoException) => {
        done({ error: error.code ?? error.message });
        reject(error);
      });
      call.on('continue', () =>
        resolve({
          finish: () => {
            call.end(BODY);
            return outcome;
          },
        }),
      );
      call.flushHeaders();
    });
  });
}

function connectionRefused(port: number): Promise<boolean> {
  return new Promise((done) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      done(false);
    });
    socket.once('error', (error: NodeJS.ErrnoException) => done(error.code === 'ECONNREFUSED'));
  });
}
