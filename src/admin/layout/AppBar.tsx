import { Box, Typography } from '@mui/material';
import { AppBar as RaAppBar, TitlePortal, useTranslate } from 'react-admin';

/** Product name, page title, then react-admin's language menu, theme toggle and user menu. */
export const AppBar = () => {
  const translate = useTranslate();
  return (
    <RaAppBar color="secondary" elevation={0}>
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
