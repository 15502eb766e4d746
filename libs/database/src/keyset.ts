/** Collects positional parameters for hand-written SQL: `sql.param(value)` returns its placeholder (`$3`). */
export class SqlParams {
  readonly values: unknown[] = [];

  param(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/**
 * Where a row sits in a list ordered by (rank DESC, created_at DESC, id DESC): ranked search results, or newest
 * first when there is no search (rank 0). A cursor carries this, so pages stay stable while rows are added.
 */
export interface KeysetPosition {
  rank: number;
  createdAt: string;
  id: string;
}

export interface KeysetPage<T> {
  items: { item: T; position: KeysetPosition }[];
  totalCount: number;
  hasNextPage: boolean;
}

/**
 * The WHERE condition for "after this position" in that order. `rank` is compared as float4 because ts_rank returns
 * real and a float4 survives the round trip through JSON exactly.
 */
export function afterPosition(sql: SqlParams, rankExpression: string, table: string, after: KeysetPosition): string {
  return `(${rankExpression}, ${table}.created_at, ${table}.id) < (${sql.param(after.rank)}::real, ${sql.param(after.createdAt)}::timestamptz, ${sql.param(after.id)}::uuid)`;
}
