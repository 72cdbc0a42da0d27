// What makes a staff password acceptable: long enough, not one everybody
// tries first, not the username. Length beats character classes (NIST SP
// 800-63B), so there is no "one digit, one symbol" rule. The list of common
// passwords is an argument, so a page can check the rest without loading it:
// the server passes COMMON_PASSWORDS from commonPasswords.ts.

export const MIN_PASSWORD_LENGTH = 12;
/** The longest password loginInput (schemas.ts) accepts: a longer one could never log in. */
export const MAX_PASSWORD_LENGTH = 200;
/** Below this length a username is only checked for equality: "li" is inside too many good passwords. */
const USERNAME_CONTAINED_FROM = 3;

export type PasswordProblemCode = 'too_short' | 'too_long' | 'too_common' | 'contains_username';

export interface PasswordProblem {
  code: PasswordProblemCode;
  message: string;
}

export interface PasswordContext {
  /** The account's username; a new account's, when creating one. */
  username: string;
  /** Lower-case common passwords; matched whatever the password's case. */
  commonPasswords: ReadonlySet<string>;
}

/**
 * Everything wrong with a password, in a fixed order; empty when it may be set.
 * Length counts characters (an emoji is one) for the minimum, and UTF-16 units
 * for the maximum, as the login schema does.
 */
export function passwordProblems(password: string, { username, commonPasswords }: PasswordContext): PasswordProblem[] {
  const problems: PasswordProblem[] = [];
  if ([...password].length < MIN_PASSWORD_LENGTH) {
    problems.push({ code: 'too_short', message: `use at least ${MIN_PASSWORD_LENGTH} characters` });
  }
  if (password.length > MAX_PASSWORD_LENGTH) {
    problems.push({ code: 'too_long', message: `use at most ${MAX_PASSWORD_LENGTH} characters` });
  }
  const lower = password.toLowerCase();
  if (commonPasswords.has(lower)) {
    problems.push({ code: 'too_common', message: 'this password is among the most common ones: choose another' });
  }
  const name = username.trim().toLowerCase();
  const containsName = name.length >= USERNAME_CONTAINED_FROM ? lower.includes(name) : lower === name;
  if (name !== '' && containsName) {
    problems.push({ code: 'contains_username', message: 'the password must not contain the username' });
  }
  return problems;
}
