import { Navigate } from 'react-router-dom';
import { ForbiddenPage } from './ForbiddenPage.tsx';
import { useHome } from './useHome.ts';

/**
 * "/" opens the signed-in person's home (react-admin would open the first
 * resource they may list: the queue for finance too, whose work is refunds).
 */
export const HomeRedirect = () => {
  const { roles, path } = useHome();
  if (!roles) return null;
  return path ? <Navigate to={path} replace /> : <ForbiddenPage />;
};
