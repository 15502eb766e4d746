import { LogRateLimit } from './log-rate-limit';

describe('LogRateLimit', () => {
  it('lets the first line of a key through, holds back the rest of its window, and counts them on the next line', () => {
    let now = 1_000;
    const limit = new LogRateLimit(10_000, () => now);
    expect(limit.admit('metrics producer')).toBe(0);
    now += 100;
    expect(limit.admit('metrics producer')).toBeNull();
    now += 100;
    expect(limit.admit('metrics producer')).toBeNull();
    now += 10_000;
    expect(limit.admit('metrics producer')).toBe(2);
    expect(limit.admit('metrics producer')).toBeNull();
  });

  it('keeps a window per key', () => {
    const limit = new LogRateLimit(10_000, () => 0);
    expect(limit.admit('metrics producer')).toBe(0);
    expect(limit.admit('metrics worker')).toBe(0);
    expect(limit.admit('metrics worker')).toBeNull();
  });
});
