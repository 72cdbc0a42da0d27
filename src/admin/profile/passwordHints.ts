import { passwordProblems, type PasswordProblemCode } from '../../domain/passwordPolicy.ts';

/** The page checks length and username as you type; the 10,000 common passwords stay on the server. */
export const COMMON_PASSWORDS_NOT_LOADED: ReadonlySet<string> = new Set();

export const passwordHints = (password: string, username: string, common: ReadonlySet<string>): PasswordProblemCode[] =>
  passwordProblems(password, { username, commonPasswords: common }).map((p) => p.code);
