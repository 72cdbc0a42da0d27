import LockOutlined from '@mui/icons-material/LockOutlined';
import { Button, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import { MessagePage } from '../common/MessagePage.tsx';
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
    <MessagePage
      icon={<LockOutlined sx={{ fontSize: 56, color: 'text.disabled' }} />}
      title={translate('app.forbidden_title')}
      body={roles && translate('app.forbidden_body', { roles: roleNames || translate('app.none') })}
      action={
        path &&
        label && (
          <Button
            component={Link}
            to={path}
            variant="contained"
            label={translate('app.go_home', { page: label })}
            sx={{ mt: 1 }}
          />
        )
      }
    />
  );
};
