import { AddressInfo } from 'node:net';
import { Client } from 'pg';
import { GOOD_PASSWORD, REGISTER_RESIDENT, RestartablePostgres, TestApp, uniqueEmail } from '@app/testing';
import { startApi } from '../../platform/test/test-platform';

/**
 * Fault drill (docs/operations.md "Fault drills"): PostgreSQL restarted under a stream of writes. The API runs as
 * `npm start` does (queue processors in process, queues on BullMQ's PostgreSQL backend) on an embedded PostgreSQL
 * server of this file's own, never the machine's shared one. The server is stopped and started again on the same
 * data directory and port while the API keeps running; the API must notice (readiness 503), recover by itself
 * (readiness 200, writes succeed again) and must not have lost any write it acknowledged.
 */
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
async function waitFor(what: string, probe: () => boolean, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!probe()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(50);
  }
}

describe('fault drill: PostgreSQL restarted under load (e2e)', () => {
  let api: TestApp;
  let postgres: RestartablePostgres;

  beforeAll(async () => {
    postgres = await RestartablePostgres.start('test-faults-pg', 'faults_drill');
    const { database } = postgres;
    // Every refused request is logged as an error: expected here, so the drill runs quietly.
    api = await startApi({ database, env: { LOG_LEVEL: 'silent' } });
  }, 120_000);

  afterAll(async () => {
    await api?.close();
  });

  it('readiness goes 503 while it is down and 200 after, writes resume without restarting the API, none acknowledged is lost', async () => {
    const { port: apiPort } = api.app.getHttpServer().address() as AddressInfo;
    const base = `http://127.0.0.1:${apiPort}`;
    const gql = async (query: string, variables: object, token?: string) => {
      const response = await fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
        signal: AbortSignal.timeout(10_000),
      });
      return (await response.json()) as { data?: Record<string, { accessToken?: string; user?: { id: string } }> };
    };

    // Readiness, polled every 100 ms throughout.
    const readiness: { at: number; status: number }[] = [];
    let polling = true;
    const poller = (async () => {
      while (polling) {
        const status = await fetch(`${base}/health/ready`, { signal: AbortSignal.timeout(5_000) }).then(
          (r) => r.status,
          () => 0,
        );
        readiness.push({ at: Date.now(), status });
        await sleep(100);
      }
    })();

    // Four writers, each: register a new resident, then rename itself to `writer <w> #<n>`, over and over.
    const acknowledgedEmails: string[] = [];
    const acknowledgedAt: number[] = [];
    let failed = 0;
    const lastAcked: number[] = [];
    const lastTried: number[] = [];
    const writerIds: string[] = [];
    let writing = true;
    let stoppedAt = 0;
    let restartedAt = 0;
    let ackedDuringOutage = 0;
    const writer = async (w: number) => {
      const first = await gql(REGISTER_RESIDENT, {
        input: { email: uniqueEmail(`writer${w}`), password: GOOD_PASSWORD, displayName: `writer ${w} #0` },
      });
      const token = first.data!.registerResident.accessToken!;
      writerIds[w] = first.data!.registerResident.user!.id;
      lastAcked[w] = 0;
      for (let n = 1; writing; n += 1) {
        const email = uniqueEmail(`stream${w}`);
        const registered = await gql(REGISTER_RESIDENT, {
          input: { email, password: GOOD_PASSWORD, displayName: 'Stream' },
        }).catch(() => undefined);
        if (registered?.data?.registerResident?.user?.id) {
          acknowledgedEmails.push(email);
          acknowledgedAt.push(Date.now());
        } else failed += 1;
        lastTried[w] = n;
        const renamed = await gql(
          `mutation ($i: ResidentProfileInput!) { updateMyProfile(input: $i) { displayName } }`,
          { i: { displayName: `writer ${w} #${n}` } },
          token,
        ).catch(() => undefined);
        if (renamed?.data?.updateMyProfile) lastAcked[w] = n;
        else {
          failed += 1;
          await sleep(250); // as a client would back off (and it keeps the API's error log short)
        }
      }
    };
    const writers = Promise.all([0, 1, 2, 3].map(writer));

    // BullMQ's in-process workers report the lost connections through console.error ("Unhandled error"): counted.
    const consoleErrors = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      await drill();
    } finally {
      consoleErrors.mockRestore();
      writing = false;
      polling = false;
      await Promise.allSettled([writers, poller]);
    }
    async function drill() {
      await waitFor('writes before the outage', () => acknowledgedEmails.length >= 10);
      expect(readiness.at(-1)?.status).toBe(200);

      const downAt = (stoppedAt = Date.now());
      await postgres.stop(); // SIGINT: PostgreSQL's fast shutdown, as `systemctl restart postgresql` does
      await waitFor('readiness to report the outage', () => readiness.some((r) => r.at > downAt && r.status === 503));
      const ackedBeforeOutage = acknowledgedEmails.length;
      await sleep(2_000); // down for a while, writes failing meanwhile
      ackedDuringOutage = acknowledgedEmails.length - ackedBeforeOutage;

      postgres.startAgain();
      const upAt = (restartedAt = Date.now());
      await waitFor('readiness to recover', () => readiness.some((r) => r.at > upAt && r.status === 200));
      await waitFor('writes to resume', () => acknowledgedAt.filter((at) => at > upAt).length >= 10);
    }

    const upAt = restartedAt;
    const downAt = stoppedAt;
    const firstReadyAfter = readiness.find((r) => r.at > upAt && r.status === 200)!.at - upAt;
    const firstWriteAfter = acknowledgedAt.find((at) => at > upAt)! - upAt;
    const firstNotReady = readiness.find((r) => r.at > downAt && r.status !== 200)!;
    console.log(
      `faults: PostgreSQL down ${upAt - downAt} ms; readiness ${firstNotReady.status} ${firstNotReady.at - downAt} ms after the stop, ` +
        `200 again ${firstReadyAfter} ms after the restart; first acknowledged write ${firstWriteAfter} ms after; ` +
        `${acknowledgedEmails.length} registrations acknowledged (${ackedDuringOutage} while down), ${failed} writes refused; ` +
        `${consoleErrors.mock.calls.length} console.error lines from the queue workers`,
    );

    // Readiness: 200, then 503 while down (never a hang: every probe answered), then 200 again.
    const statuses = readiness.map((r) => r.status);
    expect(statuses[0]).toBe(200);
    expect(statuses).toContain(503);
    expect(statuses.at(-1)).toBe(200);
    expect(statuses.filter((s) => s !== 200 && s !== 503)).toEqual([]);

    // Nothing acknowledged is lost: every registration that got an answer is there, and every writer's name is the
    // last one acknowledged, or a later one whose answer was lost with the connection (it may have committed).
    const client = new Client({ connectionString: api.config.databaseUrl });
    await client.connect();
    try {
      const { rows } = await client.query<{ email: string }>(`SELECT email FROM users WHERE email = ANY($1)`, [
        acknowledgedEmails,
      ]);
      expect(rows.map((r) => r.email).sort()).toEqual([...acknowledgedEmails].sort());
      const names = await client.query<{ id: string; display_name: string }>(
        `SELECT id, display_name FROM users WHERE id = ANY($1)`,
        [writerIds],
      );
      for (const [w, id] of writerIds.entries()) {
        const name = names.rows.find((row) => row.id === id)!.display_name;
        const n = Number(/#(\d+)$/.exec(name)![1]);
        expect(n).toBeGreaterThanOrEqual(lastAcked[w]);
        expect(n).toBeLessThanOrEqual(lastTried[w]);
      }
    } finally {
      await client.end();
    }
  }, 90_000);
});
