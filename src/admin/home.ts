/**
 * Where each role starts. Apart from access.ts (which re-exports it) because
 * the boot (main.tsx) reads it before the permission matrix is loaded.
 */

/**
 * The page a role starts on: managers their dashboard (they watch the SLA and
 * move work), reviewers the queue they work, else their own resource.
 */
export const homeResource = (roles: readonly string[]): string => {
  if (roles.includes('manager')) return 'dashboard';
  if (roles.includes('reviewer')) return 'requests';
  if (roles.includes('finance')) return 'refunds';
  if (roles.includes('admin')) return 'users';
  return 'requests';
};

/** The home page's route, e.g. '/refunds'. */
export const homePath = (roles: readonly string[]): string => `/${homeResource(roles)}`;
