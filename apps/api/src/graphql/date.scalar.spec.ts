import { GraphQLError, parseValue as parseGraphQLValue } from 'graphql';
import { DateScalar, isIsoDate } from './date.scalar';

/** The GraphQLError that `run` throws (fails the test when it throws nothing or something else). */
function graphQLError(run: () => unknown): GraphQLError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(GraphQLError);
    return error as GraphQLError;
  }
  throw new Error('expected a GraphQLError');
}

describe('isIsoDate', () => {
  it('accepts an ordinary date', () => {
    expect(isIsoDate('2026-09-14')).toBe(true);
  });

  it('accepts 29 February in a leap year', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2000-02-29')).toBe(true);
  });

  it('refuses 29 February in a common year', () => {
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('1900-02-29')).toBe(false);
  });

  it('refuses days that no month has', () => {
    expect(isIsoDate('2026-02-30')).toBe(false);
    expect(isIsoDate('2026-04-31')).toBe(false);
    expect(isIsoDate('2026-01-32')).toBe(false);
    expect(isIsoDate('2026-01-00')).toBe(false);
  });

  it('accepts the last day of each month boundary', () => {
    expect(isIsoDate('2026-01-31')).toBe(true);
    expect(isIsoDate('2026-04-30')).toBe(true);
    expect(isIsoDate('2026-12-31')).toBe(true);
  });

  it('refuses month 00 and month 13', () => {
    expect(isIsoDate('2026-00-10')).toBe(false);
    expect(isIsoDate('2026-13-10')).toBe(false);
  });

  it('refuses a month or day without its leading zero', () => {
    expect(isIsoDate('2026-1-05')).toBe(false);
    expect(isIsoDate('2026-01-5')).toBe(false);
  });

  it('refuses other layouts and anything around the date', () => {
    for (const value of [
      '14/09/2026',
      '20260914',
      '2026/09/14',
      ' 2026-09-14',
      '2026-09-14 ',
      '2026-09-14T00:00:00Z',
    ]) {
      expect(isIsoDate(value)).toBe(false);
    }
  });

  it('refuses the empty string', () => {
    expect(isIsoDate('')).toBe(false);
  });
});

describe('DateScalar', () => {
  const scalar = new DateScalar();

  describe('parseValue (variables)', () => {
    it('returns a valid date unchanged, as a string', () => {
      expect(scalar.parseValue('2024-02-29')).toBe('2024-02-29');
    });

    it('refuses an impossible date with BAD_USER_INPUT', () => {
      const error = graphQLError(() => scalar.parseValue('2026-02-30'));
      expect(error.message).toBe('Date must be a calendar date written YYYY-MM-DD');
      expect(error.extensions.code).toBe('BAD_USER_INPUT');
    });

    it('refuses a value that is not a string', () => {
      expect(graphQLError(() => scalar.parseValue(20260914)).extensions.code).toBe('BAD_USER_INPUT');
      expect(graphQLError(() => scalar.parseValue(new Date('2026-09-14'))).extensions.code).toBe('BAD_USER_INPUT');
      expect(graphQLError(() => scalar.parseValue(null)).extensions.code).toBe('BAD_USER_INPUT');
    });
  });

  describe('serialize (results)', () => {
    it('writes a Date as its YYYY-MM-DD day', () => {
      expect(scalar.serialize(new Date(Date.UTC(2026, 8, 14)))).toBe('2026-09-14');
    });

    it('drops the time of day from a Date', () => {
      expect(scalar.serialize(new Date('2024-02-29T23:59:59.999Z'))).toBe('2024-02-29');
    });

    it('passes a valid date string through', () => {
      expect(scalar.serialize('2026-09-14')).toBe('2026-09-14');
    });

    it('refuses a string that is not a calendar date', () => {
      expect(() => scalar.serialize('2026-02-29')).toThrow(GraphQLError);
    });
  });

  describe('parseLiteral (inline in a query)', () => {
    it('accepts a string literal holding a valid date', () => {
      expect(scalar.parseLiteral(parseGraphQLValue('"2026-09-14"'))).toBe('2026-09-14');
    });

    it('refuses a string literal holding an impossible date', () => {
      const error = graphQLError(() => scalar.parseLiteral(parseGraphQLValue('"2026-02-29"')));
      expect(error.message).toBe('Date must be a calendar date written YYYY-MM-DD');
      expect(error.extensions.code).toBe('BAD_USER_INPUT');
    });

    it('refuses a literal that is not a string', () => {
      for (const literal of ['20260914', '2026.5', 'true', 'null', 'TODAY', '["2026-09-14"]']) {
        const error = graphQLError(() => scalar.parseLiteral(parseGraphQLValue(literal)));
        expect(error.message).toBe('Date must be a string');
        expect(error.extensions.code).toBe('BAD_USER_INPUT');
      }
    });
  });
});
