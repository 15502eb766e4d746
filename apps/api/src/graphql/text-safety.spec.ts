import { unsafeTextErrors } from './text-safety';

describe('unsafeTextErrors', () => {
  it('accepts ordinary text, emoji (a surrogate pair) and non-strings', () => {
    expect(unsafeTextErrors({ name: 'Zoë 👩🏽‍💻', n: 3, list: ['a', null], flag: true }, 'input')).toEqual([]);
  });

  it('names a NUL character by the field path', () => {
    expect(unsafeTextErrors({ rows: [{ learnerRef: 'L\u00001' }] }, 'input')).toEqual([
      { path: 'input.rows.0.learnerRef', message: expect.stringContaining('NUL character') },
    ]);
  });

  it('names a lone surrogate, high or low, at the start, middle or end', () => {
    for (const text of ['\ud800', 'a\udc00b', 'ab\ud83d'])
      expect(unsafeTextErrors(text, 'search')).toEqual([
        { path: 'search', message: expect.stringContaining('broken character') },
      ]);
  });

  it('lists every bad field, not only the first', () => {
    const paths = unsafeTextErrors({ a: '\u0000', b: { c: '\ud800' } }, '').map((error) => error.path);
    expect(paths).toEqual(['a', 'b.c']);
  });
});
