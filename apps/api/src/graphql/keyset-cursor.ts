import { isUUID } from 'class-validator';
import { KeysetPage, KeysetPosition } from '@app/database';
import { FieldError, InvalidInputError } from '@app/errors';
import { isIsoDate } from './date.scalar';
import { Connection, MAX_PAGE_SIZE } from './pagination';

// Opaque to clients; inside, the row's place in the ordering (rank, created_at, id), so pages stay put while rows
// are added or removed elsewhere in the list.
function encode(position: KeysetPosition): string {
  return Buffer.from(JSON.stringify(['k', position.rank, position.createdAt, position.id])).toString('base64url');
}

// PostgreSQL's text form of a timestamptz, as `created_at::text` gives it: `2026-12-06 16:10:11.123456+00`.
const TIMESTAMPTZ_TEXT = /^(\d{4}-\d{2}-\d{2}) (\d{2}):(\d{2}):(\d{2})(\.\d{1,6})?[+-](\d{2})(:\d{2}){0,2}$/;

/** True only for a timestamp PostgreSQL will read back as one (a forged "2020-01-01 (x)" would be a server error). */
function isTimestampText(value: string): boolean {
  const match = TIMESTAMPTZ_TEXT.exec(value);
  if (!match) return false;
  const [, date, hours, minutes, seconds, , offsetHours] = match;
  return (
    isIsoDate(date) && Number(hours) < 24 && Number(minutes) < 60 && Number(seconds) < 60 && Number(offsetHours) < 16
  );
}

// A rank is compared as float4 (real): outside its range (or so small it would round to 0) PostgreSQL refuses the
// cast. Real ranks are 0 or ts_rank values well inside these bounds.
const isRank = (rank: unknown): rank is number =>
  typeof rank === 'number' && (rank === 0 || (Math.abs(rank) >= 1e-30 && Math.abs(rank) <= 1e30));

function decode(cursor: string): KeysetPosition | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (!Array.isArray(value) || value.length !== 4 || value[0] !== 'k') return null;
    const [, rank, createdAt, id] = value;
    const valid =
      isRank(rank) &&
      typeof createdAt === 'string' &&
      isTimestampText(createdAt) &&
      typeof id === 'string' &&
      isUUID(id);
    return valid ? { rank, createdAt, id } : null;
  } catch {
    return null;
  }
}

export interface KeysetWindow {
  limit: number;
  after?: KeysetPosition;
}

/** Checks `first` (1..100) and `after` (a cursor of this kind), naming each bad one. */
export function keysetWindow(
  first: number | null | undefined,
  after: string | null | undefined,
  defaultFirst = 20,
): KeysetWindow {
  const errors: FieldError[] = [];
  const limit = first ?? defaultFirst;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE_SIZE) {
    errors.push({ path: 'first', message: `first must be between 1 and ${MAX_PAGE_SIZE}` });
  }
  const position = after === null || after === undefined ? undefined : decode(after);
  if (position === null) errors.push({ path: 'after', message: 'after is not a cursor from this list' });
  if (errors.length) throw new InvalidInputError(errors);
  return { limit, after: position ?? undefined };
}

export function toKeysetConnection<T>(page: KeysetPage<T>, window: KeysetWindow): Connection<T> {
  const edges = page.items.map(({ item, position }) => ({ node: item, cursor: encode(position) }));
  return {
    edges,
    totalCount: page.totalCount,
    pageInfo: {
      hasNextPage: page.hasNextPage,
      hasPreviousPage: window.after !== undefined,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
