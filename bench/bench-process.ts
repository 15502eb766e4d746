import { ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

/** Waits until a started process answers /health/ready with 200; fails if it exits first or takes over `limitMs`. */
export async function waitUntilReady(base: string, child: ChildProcess, what: string, limitMs: number): Promise<void> {
  const deadline = Date.now() + limitMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the ${what} exited with code ${child.exitCode}`);
    const status = await fetch(`${base}/health/ready`).then(
      (r) => r.status,
      () => 0,
    );
    if (status === 200) return;
    if (Date.now() > deadline) throw new Error(`the ${what} did not become ready within ${limitMs / 1000} s`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** A loopback port nothing listens on now, for a benchmark's own server. */
export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => done(typeof address === 'object' && address ? address.port : 0));
    });
  });
}
