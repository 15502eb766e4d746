import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { MetricsScope, scopeKey } from './scope';

/** When each scope's records last changed, and which scopes' reports are older than that (stale). */
@Injectable()
export class MetricsScopeChanges {
  /** Scopes this process has noted in the current debounce window (see `record`). */
  private noted = { window: -1, keys: new Set<string>() };

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Notes that these scopes changed at `changedAt`, once per scope per debounce `window` (the scheduler's bucket) in
   * this process: the window's recompute starts after the window closes, so the first change of a window stands for
   * all of them, and a burst of changes to one cohort does not queue up on the same three rows. Throws when the
   * database does not take it: the caller is an event job, which is retried, whereas a change swallowed here would
   * be lost and its scope left stale until the nightly catch-up.
   *
   * The time is the caller's: the end of the window, which the window's run starts after. Not the database's `now()`:
   * an insert that waited for a connection would be dated after the window's run had started, and the scope would
   * look stale with its change already in a report. Not the moment of the first change either: an earlier window's
   * run starting in this window, after the first change and before a later one, would make the scope look fresh
   * without the later change, which the catch-up would then miss if this window's run failed for good. An older time
   * never replaces a newer one (events may arrive out of order).
   */
  async record(scopes: MetricsScope[], window: number, changedAt: Date): Promise<void> {
    if (this.noted.window !== window) this.noted = { window, keys: new Set() };
    const { keys } = this.noted;
    const fresh = scopes.filter((scope) => !keys.has(scopeKey(scope)));
    if (fresh.length === 0) return;
    for (const scope of fresh) keys.add(scopeKey(scope));
    try {
      await this.dataSource.query(
        `INSERT INTO metrics_scope_changes (scope_key, scope, changed_at)
         SELECT key, scope, $3::timestamptz FROM unnest($1::text[], $2::jsonb[]) AS changed (key, scope)
         ON CONFLICT (scope_key) DO UPDATE
           SET changed_at = GREATEST(metrics_scope_changes.changed_at, excluded.changed_at)`,
        [fresh.map(scopeKey), fresh.map((scope) => JSON.stringify(scope)), changedAt],
      );
    } catch (error) {
      for (const scope of fresh) keys.delete(scopeKey(scope)); // the retry notes them again
      throw error;
    }
  }

  /**
   * Scopes changed since their latest COMPLETED run started (or never computed). A run reads one snapshot taken after
   * it starts, so a change noted before the start is in its report, and one noted later makes the scope stale.
   */
  async staleScopes(): Promise<{ scopeKey: string; scope: MetricsScope; changedAt: Date }[]> {
    const rows: { scope_key: string; scope: MetricsScope; changed_at: Date }[] = await this.dataSource.query(
      `SELECT c.scope_key, c.scope, c.changed_at
         FROM metrics_scope_changes c
        WHERE NOT EXISTS (SELECT 1 FROM metrics_runs r
                           WHERE r.scope_key = c.scope_key AND r.state = 'COMPLETED' AND r.started_at >= c.changed_at)
        ORDER BY c.changed_at`,
    );
    return rows.map((row) => ({ scopeKey: row.scope_key, scope: row.scope, changedAt: row.changed_at }));
  }
}
