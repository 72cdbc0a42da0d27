import { describe, expect, it } from 'vitest';
import { COMMON_PASSWORDS } from '../../src/domain/commonPasswords.ts';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, passwordProblems } from '../../src/domain/passwordPolicy.ts';
import { loginInput } from '../../src/domain/schemas.ts';

const common = new Set(['qwertyuiop123', '1qaz2wsx3edc']);
const codes = (password: string, username = 'wangfang', commonPasswords: ReadonlySet<string> = common) =>
  passwordProblems(password, { username, commonPasswords }).map((p) => p.code);

describe('a password is accepted', () => {
  it('with 12 characters or more, uncommon and without the username', () => {
    expect(passwordProblems('correct horse battery', { username: 'wangfang', commonPasswords: common })).toEqual([]);
  });

  it('counting characters, not bytes: twelve Chinese characters are enough', () => {
    expect(codes('我的密码是一二三四五六七八')).toEqual([]);
    expect(codes('密码一二三四五六七八九')).toEqual(['too_short']);
  });

  it('with spaces and no particular mix of digits or symbols', () => {
    expect(codes('  long lowercase words  ')).toEqual([]);
  });
});

describe('a password is refused', () => {
  it('under 12 characters', () => {
    expect(codes('x'.repeat(MIN_PASSWORD_LENGTH - 1))).toEqual(['too_short']);
    expect(codes('x'.repeat(MIN_PASSWORD_LENGTH))).toEqual([]);
  });

  it('over 200 characters, which the login form would not accept', () => {
    expect(codes('x'.repeat(MAX_PASSWORD_LENGTH + 1))).toEqual(['too_long']);
    expect(loginInput.safeParse({ username: 'wangfang', password: 'x'.repeat(MAX_PASSWORD_LENGTH) }).success).toBe(
      true,
    );
    expect(loginInput.safeParse({ username: 'wangfang', password: 'x'.repeat(MAX_PASSWORD_LENGTH + 1) }).success).toBe(
      false,
    );
  });

  it('among the common passwords, whatever its case', () => {
    expect(codes('1qaz2wsx3edc')).toEqual(['too_common']);
    expect(codes('QwertyUIOP123')).toEqual(['too_common']);
  });

  it('equal to the username or containing it, whatever the case', () => {
    expect(codes('wangfang2024!', 'WangFang')).toEqual(['contains_username']);
    expect(codes('my name is WANGFANG', 'wangfang')).toEqual(['contains_username']);
    expect(codes('administrator', 'administrator')).toEqual(['contains_username']);
  });

  it('a short username is refused only as the whole password, not inside one', () => {
    expect(codes('reliable horses', 'li')).toEqual([]);
    expect(codes('li', 'li')).toEqual(['too_short', 'contains_username']);
  });

  it('with every problem listed, each with an English message', () => {
    const problems = passwordProblems('Wangfang', { username: 'wangfang', commonPasswords: new Set(['wangfang']) });
    expect(problems.map((p) => p.code)).toEqual(['too_short', 'too_common', 'contains_username']);
    expect(problems.map((p) => p.message)).toEqual([
      'use at least 12 characters',
      'this password is among the most common ones: choose another',
      'the password must not contain the username',
    ]);
  });
});

describe('the shipped list of common passwords', () => {
  it('holds 10,000 distinct lower-case passwords, the most common of all among them', () => {
    expect(COMMON_PASSWORDS.size).toBe(10_000);
    expect(COMMON_PASSWORDS.has('123456')).toBe(true);
    expect(COMMON_PASSWORDS.has('password')).toBe(true);
    expect([...COMMON_PASSWORDS].every((p) => p === p.toLowerCase() && !/\s/.test(p))).toBe(true);
  });

  it('refuses a 12-character password from it that length alone would accept', () => {
    expect(
      passwordProblems('1Qaz2Wsx3Edc', { username: 'wangfang', commonPasswords: COMMON_PASSWORDS }).map((p) => p.code),
    ).toEqual(['too_common']);
  });
});
