import { Box, Typography } from '@mui/material';
import LockOutlined from '@mui/icons-material/LockOutlined';
import { Button, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import { useHome } from './useHome.ts';

/**
 * What a role sees on a page the matrix does not open to it (a typed URL, an
 * old bookmark): why, and the way back to its own home.
 */
export const ForbiddenPage = () => {
  const translate = useTranslate();
  const { roles, path, label } = useHome();
  const roleNames = (roles ?? [])
    .map((role) => translate(`resources.users.enums.roles.${role}`, { _: role }))
    .join(translate('app.list_separator'));
  return (
    <Box
      role="alert"
      sx={{ display: 'flex', flexDirection: 'column', alignItems: 'center', textAlign: 'center', gap: 1.5, py: 8 }}
    >
      <LockOutlined sx={{ fontSize: 56, color: 'text.disabled' }} />
      <Typography variant="h5" component="h1">
        {translate('app.forbidden_title')}
      </Typography>
      {roles && (
        <Typography variant="body2" color="text.secondary">
          {translate('app.forbidden_body', { roles: roleNames || translate('app.none') })}
        </Typography>
      )}
      {path && label && (
        <Button
          component={Link}
          to={path}
          variant="contained"
          label={translate('app.go_home', { page: label })}
          sx={{ mt: 1 }}
        />
      )}
    </Box>
  );
};
