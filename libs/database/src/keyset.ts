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

export interface KeysetQuery<T> {
  /** `FROM … WHERE …` of the list (the WHERE is required: the page condition is appended with AND), using `alias` for the listed table and placeholders from `sql`. */
  from: string;
  alias: string;
  /** The rank expression (`0::real` when not searching). */
  rank: string;
  limit: number;
  after?: KeysetPosition;
  /** Loads the listed records by id (in any order). */
  load(ids: string[]): Promise<(T & { id: string })[]>;
}

/**
 * One page of a list in (rank, created_at, id) descending order, with the list's total: two queries for the ids
 * and the count, one to load the records.
 */
export async function fetchKeysetPage<T>(
  dataSource: { query(sql: string, params: unknown[]): Promise<unknown> },
  sql: SqlParams,
  { from, alias, rank, limit, after, load }: KeysetQuery<T>,
): Promise<KeysetPage<T>> {
  const [{ total }] = (await dataSource.query(`SELECT count(*)::int AS total ${from}`, sql.values)) as {
    total: number;
  }[];
  const pageWhere = after ? ` AND ${afterPosition(sql, rank, alias, after)}` : '';
  const rows = (await dataSource.query(
    `SELECT ${alias}.id, ${rank} AS rank, ${alias}.created_at::text AS created_at ${from}${pageWhere}
     ORDER BY ${rank} DESC, ${alias}.created_at DESC, ${alias}.id DESC LIMIT ${sql.param(limit + 1)}`,
    sql.values,
  )) as { id: string; rank: number; created_at: string }[];
  const page = rows.slice(0, limit);
  const byId = new Map((await load(page.map((row) => row.id))).map((record) => [record.id, record]));
  return {
    totalCount: total,
    hasNextPage: rows.length > limit,
    items: page.map((row) => ({
      item: byId.get(row.id)!,
      position: { rank: row.rank, createdAt: row.created_at, id: row.id },
    })),
  };
}

/**
 * Full-text search over a tsvector expression (English, websearch syntax): the condition to add and the rank to
 * order by. Without search text, no condition and a constant rank (lists then come newest first).
 */
export function fullTextSearch(
  sql: SqlParams,
  vector: string,
  text: string | null | undefined,
): { where?: string; rank: string } {
  const search = text?.trim();
  if (!search) return { rank: '0::real' };
  const query = `websearch_to_tsquery('english', ${sql.param(search)})`;
  return { where: `${vector} @@ ${query}`, rank: `ts_rank(${vector}, ${query})` };
}
