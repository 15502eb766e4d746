import { FieldError } from '@app/errors';

// With the `u` flag a surrogate matches only when it is not half of a pair.
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;

function problemWith(text: string): string | null {
  if (text.includes('\u0000')) return 'contains a NUL character (\\u0000), which is not allowed in text';
  if (LONE_SURROGATE.test(text)) return 'contains a broken character (half of a UTF-16 surrogate pair)';
  return null;
}

/**
 * Every string inside `value` (nested objects and lists included) that PostgreSQL cannot store or compare: a NUL
 * character, or a lone surrogate that is not a character at all. Checked once, before any rule or query sees the
 * value, so no field has to remember it. Paths are as the validation pipe names fields (`input.rows.2.learnerRef`).
 */
export function unsafeTextErrors(value: unknown, path: string): FieldError[] {
  if (typeof value === 'string') {
    const message = problemWith(value);
    return message ? [{ path, message: `${path || 'The text'} ${message}` }] : [];
  }
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, item]) => unsafeTextErrors(item, path ? `${path}.${key}` : key));
}
