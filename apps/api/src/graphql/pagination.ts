import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Type } from '@nestjs/common';
import { FieldError, InvalidInputError } from '@app/errors';

@ObjectType('PageInfo')
export class PageInfo {
  @Field() hasNextPage: boolean;
  @Field() hasPreviousPage: boolean;
  @Field(() => String, { nullable: true }) startCursor: string | null;
  @Field(() => String, { nullable: true }) endCursor: string | null;
}

export interface Edge<T> {
  node: T;
  cursor: string;
}

export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** Declares `<Name>Edge` and `<Name>Connection` for a node type, as the contract's Relay connections. */
export function connectionTypes<T>(name: string, node: Type<T>) {
  @ObjectType(`${name}Edge`)
  class EdgeType {
    @Field(() => node) node: T;
    @Field() cursor: string;
  }
  @ObjectType(`${name}Connection`)
  class ConnectionType {
    @Field(() => [EdgeType]) edges: EdgeType[];
    @Field(() => PageInfo) pageInfo: PageInfo;
    @Field(() => Int) totalCount: number;
  }
  return { EdgeType, ConnectionType };
}

const CURSOR_PREFIX = 'o:';
export const MAX_PAGE_SIZE = 100;

// Cursors are opaque to clients; inside they hold the position in the ordered list.
function encodeCursor(offset: number): string {
  return Buffer.from(`${CURSOR_PREFIX}${offset}`).toString('base64url');
}

function decodeCursor(cursor: string): number | null {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!text.startsWith(CURSOR_PREFIX) || encodeCursor(Number(text.slice(CURSOR_PREFIX.length))) !== cursor) return null;
  const offset = Number(text.slice(CURSOR_PREFIX.length));
  return Number.isSafeInteger(offset) && offset >= 0 ? offset : null;
}

export interface PageWindow {
  offset: number;
  limit: number;
}

/** Checks `first` (1..100) and `after` (a cursor this server issued), naming each bad one. */
export function pageWindow(
  first: number | null | undefined,
  after: string | null | undefined,
  defaultFirst = 20,
): PageWindow {
  const errors: FieldError[] = [];
  const limit = first ?? defaultFirst;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE_SIZE) {
    errors.push({ path: 'first', message: `first must be between 1 and ${MAX_PAGE_SIZE}` });
  }
  let offset = 0;
  if (after !== null && after !== undefined) {
    const position = decodeCursor(after);
    if (position === null) errors.push({ path: 'after', message: 'after is not a cursor from this list' });
    else offset = position + 1;
  }
  if (errors.length) throw new InvalidInputError(errors);
  return { offset, limit };
}

export function toConnection<T>(nodes: T[], totalCount: number, { offset }: PageWindow): Connection<T> {
  const edges = nodes.map((node, index) => ({ node, cursor: encodeCursor(offset + index) }));
  return {
    edges,
    totalCount,
    pageInfo: {
      hasNextPage: offset + nodes.length < totalCount,
      hasPreviousPage: offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
