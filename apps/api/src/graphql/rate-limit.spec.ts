import { clientAddress, rateLimitKeys, SlidingWindowCounter } from './rate-limit';

const MINUTE = 60_000;

/** A counter on a clock the test moves; starts exactly on a window boundary. */
function counterAt(limit: number) {
  const clock = { now: 10 * MINUTE };
  const counter = new SlidingWindowCounter(limit, MINUTE, () => clock.now);
  return { counter, clock };
}

describe('SlidingWindowCounter', () => {
  it('allows up to the limit in a window, then refuses', () => {
    const { counter } = counterAt(3);
    expect([1, 2, 3].map(() => counter.take(['ip:a']).allowed)).toEqual([true, true, true]);
    expect(counter.take(['ip:a'])).toEqual({ allowed: false, retryAfterSeconds: 60 });
  });

  it('counts each key on its own', () => {
    const { counter } = counterAt(1);
    expect(counter.take(['ip:a']).allowed).toBe(true);
    expect(counter.take(['ip:b']).allowed).toBe(true);
    expect(counter.take(['ip:a']).allowed).toBe(false);
  });

  it('refuses when any key is full, and then counts none of them', () => {
    const { counter } = counterAt(2);
    counter.take(['ip:a', 'user:1']);
    counter.take(['ip:a', 'user:1']);
    // user:1 from another address is still over its own limit, and ip:b is not charged for the refusal.
    expect(counter.take(['ip:b', 'user:1']).allowed).toBe(false);
    expect(counter.take(['ip:b']).allowed).toBe(true);
    expect(counter.take(['ip:b']).allowed).toBe(true);
    expect(counter.take(['ip:b']).allowed).toBe(false);
  });

  it('does not count refused operations, so a client that keeps trying gets back in as the window slides', () => {
    const { counter, clock } = counterAt(2);
    counter.take(['k']);
    counter.take(['k']);
    for (let i = 0; i < 50; i += 1) expect(counter.take(['k']).allowed).toBe(false);
    clock.now += MINUTE; // previous window (2) weighs 100% at the very start of the next one
    expect(counter.take(['k']).allowed).toBe(false);
    clock.now += MINUTE / 2; // now it weighs 50%: 1 + 1 = 2, at the limit
    expect(counter.take(['k']).allowed).toBe(true);
    expect(counter.take(['k']).allowed).toBe(false);
  });

  it('weighs the previous window by how much of it is still inside the last minute', () => {
    const { counter, clock } = counterAt(10);
    for (let i = 0; i < 10; i += 1) counter.take(['k']);
    clock.now += MINUTE + (MINUTE * 3) / 4; // a quarter of the previous 10 still counts: 2.5
    const allowed = Array.from({ length: 10 }, () => counter.take(['k']).allowed).filter(Boolean).length;
    expect(allowed).toBe(7); // 2.5 + 7 = 9.5; an eighth would make 10.5
  });

  it('forgets everything after two quiet windows', () => {
    const { counter, clock } = counterAt(1);
    counter.take(['k']);
    clock.now += 2 * MINUTE;
    expect(counter.take(['k']).allowed).toBe(true);
  });

  it('gives Retry-After as the seconds left in the current window, at least 1', () => {
    const { counter, clock } = counterAt(1);
    clock.now += 45_500;
    counter.take(['k']);
    expect(counter.take(['k']).retryAfterSeconds).toBe(15);
    clock.now += 14_000;
    expect(counter.take(['k']).retryAfterSeconds).toBe(1);
  });
});

describe('rateLimitKeys', () => {
  it('counts an anonymous caller by IP only, a signed-in one by IP and user', () => {
    expect(rateLimitKeys('10.0.0.1', null)).toEqual(['ip:10.0.0.1']);
    expect(rateLimitKeys('10.0.0.1', 'u-1')).toEqual(['ip:10.0.0.1', 'user:u-1']);
    expect(rateLimitKeys(undefined, null)).toEqual(['ip:unknown']);
  });
});

describe('clientAddress', () => {
  it('is the TCP peer when no proxy is trusted, whatever X-Forwarded-For says', () => {
    expect(clientAddress('10.0.0.9', '1.2.3.4', 0)).toBe('10.0.0.9');
    expect(clientAddress('10.0.0.9', undefined, 0)).toBe('10.0.0.9');
  });

  it('behind one proxy, is the address that proxy saw (the last X-Forwarded-For entry)', () => {
    expect(clientAddress('10.0.0.9', '203.0.113.7', 1)).toBe('203.0.113.7');
    // A client that forges entries only adds to the left of what the proxy appends.
    expect(clientAddress('10.0.0.9', '6.6.6.6, 203.0.113.7', 1)).toBe('203.0.113.7');
  });

  it('behind two proxies, skips the inner one, reading repeated headers in order', () => {
    expect(clientAddress('10.0.0.9', ['6.6.6.6, 203.0.113.7', '10.0.0.5'], 2)).toBe('203.0.113.7');
  });

  it('falls back to the leftmost address when the chain is shorter than the hops', () => {
    expect(clientAddress('10.0.0.9', undefined, 1)).toBe('10.0.0.9');
    expect(clientAddress('10.0.0.9', '203.0.113.7', 3)).toBe('203.0.113.7');
  });
});
