import { Box, Typography } from '@mui/material';
import { ListItemIcon, ListItemText, MenuItem } from '@mui/material';
import ManageAccountsOutlined from '@mui/icons-material/ManageAccountsOutlined';
import { Link } from 'react-router-dom';
import { AppBar as RaAppBar, Logout, TitlePortal, UserMenu, useTranslate, useUserMenu } from 'react-admin';

/** The user menu's way to the own profile (password, language, sessions). */
const ProfileMenuItem = () => {
  const translate = useTranslate();
  const userMenu = useUserMenu();
  return (
    <MenuItem component={Link} to="/profile" onClick={() => userMenu?.onClose()}>
      <ListItemIcon>
        <ManageAccountsOutlined fontSize="small" />
      </ListItemIcon>
      <ListItemText>{translate('profile.title')}</ListItemText>
    </MenuItem>
  );
};

/** Product name, page title, then react-admin's language menu, theme toggle and user menu. */
export const AppBar = () => {
  const translate = useTranslate();
  return (
    <RaAppBar
      color="secondary"
      elevation={0}
      userMenu={
        <UserMenu>
          <ProfileMenuItem />
          <Logout />
        </UserMenu>
      }
    >
      <Typography
        component="span"
        sx={{ fontWeight: 700, letterSpacing: 1, mr: 2, display: { xs: 'none', sm: 'block' } }}
      >
        {translate('app.title')}
      </Typography>
      <Box
        component="span"
        sx={{ width: '1px', height: 20, bgcolor: 'rgba(255,255,255,0.3)', mr: 2, display: { xs: 'none', sm: 'block' } }}
      />
      <TitlePortal variant="body1" />
    </RaAppBar>
  );
};
