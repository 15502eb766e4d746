import { isUUID } from 'class-validator';
import { KeysetPage, KeysetPosition } from '@app/database';
import { FieldError, InvalidInputError } from '@app/errors';
import { Connection, MAX_PAGE_SIZE } from './pagination';

// Opaque to clients; inside, the row's place in the ordering (rank, created_at, id), so pages stay put while rows
// are added or removed elsewhere in the list.
function encode(position: KeysetPosition): string {
  return Buffer.from(JSON.stringify(['k', position.rank, position.createdAt, position.id])).toString('base64url');
}

function decode(cursor: string): KeysetPosition | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (!Array.isArray(value) || value.length !== 4 || value[0] !== 'k') return null;
    const [, rank, createdAt, id] = value;
    const valid =
      typeof rank === 'number' &&
      Number.isFinite(rank) &&
      typeof createdAt === 'string' &&
      !Number.isNaN(Date.parse(createdAt)) &&
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
