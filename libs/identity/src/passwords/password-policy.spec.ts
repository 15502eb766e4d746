import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, passwordProblem } from './password-policy';

describe('passwordProblem', () => {
  it('accepts a varied password of exactly 10 characters', () => {
    expect(passwordProblem('tram-stop9')).toBeNull();
  });

  it('refuses a password of 9 characters', () => {
    expect(passwordProblem('tram-stop')).toBe('Password must be at least 10 characters');
  });

  it('refuses the empty password as too short', () => {
    expect(passwordProblem('')).toBe('Password must be at least 10 characters');
  });

  it('accepts a password of exactly 200 characters', () => {
    expect(passwordProblem('abc'.repeat(66) + 'de')).toBeNull();
  });

  it('refuses a password of 201 characters', () => {
    expect(passwordProblem('abc'.repeat(67))).toBe('Password must be at most 200 characters');
  });

  it('states the documented limits', () => {
    expect(PASSWORD_MIN_LENGTH).toBe(10);
    expect(PASSWORD_MAX_LENGTH).toBe(200);
  });

  it('refuses a common password', () => {
    expect(passwordProblem('password123')).toBe('Password is too common; choose one that is harder to guess');
  });

  it('refuses a common password whatever its letter case', () => {
    expect(passwordProblem('PassWord123')).toBe('Password is too common; choose one that is harder to guess');
    expect(passwordProblem('QWERTYUIOP')).toBe('Password is too common; choose one that is harder to guess');
  });

  it('accepts a password that only contains a common one', () => {
    expect(passwordProblem('password123!x')).toBeNull();
  });

  it('refuses a password equal to the email address', () => {
    expect(passwordProblem('amira@example.org', 'amira@example.org')).toBe('Password must not be your email address');
  });

  it('compares with the email ignoring case and surrounding spaces in the email', () => {
    expect(passwordProblem('Amira@Example.org', '  AMIRA@example.ORG ')).toBe(
      'Password must not be your email address',
    );
  });

  it('accepts a password that differs from the email', () => {
    expect(passwordProblem('amira@example.org1', 'amira@example.org')).toBeNull();
  });

  it('skips the email rule when no email is given', () => {
    expect(passwordProblem('amira@example.org')).toBeNull();
  });

  it('refuses a password of only two distinct characters', () => {
    expect(passwordProblem('abababababab')).toBe('Password is too easy to guess');
  });

  it('refuses a password of one repeated character', () => {
    expect(passwordProblem('zzzzzzzzzzzz')).toBe('Password is too easy to guess');
  });

  it('accepts a password of three distinct characters', () => {
    expect(passwordProblem('abcabcabca')).toBeNull();
  });

  it('counts upper and lower case as distinct characters', () => {
    expect(passwordProblem('aAbaAbaAba')).toBeNull();
  });

  it('reports the length problem before any other', () => {
    expect(passwordProblem('aaaa', 'aaaa')).toBe('Password must be at least 10 characters');
  });
});
