import { Agent, request } from 'node:http';

export interface PacedUsersResult {
  requests: number;
  /** Each request's time from sending to the last byte of the answer, sorted, in milliseconds. */
  sortedMs: number[];
  failed: number;
}

/**
 * `users` people on one page for `seconds`: each starts at a random moment in the first pause, asks for the page,
 * reads the answer, pauses for a random 0.5–1.5 × `pauseMs`, and asks again. Unlike a closed loop with no pause
 * (autocannon), where the time measured is by Little's law mostly waiting in line behind the other users, this is
 * the time each person waits for a page while the others are busy too; the pauses are random so that people do not
 * click in step.
 */
export async function pacedUsers(
  base: string,
  path: string,
  cookies: string[],
  { users, pauseMs, seconds }: { users: number; pauseMs: number; seconds: number },
): Promise<PacedUsersResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: users });
  const url = `${base}${path}`;
  const until = Date.now() + seconds * 1000;
  const times: number[] = [];
  let failed = 0;
  const pause = () => new Promise((done) => setTimeout(done, pauseMs * (0.5 + Math.random())));
  const person = async (index: number) => {
    await new Promise((done) => setTimeout(done, Math.random() * pauseMs));
    const cookie = cookies[index % cookies.length];
    while (Date.now() < until) {
      const started = process.hrtime.bigint();
      const status = await get(url, agent, cookie);
      times.push(Number(process.hrtime.bigint() - started) / 1e6);
      if (status !== 200) failed++;
      await pause();
    }
  };
  await Promise.all(Array.from({ length: users }, (_, index) => person(index)));
  agent.destroy();
  return { requests: times.length, sortedMs: times.sort((a, b) => a - b), failed };
}

/** One GET as a browser asks (gzip, the person's cookie); resolves with the status once the whole body is in. */
function get(url: string, agent: Agent, cookie: string): Promise<number> {
  return new Promise((done) => {
    const headers: Record<string, string> = { 'accept-encoding': 'gzip' };
    if (cookie) headers.cookie = cookie;
    const call = request(url, { agent, headers }, (response) => {
      response.resume();
      response.on('end', () => done(response.statusCode ?? 0));
      response.on('error', () => done(0));
    });
    call.on('error', () => done(0));
    call.end();
  });
}
