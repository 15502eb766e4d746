import { COMMON_PASSWORDS } from './common-passwords';

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 200;

/** Why a password is refused, or null when it is acceptable (API.md: at least 10 characters, not a common one). */
export function passwordProblem(password: string, email?: string): string | null {
  if (password.length < PASSWORD_MIN_LENGTH) return `Password must be at least ${PASSWORD_MIN_LENGTH} characters`;
  if (password.length > PASSWORD_MAX_LENGTH) return `Password must be at most ${PASSWORD_MAX_LENGTH} characters`;
  const lower = password.toLowerCase();
  if (COMMON_PASSWORDS.has(lower)) return 'Password is too common; choose one that is harder to guess';
  if (email && lower === email.trim().toLowerCase()) return 'Password must not be your email address';
  if (new Set(password).size < 3) return 'Password is too easy to guess';
  return null;
}
