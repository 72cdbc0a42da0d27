import SearchOffOutlined from '@mui/icons-material/SearchOffOutlined';
import { Box, Typography } from '@mui/material';
import { Button, useShowContext, useTranslate } from 'react-admin';
import { Link, useParams } from 'react-router-dom';
import { RequestLoadFailed } from './RequestLoadFailed.tsx';

/**
 * A request page whose request the server does not have (a mistyped id, an
 * old link): says so and leads back to the queue, instead of a blank page
 * and a toast. Any other failure gets the reason and a retry.
 */
export const RequestNotFound = () => {
  const { error } = useShowContext();
  const { id } = useParams();
  const translate = useTranslate();
  if ((error as { status?: number } | null)?.status !== 404) return <RequestLoadFailed />;
  return (
    <Box
      role="alert"
      sx={{ display: 'flex', flexDirection: 'column', alignItems: 'center', textAlign: 'center', gap: 1.5, py: 8 }}
    >
      <SearchOffOutlined sx={{ fontSize: 56, color: 'text.secondary' }} />
      <Typography variant="h5" component="h1">
        {translate('reviewer_day.not_found.title')}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {translate('reviewer_day.not_found.body', { id })}
      </Typography>
      <Button
        component={Link}
        to="/requests"
        variant="contained"
        label={translate('reviewer_day.not_found.back')}
        sx={{ mt: 1 }}
      />
    </Box>
  );
};
