import { InvalidInputError } from '@app/errors';
import { MAX_PAGE_SIZE, pageWindow, toConnection } from './pagination';

/** The InvalidInputError that `run` throws (fails the test when it throws nothing or something else). */
function invalidInput(run: () => unknown): InvalidInputError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidInputError);
    return error as InvalidInputError;
  }
  throw new Error('expected an InvalidInputError');
}

/** A cursor this server issued for the item at `position`, taken from a real connection. */
function cursorAt(position: number): string {
  return toConnection(['item'], position + 1, { offset: position, limit: 1 }).edges[0].cursor;
}

describe('pageWindow', () => {
  it('defaults to the first 20 items', () => {
    expect(pageWindow(undefined, undefined)).toEqual({ offset: 0, limit: 20 });
    expect(pageWindow(null, null)).toEqual({ offset: 0, limit: 20 });
  });

  it('uses the caller’s default page size when first is not given', () => {
    expect(pageWindow(undefined, undefined, 50)).toEqual({ offset: 0, limit: 50 });
  });

  it('accepts first = 1 and first = 100', () => {
    expect(pageWindow(1, null)).toEqual({ offset: 0, limit: 1 });
    expect(pageWindow(100, null)).toEqual({ offset: 0, limit: 100 });
    expect(MAX_PAGE_SIZE).toBe(100);
  });

  it('refuses first = 0 with a field error on first', () => {
    expect(invalidInput(() => pageWindow(0, null)).fieldErrors).toEqual([
      { path: 'first', message: 'first must be between 1 and 100' },
    ]);
  });

  it('refuses first = 101', () => {
    expect(invalidInput(() => pageWindow(101, null)).fieldErrors).toEqual([
      { path: 'first', message: 'first must be between 1 and 100' },
    ]);
  });

  it('refuses a negative or fractional first', () => {
    expect(invalidInput(() => pageWindow(-5, null)).fieldErrors.map((e) => e.path)).toEqual(['first']);
    expect(invalidInput(() => pageWindow(1.5, null)).fieldErrors.map((e) => e.path)).toEqual(['first']);
  });

  it('reports the error as BAD_USER_INPUT', () => {
    expect(invalidInput(() => pageWindow(0, null)).code).toBe('BAD_USER_INPUT');
  });

  it('refuses a cursor this server did not issue', () => {
    expect(invalidInput(() => pageWindow(10, 'not-a-cursor')).fieldErrors).toEqual([
      { path: 'after', message: 'after is not a cursor from this list' },
    ]);
  });

  it('refuses the empty string as a cursor', () => {
    expect(invalidInput(() => pageWindow(10, '')).fieldErrors.map((e) => e.path)).toEqual(['after']);
  });

  it('refuses well-formed base64 that does not hold a position', () => {
    const forge = (text: string) => Buffer.from(text).toString('base64url');
    for (const text of ['o:', 'o:-1', 'o:1.5', 'o:abc', 'x:3', 'o:1e3', 'o: 3', 'o:03']) {
      expect(invalidInput(() => pageWindow(10, forge(text))).fieldErrors.map((e) => e.path)).toEqual(['after']);
    }
  });

  it('refuses a padded variant of an issued cursor', () => {
    const padded = `${cursorAt(12)}==`;
    expect(Buffer.from(padded, 'base64url').toString()).toBe('o:12');
    expect(invalidInput(() => pageWindow(10, padded)).fieldErrors.map((e) => e.path)).toEqual(['after']);
  });

  it('starts after the item an issued cursor points at', () => {
    expect(pageWindow(10, cursorAt(0))).toEqual({ offset: 1, limit: 10 });
    expect(pageWindow(10, cursorAt(39))).toEqual({ offset: 40, limit: 10 });
  });

  it('round-trips the end cursor of a page into the window of the next page', () => {
    const first = pageWindow(3, null);
    const page = toConnection(['a', 'b', 'c'], 10, first);
    expect(pageWindow(3, page.pageInfo.endCursor)).toEqual({ offset: 3, limit: 3 });
  });

  it('names both first and after when both are bad', () => {
    expect(invalidInput(() => pageWindow(0, 'garbage')).fieldErrors).toEqual([
      { path: 'first', message: 'first must be between 1 and 100' },
      { path: 'after', message: 'after is not a cursor from this list' },
    ]);
  });
});

describe('toConnection', () => {
  it('gives each node an edge with its own cursor', () => {
    const connection = toConnection(['a', 'b'], 2, { offset: 0, limit: 20 });
    expect(connection.edges.map((edge) => edge.node)).toEqual(['a', 'b']);
    expect(connection.edges[0].cursor).toBe(cursorAt(0));
    expect(connection.edges[1].cursor).toBe(cursorAt(1));
    expect(connection.totalCount).toBe(2);
  });

  it('issues opaque cursors (not the bare position)', () => {
    const cursor = cursorAt(5);
    expect(cursor).not.toBe('5');
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
  });

  it('on the first of several pages: next but no previous', () => {
    const { pageInfo } = toConnection(['a', 'b'], 5, { offset: 0, limit: 2 });
    expect(pageInfo).toEqual({
      hasNextPage: true,
      hasPreviousPage: false,
      startCursor: cursorAt(0),
      endCursor: cursorAt(1),
    });
  });

  it('on a middle page: both next and previous', () => {
    const { pageInfo } = toConnection(['c', 'd'], 5, { offset: 2, limit: 2 });
    expect(pageInfo).toEqual({
      hasNextPage: true,
      hasPreviousPage: true,
      startCursor: cursorAt(2),
      endCursor: cursorAt(3),
    });
  });

  it('on the last page: previous but no next', () => {
    const { pageInfo } = toConnection(['e'], 5, { offset: 4, limit: 2 });
    expect(pageInfo).toEqual({
      hasNextPage: false,
      hasPreviousPage: true,
      startCursor: cursorAt(4),
      endCursor: cursorAt(4),
    });
  });

  it('on a last page that is exactly full: no next', () => {
    const { pageInfo } = toConnection(['c', 'd'], 4, { offset: 2, limit: 2 });
    expect(pageInfo.hasNextPage).toBe(false);
  });

  it('on the only page: neither next nor previous', () => {
    const { pageInfo } = toConnection(['a', 'b'], 2, { offset: 0, limit: 20 });
    expect(pageInfo.hasNextPage).toBe(false);
    expect(pageInfo.hasPreviousPage).toBe(false);
  });

  it('for an empty list: no edges, null cursors, no pages either side', () => {
    expect(toConnection([], 0, { offset: 0, limit: 20 })).toEqual({
      edges: [],
      totalCount: 0,
      pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null },
    });
  });

  it('for an empty page past the end: null cursors, a previous page', () => {
    const { edges, pageInfo } = toConnection([], 5, { offset: 5, limit: 2 });
    expect(edges).toEqual([]);
    expect(pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: true, startCursor: null, endCursor: null });
  });
});
