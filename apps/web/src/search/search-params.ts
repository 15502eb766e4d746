/** Reading a search page's query string: free text, and choices that must come from a known list. */

/** The text of one query parameter, trimmed and at most `max` characters (a repeated one gives its first value). */
export function textParam(query: Record<string, unknown>, name: string, max = 200): string {
  const value = query[name];
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === 'string' ? first.trim().slice(0, max) : '';
}

/** The values of a repeatable parameter that are in `allowed`; anything else (a typo, a tampered link) is ignored. */
export function choicesParam<T extends string>(
  query: Record<string, unknown>,
  name: string,
  allowed: readonly T[],
): T[] {
  const value = query[name];
  const values: unknown[] = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return allowed.filter((choice) => values.includes(choice));
}

/** How many results the pages before this one showed (the `from` of "Showing 21 to 40"), never negative. */
export function shownBefore(query: Record<string, unknown>): number {
  const value = Number(textParam(query, 'shown', 10));
  return Number.isInteger(value) && value > 0 && value < 1_000_000 ? value : 0;
}

/** A query string from parameters, leaving out empty ones, for "next page" and "clear filters" links. */
export function queryString(params: Record<string, string | readonly string[] | number | undefined>): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    const values: (string | number | undefined)[] = Array.isArray(value) ? [...value] : [value as string | number];
    for (const one of values) {
      if (one !== undefined && one !== '' && one !== 0) search.append(name, String(one));
    }
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}
