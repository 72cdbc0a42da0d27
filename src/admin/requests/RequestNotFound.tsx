import SearchOffOutlined from '@mui/icons-material/SearchOffOutlined';
import { Button, useShowContext, useTranslate } from 'react-admin';
import { Link, useParams } from 'react-router-dom';
import { MessagePage } from '../common/MessagePage.tsx';
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
    <MessagePage
      icon={<SearchOffOutlined sx={{ fontSize: 56, color: 'text.secondary' }} />}
      title={translate('reviewer_day.not_found.title')}
      body={translate('reviewer_day.not_found.body', { id })}
      action={
        <Button
          component={Link}
          to="/requests"
          variant="contained"
          label={translate('reviewer_day.not_found.back')}
          sx={{ mt: 1 }}
        />
      }
    />
  );
};
