import { Box, Typography } from '@mui/material';
import AssignmentTurnedInOutlined from '@mui/icons-material/AssignmentTurnedInOutlined';
import { useEffect } from 'react';
import { Login, LoginForm, useTranslate } from 'react-admin';
import { preloadQueueWhenIdle } from '../requests/preloadQueue.ts';

const Brand = () => {
  const translate = useTranslate();
  return (
    <Box sx={{ textAlign: 'center', pt: 1, px: 2 }}>
      <Typography variant="h5" component="h1" sx={{ fontWeight: 700, letterSpacing: 2 }}>
        {translate('app.title')}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {translate('app.tagline')}
      </Typography>
      <Typography variant="caption" color="text.secondary" component="p" sx={{ mt: 1 }}>
        {translate('app.login_hint')}
      </Typography>
    </Box>
  );
};

/**
 * react-admin's login, on a calm background, with the product's name instead
 * of a lock. While the person types, the queue's code loads.
 */
export const LoginPage = () => {
  useEffect(preloadQueueWhenIdle, []);
  return <LoginView />;
};

const LoginView = () => (
  <Login
    avatarIcon={<AssignmentTurnedInOutlined />}
    sx={{ background: 'linear-gradient(160deg, #24415f 0%, #1d5fa8 100%)' }}
  >
    <Brand />
    <LoginForm />
  </Login>
);
