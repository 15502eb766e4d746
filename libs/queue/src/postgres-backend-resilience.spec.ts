import {
  ConnectAttemptBackoff,
  POSTGRES_RECONNECT_CAP_MS,
  POSTGRES_RECONNECT_FIRST_MS,
} from './postgres-backend-resilience';

const refused = () => Promise.reject(Object.assign(new Error('sorry, too many clients already'), { code: '53300' }));

describe('ConnectAttemptBackoff', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  /** Starts an attempt and reports how long (in fake time) it waited before calling connect. */
  async function waitBeforeAttempt(backoff: ConnectAttemptBackoff, connect: () => Promise<unknown>) {
    const started = Date.now();
    let calledAt: number | undefined;
    const attempt = backoff.attempt(() => {
      calledAt = Date.now();
      return connect();
    });
    const settled = attempt.then(
      () => 'connected',
      () => 'refused',
    );
    await jest.runAllTimersAsync();
    return { waited: calledAt! - started, outcome: await settled };
  }

  it('tries the first time at once, then waits 100 ms, 200 ms, 400 ms … and never more than 2 s', async () => {
    const backoff = new ConnectAttemptBackoff();
    const waits: number[] = [];
    for (let i = 0; i < 8; i += 1) waits.push((await waitBeforeAttempt(backoff, refused)).waited);
    expect(waits[0]).toBe(0);
    expect(waits.slice(1, 5)).toEqual([1, 2, 4, 8].map((factor) => POSTGRES_RECONNECT_FIRST_MS * factor));
    expect(Math.max(...waits)).toBe(POSTGRES_RECONNECT_CAP_MS);
  });

  it('a success resets the wait, so the next failure is retried after 100 ms again', async () => {
    const backoff = new ConnectAttemptBackoff();
    for (let i = 0; i < 5; i += 1) await waitBeforeAttempt(backoff, refused);
    expect(await waitBeforeAttempt(backoff, () => Promise.resolve('client'))).toMatchObject({ outcome: 'connected' });
    expect((await waitBeforeAttempt(backoff, refused)).waited).toBe(0);
    expect((await waitBeforeAttempt(backoff, refused)).waited).toBe(POSTGRES_RECONNECT_FIRST_MS);
  });

  it('passes the refusal on to the caller, so BullMQ still reports it', async () => {
    const backoff = new ConnectAttemptBackoff();
    await expect(backoff.attempt(refused)).rejects.toMatchObject({ code: '53300' });
  });
});
