/**
 * The fields a partial update actually gives: a field left out (undefined) keeps its stored value; null is kept,
 * because it clears a nullable field.
 */
export function definedFields<T extends object>(changes: T): Partial<T> {
  return Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined)) as Partial<T>;
}
