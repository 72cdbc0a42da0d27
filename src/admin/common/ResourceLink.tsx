import type { ReactNode } from 'react';
import { Link as MuiLink, type LinkProps } from '@mui/material';
import { type Identifier, useCanAccess, useCreatePath } from 'react-admin';
import { Link } from 'react-router-dom';

interface ResourceLinkProps extends Omit<LinkProps, 'href' | 'id'> {
  resource: string;
  type: 'list' | 'show';
  id?: Identifier;
  children: ReactNode;
}

/**
 * A link to a resource's page, or its text alone when the signed-in person's
 * roles may not open that page (src/admin/access.ts): no link leads to "无权访问".
 */
export const ResourceLink = ({ resource, type, id, children, ...rest }: ResourceLinkProps) => {
  const createPath = useCreatePath();
  const { canAccess } = useCanAccess({ resource, action: type });
  if (!canAccess) return <>{children}</>;
  return (
    <MuiLink component={Link} to={createPath({ resource, type, id })} {...rest}>
      {children}
    </MuiLink>
  );
};
