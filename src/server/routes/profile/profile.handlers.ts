import type { Context } from 'hono';
import { hashPassword, verifyPassword } from '../../auth/password.ts';
import { hashToken, sessionToken } from '../../auth/sessions.ts';
import type { AppEnv } from '../../context.ts';
import type { AppRouteHandler } from '../../http/createRouter.ts';
import { badRequest } from '../../http/errors.ts';
import {
  changeOwnPassword,
  listOwnSessions,
  passwordHashOf,
  revokeOtherSessions,
  revokeOwnSession,
  setOwnLanguage,
} from '../../sql/profile.ts';
import { COMMON_PASSWORDS } from '../../../domain/commonPasswords.ts';
import { passwordProblems } from '../../../domain/passwordPolicy.ts';
import type * as routes from './profile.routes.ts';

/** requireStaff has let the call through, so the cookie is there and valid. */
const currentSession = (c: Context<AppEnv>) => hashToken(sessionToken(c) ?? '');

export const changePassword: AppRouteHandler<typeof routes.changePassword> = async (c) => {
  const { currentPassword, newPassword } = c.req.valid('json');
  const user = c.var.user;
  if (!(await verifyPassword(currentPassword, await passwordHashOf(c.var.db, user.id)))) {
    throw badRequest('the current password is wrong', { currentPassword: 'the current password is wrong' });
  }
  const problems = passwordProblems(newPassword, { username: user.username, commonPasswords: COMMON_PASSWORDS });
  if (newPassword === currentPassword) {
    problems.push({ code: 'too_common', message: 'choose a password other than the current one' });
  }
  if (problems.length > 0) {
    throw badRequest(problems[0]!.message, { newPassword: problems.map((p) => p.message).join('; ') });
  }
  const me = await changeOwnPassword(
    c.var.db,
    user,
    await hashPassword(newPassword),
    currentSession(c),
    c.var.deps.now(),
  );
  return c.json(me, 200);
};

export const update: AppRouteHandler<typeof routes.update> = async (c) =>
  c.json(await setOwnLanguage(c.var.db, c.var.user, c.req.valid('json').language, c.var.deps.now()), 200);

export const sessions: AppRouteHandler<typeof routes.sessions> = async (c) => {
  const rows = await listOwnSessions(c.var.db, c.var.user.id, currentSession(c), c.var.deps.now());
  return c.json(
    rows.map((s) => ({
      ...s,
      createdAt: s.createdAt.toISOString(),
      lastSeenAt: s.lastSeenAt.toISOString(),
      expiresAt: s.expiresAt.toISOString(),
    })),
    200,
  );
};

export const revokeSession: AppRouteHandler<typeof routes.revokeSession> = async (c) => {
  await revokeOwnSession(c.var.db, c.var.user.id, c.req.valid('param').id);
  return c.json({ ok: true as const }, 200);
};

export const revokeOthers: AppRouteHandler<typeof routes.revokeOthers> = async (c) =>
  c.json({ revoked: await revokeOtherSessions(c.var.db, c.var.user.id, currentSession(c)) }, 200);
