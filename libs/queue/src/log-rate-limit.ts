/**
 * Lets one log line per key through each window and counts the rest, so an outage that makes a connection fail many
 * times a second gives one line every window (with how many were held back) instead of a flood.
 */
export class LogRateLimit {
  private readonly windows = new Map<string, { openedAt: number; suppressed: number }>();

  constructor(
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** The number of lines held back since the last one let through, or null when this one is to be held back too. */
  admit(key: string): number | null {
    const now = this.now();
    const window = this.windows.get(key);
    if (window && now - window.openedAt < this.windowMs) {
      window.suppressed += 1;
      return null;
    }
    this.windows.set(key, { openedAt: now, suppressed: 0 });
    return window?.suppressed ?? 0;
  }
}
